package ma.commune.portal.spending.entity;

/** A commitment's status: a rejected or cancelled one no longer counts in totals. */
public enum CommitmentStatus {
    VISE, REJETE, ANNULE;

    public boolean counts() {
        return this == VISE;
    }
}
