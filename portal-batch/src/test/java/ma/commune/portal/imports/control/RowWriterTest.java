package ma.commune.portal.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.spending.batch.CommitmentRow;
import ma.commune.portal.spending.batch.Commitments;
import ma.commune.portal.spending.entity.CommitmentStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The writer on H2 in MySQL mode with the real migrations: insert, leave alone, update with history. */
class RowWriterTest {

    private static final String URL = "jdbc:h2:mem:row-writer;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    private final RowWriter<CommitmentRow> writer = new RowWriter<>(ImportKind.ENGAGEMENTS, new Commitments());
    private Connection connection;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection(URL, "sa", "");
    }

    @AfterEach
    void empty() throws SQLException {
        connection.createStatement().execute("DELETE FROM commitment");
        connection.createStatement().execute("DELETE FROM import_row_history");
        connection.close();
    }

    @Test
    void newRowsAreInsertedUnchangedOnesLeftAloneAndChangedOnesUpdatedWithTheirHistory() throws SQLException {
        CommitmentRow lamps = commitment("E-1", "1234.50", CommitmentStatus.VISE);
        CommitmentRow roads = commitment("E-2", "99.00", CommitmentStatus.VISE);
        assertEquals(new RowWriter.Counts(2, 0, 0), writer.write(connection, List.of(lamps, roads), 1, NOW));

        assertEquals(new RowWriter.Counts(0, 0, 2), writer.write(connection, List.of(lamps, roads), 2, NOW.plusSeconds(60)));
        assertEquals(1, single("select count(distinct last_execution_id) from commitment"), "an unchanged row is not written");
        assertEquals(0, single("select count(*) from import_row_history"));

        CommitmentRow cancelled = commitment("E-2", "99.00", CommitmentStatus.ANNULE);
        CommitmentRow third = commitment("E-3", "5.00", CommitmentStatus.VISE);
        assertEquals(new RowWriter.Counts(1, 1, 1), writer.write(connection, List.of(lamps, cancelled, third), 3, NOW.plusSeconds(120)));
        assertEquals(3, single("select count(*) from commitment"));
        try (ResultSet rs = connection.createStatement().executeQuery(
                "select h.kind, h.row_key, h.execution_id, h.previous, c.status, c.last_execution_id from import_row_history h"
                        + " join commitment c on c.row_key = h.row_key")) {
            rs.next();
            assertEquals("ENGAGEMENTS", rs.getString(1));
            assertEquals("2026|E-2", rs.getString(2));
            assertEquals(3, rs.getLong(3));
            assertEquals("2026;E-2;05/03/2026;10.20.30.11;Objet E-2;Fournisseur;;;99,00;VISE", rs.getString(4),
                    "the history keeps the record as it was");
            assertEquals("ANNULE", rs.getString(5));
            assertEquals(3, rs.getLong(6));
        }
    }

    @Test
    void theSameKeyTwiceInAChunkIsAnUpdateOfTheFirstWithItsHistoryAsAcrossChunks() throws SQLException {
        CommitmentRow first = commitment("E-7", "100.00", CommitmentStatus.VISE);
        CommitmentRow again = commitment("E-7", "100.00", CommitmentStatus.VISE);
        CommitmentRow changed = commitment("E-7", "80.00", CommitmentStatus.VISE);
        assertEquals(new RowWriter.Counts(1, 1, 1), writer.write(connection, List.of(first, again, changed), 1, NOW));
        assertEquals(1, single("select count(*) from commitment"));
        assertEquals(8000, single("select amount * 100 from commitment where row_key = '2026|E-7'"), "the last record is the row");
        assertEquals(1, single("select count(*) from import_row_history where row_key = '2026|E-7'"
                + " and previous = '2026;E-7;05/03/2026;10.20.30.11;Objet E-7;Fournisseur;;;100,00;VISE'"), "the first is in the history");
    }

    @Test
    void keysAreComparedExactly() throws SQLException {
        writer.write(connection, List.of(commitment("É-1", "1.00", CommitmentStatus.VISE)), 1, NOW);
        assertEquals(new RowWriter.Counts(1, 0, 0), writer.write(connection, List.of(commitment("E-1", "1.00", CommitmentStatus.VISE)), 2, NOW));
    }

    @Test
    void theSameKeyTwiceInAChunkKeepsTheLaterRecord() throws SQLException {
        writer.write(connection, List.of(commitment("E-1", "1.00", CommitmentStatus.VISE), commitment("E-1", "2.00", CommitmentStatus.VISE)), 1, NOW);
        assertEquals(200, single("select amount * 100 from commitment"));
    }

    private static CommitmentRow commitment(String number, String amount, CommitmentStatus status) {
        return new CommitmentRow(2026, number, LocalDate.of(2026, 3, 5), "10.20.30.11", "Objet " + number, "Fournisseur", null, null,
                new BigDecimal(amount), status);
    }

    private long single(String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
