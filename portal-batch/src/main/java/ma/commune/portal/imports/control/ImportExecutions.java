package ma.commune.portal.imports.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Rejection;

/**
 * The portal's record of each import execution, next to the batch runtime's own: which file, who or
 * what started it, what the check found, what the writer did (inserted, updated, unchanged rows), the
 * refusal of a file, and the reject report. The counts and the report lines are written in the
 * chunk's transaction, so they are exact after a restart too.
 */
@Stateless
@PermitAll
public class ImportExecutions {

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** What started an execution. */
    public record Start(long fileId, ImportKind kind, String trigger, String startedBy, boolean forced, Long restartOf) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void begin(long executionId, long instanceId, Start start) {
        update("INSERT INTO import_execution (execution_id, instance_id, file_id, kind, trigger_source, started_by, server, forced,"
                        + " restart_of, status, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                executionId, instanceId, start.fileId(), start.kind().name(), start.trigger(), start.startedBy(), ImportLeases.SERVER,
                start.forced(), start.restartOf(), ImportStatus.STARTED.name(), utc(Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checked(long executionId, FileCheck.Outcome outcome) {
        update("UPDATE import_execution SET records = ?, rejected = ? WHERE execution_id = ?", outcome.records(), outcome.rejected(),
                executionId);
    }

    /** The file was refused whole: why, and the records rejected up to then (the report says what to fix). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long executionId, long instanceId, FileRefused refusal, List<Rejection> rejections, long records) {
        String detail = refusal.detail() == null ? null : refusal.detail().length() > 300 ? refusal.detail().substring(0, 300) : refusal.detail();
        update("UPDATE import_execution SET refusal_reason = ?, refusal_line = ?, refusal_detail = ?, rejected = ?, records = ?"
                + " WHERE execution_id = ?", refusal.reason().name(), refusal.line(), detail, (long) rejections.size(), records, executionId);
        for (Rejection r : rejections) {
            reject(instanceId, r);
        }
    }

    /** One line of the reject report, in the caller's transaction (the chunk's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reject(long instanceId, Rejection r) {
        update("INSERT INTO import_rejection (instance_id, line_no, column_name, cell_value, reason) VALUES (?, ?, ?, ?, ?)",
                instanceId, r.line(), r.column(), r.value(), r.reason().name());
    }

    /** What a chunk wrote, in the chunk's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void wrote(long executionId, RowWriter.Counts counts) {
        update("UPDATE import_execution SET inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ? WHERE execution_id = ?",
                counts.inserted(), counts.updated(), counts.unchanged(), executionId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long executionId, ImportStatus status) {
        update("UPDATE import_execution SET status = ?, ended_at = ?, version = version + 1 WHERE execution_id = ?", status.name(),
                utc(Instant.now()), executionId);
    }

    private void update(String sql, Object... values) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("import execution: " + sql, e);
        }
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
