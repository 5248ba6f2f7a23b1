package ma.commune.portal.spending.batch;

import jakarta.enterprise.context.ApplicationScoped;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.ImportedTable;
import ma.commune.portal.imports.control.RecordFormat;

/** The import of CREDITS files. */
@ApplicationScoped
public class CreditsImport implements ImportPlan<CreditRow> {

    private final CreditsFormat format = new CreditsFormat();
    private final BudgetLines table = new BudgetLines();

    @Override
    public ImportKind kind() {
        return ImportKind.CREDITS;
    }

    @Override
    public RecordFormat<CreditRow> format() {
        return format;
    }

    @Override
    public ImportedTable<CreditRow> table() {
        return table;
    }
}
