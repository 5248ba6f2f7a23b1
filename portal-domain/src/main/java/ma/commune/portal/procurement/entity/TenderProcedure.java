package ma.commune.portal.procurement.entity;

/** Open or restricted call for tenders, design contest, negotiated procedure, purchase order. */
public enum TenderProcedure {
    AOO, AOR, CONCOURS, NEGOCIEE, BC;
}
