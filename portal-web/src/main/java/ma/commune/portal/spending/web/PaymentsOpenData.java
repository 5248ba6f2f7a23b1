package ma.commune.portal.spending.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;
import ma.commune.portal.spending.boundary.SpendingRecords;
import ma.commune.portal.spending.entity.PaymentOrder;

/** {@code /api/opendata/payments.csv}: the payment orders and payments (GID), by commitment number. */
@ApplicationScoped
public class PaymentsOpenData implements OpenDataSet {

    @EJB
    SpendingRecords records;

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public String titleKey() {
        return "spending.opendata.payments";
    }

    @Override
    public String[] header() {
        return new String[] {"fiscal_year", "number", "ordered_on", "commitment_number", "amount_ordered_mad", "paid_on",
            "amount_paid_mad", "payment_mode", "status"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        long after = 0;
        while (true) {
            List<PaymentOrder> chunk = records.paymentsAfter(after, CommitmentsOpenData.CHUNK);
            for (PaymentOrder p : chunk) {
                csv.row(p.getFiscalYear(), p.getNumber(), p.getOrderedOn(), p.getCommitmentNumber(), p.getAmountOrdered(), p.getPaidOn(),
                        p.getAmountPaid(), p.getPaymentMode() == null ? null : p.getPaymentMode().name(), p.getStatus().name());
                after = p.getId();
            }
            if (chunk.size() < CommitmentsOpenData.CHUNK) {
                return;
            }
        }
    }
}
