package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.LegalDocuments;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.shared.control.PublicAddress;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;

/** {@code /api/opendata/legal-documents.csv}: every published legal text, with links to its PDF and its page. */
@ApplicationScoped
public class LegalDocumentsData implements OpenDataSet {

    private static final int CHUNK = 100;

    @EJB
    LegalDocuments legal;

    @Inject
    PublicAddress address;

    @Override
    public String name() {
        return "legal-documents";
    }

    @Override
    public String titleKey() {
        return "opendata.legal-documents";
    }

    @Override
    public String[] header() {
        return new String[] {"id", "type", "number", "date", "title_ar", "title_fr", "summary_ar", "summary_fr",
                "pdf_url", "permalink", "published_at"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        String base = address.root();
        for (List<LegalDocument> chunk = legal.publishedAfter(0, CHUNK); !chunk.isEmpty();
                chunk = legal.publishedAfter(chunk.get(chunk.size() - 1).getId(), CHUNK)) {
            for (LegalDocument d : chunk) {
                csv.row(d.getId(), d.getType().name(), d.getNumber(), d.getDate(),
                        d.getTitle().getAr(), d.getTitle().getFr(), d.getSummary().getAr(), d.getSummary().getFr(),
                        d.getPdf() == null ? "" : base + "/files/" + d.getPdf().getPublicKey(),
                        base + "/legal/" + d.getId(), d.getPublishedAt());
            }
        }
    }
}
