package ma.commune.portal.spending.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.ImportedTable;
import ma.commune.portal.imports.control.RecordFormat;

/** The import of PAIEMENTS files. */
@ApplicationScoped
public class PaymentsImport implements ImportPlan<PaymentRow> {

    private final PaymentsFormat format = new PaymentsFormat();
    private final PaymentOrders table = new PaymentOrders();

    @Override
    public ImportKind kind() {
        return ImportKind.PAIEMENTS;
    }

    @Override
    public RecordFormat<PaymentRow> format() {
        return format;
    }

    @Override
    public ImportedTable<PaymentRow> table() {
        return table;
    }

    @Override
    public FileCheck.RowCheck<PaymentRow> rowCheck(Connection connection) throws SQLException {
        return OrdersWithinCommitments.load(connection);
    }
}
