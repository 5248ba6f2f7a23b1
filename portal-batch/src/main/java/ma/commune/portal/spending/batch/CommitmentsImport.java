package ma.commune.portal.spending.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.ImportedTable;
import ma.commune.portal.imports.control.RecordFormat;

/** The import of ENGAGEMENTS files. */
@ApplicationScoped
public class CommitmentsImport implements ImportPlan<CommitmentRow> {

    private final CommitmentsFormat format = new CommitmentsFormat();
    private final Commitments table = new Commitments();

    @Override
    public ImportKind kind() {
        return ImportKind.ENGAGEMENTS;
    }

    @Override
    public RecordFormat<CommitmentRow> format() {
        return format;
    }

    @Override
    public ImportedTable<CommitmentRow> table() {
        return table;
    }

    @Override
    public FileCheck.RowCheck<CommitmentRow> rowCheck(Connection connection) throws SQLException {
        return OpenedBudgetLines.load(connection);
    }
}
