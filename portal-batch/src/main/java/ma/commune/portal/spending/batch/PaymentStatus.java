package ma.commune.portal.spending.batch;

import java.util.Map;

/** A payment order's status: a rejected order counts neither as ordered nor as paid. */
public enum PaymentStatus {
    ORDONNANCE, PAYE, REJETE;

    static final Map<String, PaymentStatus> SPELLINGS = Map.of("ordonnance", ORDONNANCE, "paye", PAYE, "rejete", REJETE);

    public boolean counts() {
        return this != REJETE;
    }
}
