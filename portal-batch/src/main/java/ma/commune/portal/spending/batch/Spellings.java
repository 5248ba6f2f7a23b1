package ma.commune.portal.spending.batch;

import java.util.Map;
import ma.commune.portal.spending.entity.BudgetSection;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentMode;
import ma.commune.portal.spending.entity.PaymentStatus;

/**
 * How the exports spell the codes of closed lists (normalised as column names are: case, accents and
 * spaces ignored), with the spellings the contract tolerates. The file format's business, not the domain's.
 */
final class Spellings {

    static final Map<String, BudgetSection> BUDGET_SECTION = Map.of(
            "fonctionnement", BudgetSection.FONCTIONNEMENT,
            "f", BudgetSection.FONCTIONNEMENT,
            "التسيير", BudgetSection.FONCTIONNEMENT,
            "investissement", BudgetSection.INVESTISSEMENT,
            "i", BudgetSection.INVESTISSEMENT,
            "التجهيز", BudgetSection.INVESTISSEMENT);

    static final Map<String, CommitmentStatus> COMMITMENT_STATUS = Map.of(
            "vise", CommitmentStatus.VISE,
            "rejete", CommitmentStatus.REJETE,
            "annule", CommitmentStatus.ANNULE);

    static final Map<String, PaymentMode> PAYMENT_MODE = Map.of(
            "virement", PaymentMode.VIREMENT,
            "cheque", PaymentMode.CHEQUE,
            "especes", PaymentMode.ESPECES);

    static final Map<String, PaymentStatus> PAYMENT_STATUS = Map.of(
            "ordonnance", PaymentStatus.ORDONNANCE,
            "paye", PaymentStatus.PAYE,
            "rejete", PaymentStatus.REJETE);

    private Spellings() {
    }
}
