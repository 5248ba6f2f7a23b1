package ma.commune.portal.procurement.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.ImportedTable;
import ma.commune.portal.imports.control.RecordFormat;

/** The import of ATTRIBUTIONS files. */
@ApplicationScoped
public class AwardsImport implements ImportPlan<AwardRow> {

    private final AwardsFormat format = new AwardsFormat();
    private final Awards table = new Awards();

    @Override
    public ImportKind kind() {
        return ImportKind.ATTRIBUTIONS;
    }

    @Override
    public RecordFormat<AwardRow> format() {
        return format;
    }

    @Override
    public ImportedTable<AwardRow> table() {
        return table;
    }

    @Override
    public FileCheck.RowCheck<AwardRow> rowCheck(Connection connection) throws SQLException {
        return KnownTenders.load(connection);
    }
}
