package ma.commune.portal.procurement.entity;

/** Works, supplies or services. */
public enum TenderCategory {
    TRAVAUX, FOURNITURES, SERVICES;
}
