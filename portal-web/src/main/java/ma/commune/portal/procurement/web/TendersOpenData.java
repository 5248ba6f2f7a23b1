package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.shared.web.Permalinks;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;

/** {@code /api/opendata/tenders.csv}: every call for tenders, amounts in MAD, deadlines as UTC instants. */
@ApplicationScoped
public class TendersOpenData implements OpenDataSet {

    static final int CHUNK = 500;

    @EJB
    PublicTenders tenders;

    @Override
    public String name() {
        return "tenders";
    }

    @Override
    public String titleKey() {
        return "procurement.opendata.tenders";
    }

    @Override
    public String[] header() {
        return new String[] {"id", "reference", "subject_ar", "subject_fr", "category", "procedure", "estimate_mad",
            "provisional_guarantee_mad", "published_on", "deadline_at", "bid_opening_at", "bid_opening_place", "status", "url"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        long after = 0;
        while (true) {
            List<Tender> chunk = tenders.after(after, CHUNK);
            for (Tender t : chunk) {
                csv.row(t.getId(), t.getReference(), t.getSubjectAr(), t.getSubjectFr(), t.getCategory().name(), t.getProcedure().name(),
                        t.getEstimate(), t.getProvisionalGuarantee(), t.getPublishedOn(), t.getDeadlineAt(), t.getBidOpeningAt(),
                        t.getBidOpeningPlace(), t.getStatus().name(), Permalinks.of("/tenders/" + t.getId()));
                after = t.getId();
            }
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }
}
