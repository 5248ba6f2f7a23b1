package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.LegalQuery;
import ma.commune.portal.content.boundary.LegalDocuments;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /legal?type=ORDER&year=2025&sort=NEWEST&page=2}: the published legal texts, filtered and
 * paged in the database, every state a bookmarkable address; {@code /legal/{id}}: one text (its permalink).
 * A draft, an unknown id or a path that is not a number is a real 404.
 */
@Named
@RequestScoped
public class LegalPage {

    static final int PAGE_SIZE = 10;

    @EJB
    LegalDocuments legal;

    @Inject
    @Param(pathIndex = 0)
    String documentId;

    @Inject
    @Param(name = "type")
    String typeParameter;

    @Inject
    @Param(name = "year")
    String yearParameter;

    @Inject
    @Param(name = "sort")
    String sortParameter;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private LegalDocument document;
    private List<LegalDocument> documents;
    private PublicList list;
    private LegalQuery query;

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (documentId != null) {
            document = PublicList.itemOr404(documentId, legal::findPublished);
            return;
        }
        list = new PublicList("/legal", pageParameter, PAGE_SIZE);
        query = new LegalQuery(list.choice("type", LegalDocumentType.class, typeParameter), list.year("year", yearParameter),
                list.choice("sort", LegalQuery.Order.class, sortParameter));
        if (list.total(legal.countPublished(query))) {
            documents = legal.published(query, list.getFirst(), PAGE_SIZE);
        }
    }

    // Jakarta EL 5 (EE 10) does not read record components: the page reads the filters here.
    public LegalDocumentType getType() {
        return query == null ? null : query.type();
    }

    public Integer getYear() {
        return query == null ? null : query.year();
    }

    public LegalQuery.Order getOrder() {
        return query == null ? null : query.order();
    }

    public PublicList getList() {
        return list;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public List<LegalDocument> getDocuments() {
        return documents;
    }

    public long getTotal() {
        return list == null ? 0 : list.getTotal();
    }

    public LegalDocumentType[] getTypes() {
        return LegalDocumentType.values();
    }

    public LegalQuery.Order[] getOrders() {
        return LegalQuery.Order.values();
    }

    public List<Integer> getYears() {
        return legal.publishedYears();
    }
}
