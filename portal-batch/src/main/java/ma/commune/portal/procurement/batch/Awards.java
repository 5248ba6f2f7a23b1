package ma.commune.portal.procurement.batch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import ma.commune.portal.imports.control.ImportedTable;

/** ATTRIBUTIONS rows in {@code award}. */
public final class Awards implements ImportedTable<AwardRow> {

    @Override
    public String table() {
        return "award";
    }

    @Override
    public String rowKey(AwardRow row) {
        return row.contractNumber();
    }

    @Override
    public List<String> columns() {
        return List.of("tender_reference", "contract_number", "supplier_name", "supplier_ice", "amount", "approved_on", "execution_days");
    }

    @Override
    public void bind(PreparedStatement s, int first, AwardRow row) throws SQLException {
        s.setString(first, row.tenderReference());
        s.setString(first + 1, row.contractNumber());
        s.setString(first + 2, row.supplier());
        s.setString(first + 3, row.ice());
        s.setBigDecimal(first + 4, row.amount());
        s.setDate(first + 5, Date.valueOf(row.approvedOn()));
        if (row.executionDays() == null) {
            s.setNull(first + 6, Types.INTEGER);
        } else {
            s.setInt(first + 6, row.executionDays());
        }
    }

    @Override
    public String sourceRecord(AwardRow row) {
        return ImportedTable.record(row.tenderReference(), row.contractNumber(), row.supplier(), row.ice(), row.amount(),
                row.approvedOn(), row.executionDays());
    }
}
