package ma.commune.portal.procurement.batch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ma.commune.portal.imports.control.ImportedTable;
import ma.commune.portal.shared.CommuneTime;

/** AVIS rows in {@code tender}; the deadlines, written in Casablanca time, stored as UTC instants. */
public final class Tenders implements ImportedTable<TenderRow> {

    @Override
    public String table() {
        return "tender";
    }

    @Override
    public String rowKey(TenderRow row) {
        return row.reference();
    }

    @Override
    public List<String> columns() {
        return List.of("reference", "subject_fr", "subject_ar", "category", "procedure_kind", "estimate", "provisional_guarantee",
                "published_on", "deadline_at", "bid_opening_at", "bid_opening_place", "status");
    }

    @Override
    public void bind(PreparedStatement s, int first, TenderRow row) throws SQLException {
        s.setString(first, row.reference());
        s.setString(first + 1, row.subjectFr());
        s.setString(first + 2, row.subjectAr());
        s.setString(first + 3, row.category().name());
        s.setString(first + 4, row.procedure().name());
        s.setBigDecimal(first + 5, row.estimate());
        s.setBigDecimal(first + 6, row.provisionalGuarantee());
        s.setDate(first + 7, Date.valueOf(row.publishedOn()));
        s.setObject(first + 8, utc(row.deadline()));
        if (row.bidOpening() == null) {
            s.setNull(first + 9, Types.TIMESTAMP);
        } else {
            s.setObject(first + 9, utc(row.bidOpening()));
        }
        s.setString(first + 10, row.bidOpeningPlace());
        s.setString(first + 11, row.status().name());
    }

    /** Casablanca's wall-clock time as the UTC date-time the database keeps (the JDK knows Morocco's Ramadan change). */
    static LocalDateTime utc(LocalDateTime local) {
        return local.atZone(CommuneTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Override
    public String sourceRecord(TenderRow row) {
        return ImportedTable.record(row.reference(), row.subjectFr(), row.subjectAr(), row.category(), row.procedure(), row.estimate(),
                row.provisionalGuarantee(), row.publishedOn(), row.deadline(), row.bidOpening(), row.bidOpeningPlace(), row.status());
    }
}
