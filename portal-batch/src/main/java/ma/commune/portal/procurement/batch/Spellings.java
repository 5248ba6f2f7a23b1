package ma.commune.portal.procurement.batch;

import java.util.Map;
import ma.commune.portal.procurement.entity.TenderCategory;
import ma.commune.portal.procurement.entity.TenderProcedure;
import ma.commune.portal.procurement.entity.TenderStatus;

/**
 * How the exports spell the codes of closed lists (normalised as column names are: case, accents and
 * spaces ignored), with the spellings the contract tolerates. The file format's business, not the domain's.
 */
final class Spellings {

    static final Map<String, TenderCategory> TENDER_CATEGORY = Map.of(
            "travaux", TenderCategory.TRAVAUX,
            "fournitures", TenderCategory.FOURNITURES,
            "services", TenderCategory.SERVICES);

    static final Map<String, TenderProcedure> TENDER_PROCEDURE = Map.of(
            "aoo", TenderProcedure.AOO,
            "aor", TenderProcedure.AOR,
            "concours", TenderProcedure.CONCOURS,
            "negociee", TenderProcedure.NEGOCIEE,
            "bc", TenderProcedure.BC);

    static final Map<String, TenderStatus> TENDER_STATUS = Map.of(
            "publie", TenderStatus.PUBLIE,
            "infructueux", TenderStatus.INFRUCTUEUX,
            "annule", TenderStatus.ANNULE,
            "attribue", TenderStatus.ATTRIBUE);

    private Spellings() {
    }
}
