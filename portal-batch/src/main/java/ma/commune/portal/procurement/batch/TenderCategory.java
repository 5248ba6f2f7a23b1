package ma.commune.portal.procurement.batch;

import java.util.Map;

/** Works, supplies or services. */
public enum TenderCategory {
    TRAVAUX, FOURNITURES, SERVICES;

    static final Map<String, TenderCategory> SPELLINGS = Map.of("travaux", TRAVAUX, "fournitures", FOURNITURES, "services", SERVICES);
}
