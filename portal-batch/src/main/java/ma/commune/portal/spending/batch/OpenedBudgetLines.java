package ma.commune.portal.spending.batch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.RecordFields;

/** ENGAGEMENTS: a commitment's budget line must have been opened for its year by CREDITS. */
public final class OpenedBudgetLines implements FileCheck.RowCheck<CommitmentRow> {

    private final Set<String> opened;

    OpenedBudgetLines(Set<String> opened) {
        this.opened = opened;
    }

    /** The budget lines of every year (a commune has a few thousand a year). */
    public static OpenedBudgetLines load(Connection connection) throws SQLException {
        Set<String> opened = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT row_key FROM budget_line")) {
            while (rs.next()) {
                opened.add(rs.getString(1));
            }
        }
        return new OpenedBudgetLines(opened);
    }

    @Override
    public void check(CommitmentRow row, RecordFields fields) {
        if (!opened.contains(row.year() + "|" + row.lineCode())) {
            throw fields.reject("code_rubrique", row.lineCode(), Reason.UNKNOWN_BUDGET_LINE);
        }
    }
}
