package ma.commune.portal.spending.entity;

/** A payment order's status: a rejected order counts neither as ordered nor as paid. */
public enum PaymentStatus {
    ORDONNANCE, PAYE, REJETE;

    public boolean counts() {
        return this != REJETE;
    }
}
