package ma.commune.portal.spending.batch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import ma.commune.portal.imports.control.ImportedTable;

/** PAIEMENTS rows in {@code payment_order}. */
public final class PaymentOrders implements ImportedTable<PaymentRow> {

    @Override
    public String table() {
        return "payment_order";
    }

    @Override
    public String rowKey(PaymentRow row) {
        return row.year() + "|" + row.orderNumber();
    }

    @Override
    public List<String> columns() {
        return List.of("fiscal_year", "number", "ordered_on", "commitment_number", "amount_ordered", "paid_on", "amount_paid",
                "payment_mode", "status");
    }

    @Override
    public void bind(PreparedStatement s, int first, PaymentRow row) throws SQLException {
        s.setInt(first, row.year());
        s.setString(first + 1, row.orderNumber());
        s.setDate(first + 2, Date.valueOf(row.orderDate()));
        s.setString(first + 3, row.commitmentNumber());
        s.setBigDecimal(first + 4, row.ordered());
        if (row.paidOn() == null) {
            s.setNull(first + 5, Types.DATE);
        } else {
            s.setDate(first + 5, Date.valueOf(row.paidOn()));
        }
        s.setBigDecimal(first + 6, row.paid());
        s.setString(first + 7, row.mode() == null ? null : row.mode().name());
        s.setString(first + 8, row.status().name());
    }

    @Override
    public String sourceRecord(PaymentRow row) {
        return ImportedTable.record(row.year(), row.orderNumber(), row.orderDate(), row.commitmentNumber(), row.ordered(),
                row.paidOn(), row.paid(), row.mode(), row.status());
    }
}
