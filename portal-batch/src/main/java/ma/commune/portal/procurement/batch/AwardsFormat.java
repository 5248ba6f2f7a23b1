package ma.commune.portal.procurement.batch;

import java.util.Set;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.imports.control.RecordFormat;

/** ATTRIBUTIONS: awards and contracts. That the tender exists is checked against the database. */
public final class AwardsFormat implements RecordFormat<AwardRow> {

    @Override
    public ImportKind kind() {
        return ImportKind.ATTRIBUTIONS;
    }

    @Override
    public Set<String> columns() {
        return Set.of("reference_ao", "numero_marche", "attributaire", "ice", "montant_ttc", "date_approbation",
                "delai_execution_jours");
    }

    @Override
    public Set<String> required() {
        return Set.of("reference_ao", "numero_marche", "attributaire", "montant_ttc", "date_approbation");
    }

    @Override
    public String mainAmount() {
        return "montant_ttc";
    }

    @Override
    public AwardRow parse(RecordFields f) {
        return new AwardRow(f.key("reference_ao", 60), f.key("numero_marche", 60), f.required("attributaire", 300),
                f.optionalIce("ice"), f.amount("montant_ttc"), f.date("date_approbation"),
                f.optionalCount("delai_execution_jours"));
    }
}
