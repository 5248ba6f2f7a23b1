package ma.commune.portal.spending.entity;

/** How a payment was made. */
public enum PaymentMode {
    VIREMENT, CHEQUE, ESPECES;
}
