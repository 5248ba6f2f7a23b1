package ma.commune.portal.spending.batch;

import java.util.Set;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.imports.control.RecordFormat;

/**
 * PAIEMENTS: payment orders and payments. That the commitment exists, and that its orders do not exceed
 * it, are checked against the database.
 */
public final class PaymentsFormat implements RecordFormat<PaymentRow> {

    @Override
    public ImportKind kind() {
        return ImportKind.PAIEMENTS;
    }

    @Override
    public Set<String> columns() {
        return Set.of("exercice", "numero_op", "date_op", "numero_engagement", "montant_ordonnance", "date_paiement",
                "montant_paye", "mode_paiement", "statut");
    }

    @Override
    public Set<String> required() {
        return Set.of("exercice", "numero_op", "date_op", "numero_engagement", "montant_ordonnance", "statut");
    }

    @Override
    public String mainAmount() {
        return "montant_ordonnance";
    }

    @Override
    public PaymentRow parse(RecordFields f) {
        return new PaymentRow(f.year("exercice"), f.key("numero_op", 40), f.date("date_op"), f.key("numero_engagement", 40),
                f.amount("montant_ordonnance"), f.optionalDate("date_paiement"), f.optionalAmount("montant_paye"),
                f.optionalOneOf("mode_paiement", Spellings.PAYMENT_MODE), f.oneOf("statut", Spellings.PAYMENT_STATUS));
    }
}
