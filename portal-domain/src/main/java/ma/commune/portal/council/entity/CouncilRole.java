package ma.commune.portal.council.entity;

/** A member's office in the council's bureau (organic law 113-14); vice-presidents are ordered by their rank. */
public enum CouncilRole {
    PRESIDENT, VICE_PRESIDENT, SECRETARY, DEPUTY_SECRETARY, MEMBER;
}
