package ma.commune.portal.content.web;

import ma.commune.portal.shared.web.Permalinks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;

/** {@code /api/opendata/partnerships.csv}: the published partnerships and what each party commits, in MAD. */
@ApplicationScoped
public class PartnershipsOpenData implements OpenDataSet {

    @EJB
    Partnerships partnerships;

    @Override
    public String name() {
        return "partnerships";
    }

    @Override
    public String titleKey() {
        return "opendata.partnerships";
    }

    @Override
    public String[] header() {
        return new String[] {"id", "partner_ar", "partner_fr", "subject_ar", "subject_fr", "kind", "status",
                "signed_on", "duration_months", "total_mad", "contributions_mad", "url"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            List<Partnership> chunk = partnerships.published(new PageRequest(first, PageRequest.MAX_SIZE, Map.of(), "id", true));
            for (Partnership p : chunk) {
                csv.row(p.getId(), p.getPartner().getAr(), p.getPartner().getFr(), p.getSubject().getAr(), p.getSubject().getFr(),
                        p.getKind().name(), p.getStage().name(), p.getSignedOn(), p.getDurationMonths(), p.getTotalAmount(),
                        p.getContributions().stream().map(c -> c.getParty().getFr() + ": " + c.getAmount().toPlainString())
                                .collect(Collectors.joining("; ")),
                        Permalinks.of("/partnerships/" + p.getId()));
            }
            if (chunk.size() < PageRequest.MAX_SIZE) {
                return;
            }
        }
    }
}
