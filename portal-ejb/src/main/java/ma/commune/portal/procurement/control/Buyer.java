package ma.commune.portal.procurement.control;

/** The commune as OCDS names it: buyer, procuring entity and payer of every process it publishes. */
public record Buyer(String id, String nameFr, String nameAr, String addressFr, String email, String telephone) {
}
