package ma.commune.portal.council.entity;

/** A member's seat in a committee. */
public enum CommitteeRole {
    CHAIR, VICE_CHAIR, RAPPORTEUR, MEMBER;
}
