package ma.commune.portal.procurement.control;

import java.util.List;
import java.util.Map;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.spending.entity.Commitment;
import ma.commune.portal.spending.entity.PaymentOrder;

/**
 * One contracting process as the imports trace it: the call for tenders, its awards (each one a contract),
 * and per contract number the commitments that name it and the payment orders paid on them.
 */
public record ContractingProcess(Tender tender, List<Award> awards, Map<String, List<Commitment>> commitments,
                                 Map<String, List<PaymentOrder>> payments) {

    public List<Commitment> commitmentsOf(Award award) {
        return commitments.getOrDefault(award.getContractNumber(), List.of());
    }

    /** The paid payment orders of a commitment (its year and number). */
    public List<PaymentOrder> paymentsOf(Commitment commitment) {
        return payments.getOrDefault(commitment.getFiscalYear() + "|" + commitment.getNumber(), List.of());
    }
}
