package ma.commune.portal.spending.batch;

import java.util.List;
import java.util.Set;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.imports.control.RecordFormat;
import ma.commune.portal.spending.entity.BudgetSection;

/** CREDITS: the budget credits opened, per year and budget line. */
public final class CreditsFormat implements RecordFormat<CreditRow> {

    /** chapter.article.paragraph.line, digits only: {@code 10.20.30.11}. */
    static final String LINE_CODE = "\\d{1,4}(\\.\\d{1,4}){3}";

    @Override
    public ImportKind kind() {
        return ImportKind.CREDITS;
    }

    @Override
    public Set<String> columns() {
        return Set.of("exercice", "section", "code_rubrique", "libelle_fr", "libelle_ar", "credits_ouverts");
    }

    @Override
    public Set<String> required() {
        return Set.of("exercice", "section", "code_rubrique", "credits_ouverts");
    }

    @Override
    public List<Set<String>> oneOfEach() {
        return List.of(Set.of("libelle_fr", "libelle_ar"));
    }

    @Override
    public String mainAmount() {
        return "credits_ouverts";
    }

    @Override
    public CreditRow parse(RecordFields f) {
        int year = f.year("exercice");
        BudgetSection section = f.oneOf("section", Spellings.BUDGET_SECTION);
        String code = lineCode(f, "code_rubrique");
        String labelFr = f.optional("libelle_fr", 500);
        String labelAr = f.optional("libelle_ar", 500);
        if (labelFr == null && labelAr == null) {
            throw f.reject("libelle_fr", null, Reason.LABEL_MISSING);
        }
        return new CreditRow(year, section, code, labelFr, labelAr, f.amount("credits_ouverts"));
    }

    static String lineCode(RecordFields f, String column) {
        String code = f.required(column, 30);
        if (!code.matches(LINE_CODE)) {
            throw f.reject(column, code, Reason.NOT_A_BUDGET_LINE_CODE);
        }
        return code;
    }
}
