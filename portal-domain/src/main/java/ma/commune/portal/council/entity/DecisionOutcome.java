package ma.commune.portal.council.entity;

/** What the council decided on an agenda item. */
public enum DecisionOutcome {
    ADOPTED, REJECTED, POSTPONED, WITHDRAWN;
}
