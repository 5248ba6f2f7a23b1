package ma.commune.portal.spending.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ma.commune.portal.spending.entity.Commitment;
import ma.commune.portal.spending.entity.PaymentOrder;

/**
 * A contract followed into the spending system: the commitments that name its number, their payment
 * orders, and the amount paid so far (paid orders of the commitments that still count).
 */
public record ContractTrace(List<Commitment> commitments, List<PaymentOrder> payments, BigDecimal paid) implements Serializable {

    public List<Commitment> getCommitments() {
        return commitments;
    }

    public List<PaymentOrder> getPayments() {
        return payments;
    }

    public BigDecimal getPaid() {
        return paid;
    }
}
