package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.LegalQuery;
import ma.commune.portal.content.boundary.LegalService;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /legal?type=ORDER&year=2025&sort=NEWEST&page=2}: the published legal texts, filtered and
 * paged in the database, every state a bookmarkable address; {@code /legal/{id}}: one text (its permalink).
 * A draft, an unknown id or a path that is not a number is a real 404.
 */
@Named
@RequestScoped
public class LegalPage {

    @EJB
    LegalService legal;

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
    private long total;

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (documentId != null) {
            document = ListPaging.id(documentId).flatMap(legal::findPublished).orElse(null);
            if (document == null) {
                Faces.responseSendError(404, "");
            }
            return;
        }
        LegalQuery query = getQuery();
        total = legal.countPublished(query);
        if (getPage() > getPages()) {
            Faces.responseSendError(404, "");
            return;
        }
        documents = legal.published(query, ListPaging.first(getPage()), ListPaging.PAGE_SIZE);
    }

    public LegalQuery getQuery() {
        return new LegalQuery(ListPaging.constant(LegalDocumentType.class, typeParameter), ListPaging.number(yearParameter),
                ListPaging.constant(LegalQuery.Order.class, sortParameter));
    }

    // Jakarta EL 5 (EE 10) does not read record components: the page reads the filters here.
    public LegalDocumentType getType() {
        return getQuery().type();
    }

    public Integer getYear() {
        return getQuery().year();
    }

    public LegalQuery.Order getOrder() {
        return getQuery().order();
    }

    /** The query string of the current filters, for the pager's links. */
    public String getFilterQuery() {
        LegalQuery query = getQuery();
        return (query.type() == null ? "" : "type=" + query.type() + "&")
                + (query.year() == null ? "" : "year=" + query.year() + "&")
                + "sort=" + query.order() + "&";
    }

    public LegalDocument getDocument() {
        return document;
    }

    public List<LegalDocument> getDocuments() {
        return documents;
    }

    public long getTotal() {
        return total;
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

    public int getPage() {
        return ListPaging.page(pageParameter);
    }

    public int getPages() {
        return ListPaging.pages(total);
    }
}
