package ma.commune.portal.procurement.batch;

import jakarta.enterprise.context.ApplicationScoped;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.ImportedTable;
import ma.commune.portal.imports.control.RecordFormat;

/** The import of AVIS files. */
@ApplicationScoped
public class TendersImport implements ImportPlan<TenderRow> {

    private final TendersFormat format = new TendersFormat();
    private final Tenders table = new Tenders();

    @Override
    public ImportKind kind() {
        return ImportKind.AVIS;
    }

    @Override
    public RecordFormat<TenderRow> format() {
        return format;
    }

    @Override
    public ImportedTable<TenderRow> table() {
        return table;
    }
}
