package ma.commune.portal.procurement.batch;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.imports.control.RecordFormat;

/** AVIS: the calls for tenders of the procurement portal. */
public final class TendersFormat implements RecordFormat<TenderRow> {

    @Override
    public ImportKind kind() {
        return ImportKind.AVIS;
    }

    @Override
    public Set<String> columns() {
        return Set.of("reference", "objet_fr", "objet_ar", "categorie", "procedure", "estimation", "caution_provisoire",
                "date_publication", "date_limite", "date_ouverture_plis", "lieu_ouverture", "statut");
    }

    @Override
    public Set<String> required() {
        return Set.of("reference", "categorie", "procedure", "date_publication", "date_limite", "statut");
    }

    @Override
    public List<Set<String>> oneOfEach() {
        return List.of(Set.of("objet_fr", "objet_ar"));
    }

    /** The estimate is optional: a blank one adds nothing to the trailer's sum. */
    @Override
    public String mainAmount() {
        return "estimation";
    }

    @Override
    public TenderRow parse(RecordFields f) {
        String reference = f.key("reference", 60);
        String subjectFr = f.optional("objet_fr", 1000);
        String subjectAr = f.optional("objet_ar", 1000);
        if (subjectFr == null && subjectAr == null) {
            throw f.reject("objet_fr", null, Reason.LABEL_MISSING);
        }
        return new TenderRow(reference.toUpperCase(Locale.ROOT), subjectFr, subjectAr, f.oneOf("categorie", Spellings.TENDER_CATEGORY),
                f.oneOf("procedure", Spellings.TENDER_PROCEDURE), f.optionalAmount("estimation"),
                f.optionalAmount("caution_provisoire"), f.date("date_publication"), f.dateTime("date_limite"),
                f.optionalDateTime("date_ouverture_plis"), f.optional("lieu_ouverture", 300),
                f.oneOf("statut", Spellings.TENDER_STATUS));
    }
}
