package ma.commune.portal.procurement.batch;

import java.util.Map;

/** Published, unsuccessful, cancelled, awarded. */
public enum TenderStatus {
    PUBLIE, INFRUCTUEUX, ANNULE, ATTRIBUE;

    static final Map<String, TenderStatus> SPELLINGS = Map.of("publie", PUBLIE, "infructueux", INFRUCTUEUX, "annule", ANNULE,
            "attribue", ATTRIBUE);
}
