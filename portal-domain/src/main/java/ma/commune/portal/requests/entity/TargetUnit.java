package ma.commune.portal.requests.entity;

/** How a category's target delay is counted: working days, or hours around the clock (urgent services). */
public enum TargetUnit {
    WORKING_DAYS, HOURS
}
