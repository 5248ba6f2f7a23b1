package ma.commune.portal.procurement.entity;

/** Published, unsuccessful, cancelled, awarded. */
public enum TenderStatus {
    PUBLIE, INFRUCTUEUX, ANNULE, ATTRIBUE;
}
