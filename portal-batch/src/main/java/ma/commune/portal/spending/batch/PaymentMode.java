package ma.commune.portal.spending.batch;

import java.util.Map;

/** How a payment was made. */
public enum PaymentMode {
    VIREMENT, CHEQUE, ESPECES;

    static final Map<String, PaymentMode> SPELLINGS = Map.of("virement", VIREMENT, "cheque", CHEQUE, "especes", ESPECES);
}
