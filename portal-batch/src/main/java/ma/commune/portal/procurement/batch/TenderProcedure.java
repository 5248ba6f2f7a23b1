package ma.commune.portal.procurement.batch;

import java.util.Map;

/** Open or restricted call for tenders, design contest, negotiated procedure, purchase order. */
public enum TenderProcedure {
    AOO, AOR, CONCOURS, NEGOCIEE, BC;

    static final Map<String, TenderProcedure> SPELLINGS = Map.of("aoo", AOO, "aor", AOR, "concours", CONCOURS, "negociee", NEGOCIEE,
            "bc", BC);
}
