package ma.commune.portal.spending.batch;

import java.util.Set;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.imports.control.RecordFormat;

/** ENGAGEMENTS: the commitments of a year. That the budget line exists is checked against the database. */
public final class CommitmentsFormat implements RecordFormat<CommitmentRow> {

    @Override
    public ImportKind kind() {
        return ImportKind.ENGAGEMENTS;
    }

    @Override
    public Set<String> columns() {
        return Set.of("exercice", "numero_engagement", "date_engagement", "code_rubrique", "objet", "beneficiaire", "ice",
                "reference_marche", "montant_engage", "statut");
    }

    @Override
    public Set<String> required() {
        return Set.of("exercice", "numero_engagement", "date_engagement", "code_rubrique", "objet", "beneficiaire",
                "montant_engage", "statut");
    }

    @Override
    public String mainAmount() {
        return "montant_engage";
    }

    @Override
    public CommitmentRow parse(RecordFields f) {
        return new CommitmentRow(f.year("exercice"), f.key("numero_engagement", 40), f.date("date_engagement"),
                CreditsFormat.lineCode(f, "code_rubrique"), f.required("objet", 1000), f.required("beneficiaire", 300),
                f.optionalIce("ice"), upper(f.optional("reference_marche", 60)), f.amount("montant_engage"),
                f.oneOf("statut", Spellings.COMMITMENT_STATUS));
    }

    /** A contract reference is a key on the award's side: compared upper-cased, like every key. */
    static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
