package ma.commune.portal.spending.batch;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import ma.commune.portal.imports.control.ImportedTable;

/** CREDITS rows in {@code budget_line}; the code's four parts kept apart for the budget's drill-down. */
public final class BudgetLines implements ImportedTable<CreditRow> {

    @Override
    public String table() {
        return "budget_line";
    }

    @Override
    public String rowKey(CreditRow row) {
        return row.year() + "|" + row.lineCode();
    }

    @Override
    public List<String> columns() {
        return List.of("fiscal_year", "code", "section", "chapter", "article", "paragraph", "line_no", "label_fr", "label_ar",
                "credits_opened");
    }

    @Override
    public void bind(PreparedStatement s, int first, CreditRow row) throws SQLException {
        String[] parts = row.lineCode().split("\\.");
        s.setInt(first, row.year());
        s.setString(first + 1, row.lineCode());
        s.setString(first + 2, row.section().name());
        s.setString(first + 3, parts[0]);
        s.setString(first + 4, parts[1]);
        s.setString(first + 5, parts[2]);
        s.setString(first + 6, parts[3]);
        s.setString(first + 7, row.labelFr());
        s.setString(first + 8, row.labelAr());
        s.setBigDecimal(first + 9, row.opened());
    }

    @Override
    public String sourceRecord(CreditRow row) {
        return ImportedTable.record(row.year(), row.section(), row.lineCode(), row.labelFr(), row.labelAr(), row.opened());
    }
}
