package ma.commune.portal.content.entity;

/** Where a convention stands, from its drafting to its end (not whether it is public: see PublicationStatus). */
public enum PartnershipStage {
    IN_PREPARATION,
    SIGNED,
    IN_FORCE,
    COMPLETED,
    TERMINATED;

    /** Every stage after the drafting rests on a signed convention. */
    public boolean isSigned() {
        return this != IN_PREPARATION;
    }
}
