package ma.commune.portal.spending.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.shared.web.Suppliers;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;
import ma.commune.portal.spending.boundary.SpendingRecords;
import ma.commune.portal.spending.entity.Commitment;

/** {@code /api/opendata/commitments.csv}: the commitments (GID); a beneficiary without an ICE is not named. */
@ApplicationScoped
public class CommitmentsOpenData implements OpenDataSet {

    static final int CHUNK = 500;

    @EJB
    SpendingRecords records;

    @Override
    public String name() {
        return "commitments";
    }

    @Override
    public String titleKey() {
        return "spending.opendata.commitments";
    }

    @Override
    public String[] header() {
        return new String[] {"fiscal_year", "number", "committed_on", "budget_line", "subject", "supplier_name", "supplier_ice",
            "natural_person", "contract_reference", "amount_mad", "status"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        long after = 0;
        while (true) {
            List<Commitment> chunk = records.commitmentsAfter(after, CHUNK);
            for (Commitment c : chunk) {
                csv.row(c.getFiscalYear(), c.getNumber(), c.getCommittedOn(), c.getBudgetLineCode(), c.getSubject(),
                        Suppliers.published(c.getSupplierName(), c.getSupplierIce()), c.getSupplierIce(), c.isNaturalPerson(),
                        c.getContractReference(), c.getAmount(), c.getStatus().name());
                after = c.getId();
            }
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }
}
