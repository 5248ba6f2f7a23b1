package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.shared.web.Permalinks;
import ma.commune.portal.procurement.boundary.PublicContracts;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;
import ma.commune.portal.shared.web.Suppliers;

/** {@code /api/opendata/contracts.csv}: the contracts awarded; a supplier without an ICE is not named. */
@ApplicationScoped
public class ContractsOpenData implements OpenDataSet {

    @EJB
    PublicContracts contracts;

    @Override
    public String name() {
        return "contracts";
    }

    @Override
    public String titleKey() {
        return "procurement.opendata.contracts";
    }

    @Override
    public String[] header() {
        return new String[] {"id", "contract_number", "tender_reference", "supplier_name", "supplier_ice", "natural_person",
            "amount_mad", "approved_on", "execution_days", "url"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        long after = 0;
        while (true) {
            List<Award> chunk = contracts.after(after, TendersOpenData.CHUNK);
            for (Award a : chunk) {
                csv.row(a.getId(), a.getContractNumber(), a.getTenderReference(), Suppliers.published(a.getSupplierName(), a.getSupplierIce()),
                        a.getSupplierIce(), a.isNaturalPerson(), a.getAmount(), a.getApprovedOn(), a.getExecutionDays(),
                        Permalinks.of("/contracts/" + a.getId()));
                after = a.getId();
            }
            if (chunk.size() < TendersOpenData.CHUNK) {
                return;
            }
        }
    }
}
