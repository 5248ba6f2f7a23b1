package ma.commune.portal.content.entity;

/** Who the commune signs with: a local actor, a national institution, or a foreign partner. */
public enum PartnershipKind {
    LOCAL,
    NATIONAL,
    INTERNATIONAL
}
