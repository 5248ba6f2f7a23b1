package ma.commune.portal.spending.batch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import ma.commune.portal.imports.control.ImportedTable;

/** ENGAGEMENTS rows in {@code commitment}. */
public final class Commitments implements ImportedTable<CommitmentRow> {

    @Override
    public String table() {
        return "commitment";
    }

    @Override
    public String rowKey(CommitmentRow row) {
        return row.year() + "|" + row.number();
    }

    @Override
    public List<String> columns() {
        return List.of("fiscal_year", "number", "committed_on", "budget_line_code", "subject", "supplier_name", "supplier_ice",
                "contract_reference", "amount", "status");
    }

    @Override
    public void bind(PreparedStatement s, int first, CommitmentRow row) throws SQLException {
        s.setInt(first, row.year());
        s.setString(first + 1, row.number());
        s.setDate(first + 2, Date.valueOf(row.date()));
        s.setString(first + 3, row.lineCode());
        s.setString(first + 4, row.subject());
        s.setString(first + 5, row.supplier());
        s.setString(first + 6, row.ice());
        s.setString(first + 7, row.contractReference());
        s.setBigDecimal(first + 8, row.amount());
        s.setString(first + 9, row.status().name());
    }

    @Override
    public String sourceRecord(CommitmentRow row) {
        return ImportedTable.record(row.year(), row.number(), row.date(), row.lineCode(), row.subject(), row.supplier(), row.ice(),
                row.contractReference(), row.amount(), row.status());
    }
}
