package ma.commune.portal.spending.batch;

import java.util.Map;

/** A commitment's status: a rejected or cancelled one no longer counts in totals. */
public enum CommitmentStatus {
    VISE, REJETE, ANNULE;

    static final Map<String, CommitmentStatus> SPELLINGS = Map.of("vise", VISE, "rejete", REJETE, "annule", ANNULE);

    public boolean counts() {
        return this == VISE;
    }
}
