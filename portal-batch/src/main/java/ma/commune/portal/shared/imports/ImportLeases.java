package ma.commune.portal.shared.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Never two executions of one import job at once, also with several server instances: a lease row per
 * job in the shared database, taken before the job starts (a second trigger is refused without
 * starting anything), bound to the execution it started, renewed as its chunks commit, released when
 * it ends. A server that dies stops renewing: its lease expires and the job may run again. The lease
 * is in the database, not in memory, because memory is one instance's.
 */
@Stateless
@PermitAll
public class ImportLeases {

    /** This server instance and this deployment, as the leases name their holder. */
    public static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server");

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Inject
    @ConfigProperty(name = "portal.imports.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    /** The lease a job holds, if any and not expired. */
    public record Lease(String jobName, String holder, Long executionId, Instant until) {
    }

    /** Takes the job's lease if it is free or expired; the holder token, or empty when another holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> acquire(String jobName) {
        String holder = SERVER + "/" + UUID.randomUUID();
        Instant now = Instant.now();
        int taken = update("UPDATE import_lease SET holder = ?, execution_id = NULL, leased_until = ?, version = version + 1"
                + " WHERE job_name = ? AND (holder IS NULL OR leased_until IS NULL OR leased_until < ?)",
                holder, utc(now.plus(duration())), jobName, utc(now));
        return taken == 1 ? Optional.of(holder) : Optional.empty();
    }

    /** Ties the lease to the execution the holder started; false when the holder lost it (it expired and someone took it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean bind(String jobName, String holder, long executionId) {
        return update("UPDATE import_lease SET execution_id = ?, leased_until = ?, version = version + 1 WHERE job_name = ? AND holder = ?",
                executionId, utc(Instant.now().plus(duration())), jobName, holder) == 1;
    }

    /** Renews the lease of a running execution, in the caller's transaction (a chunk's: renewed as chunks commit). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean renew(String jobName, long executionId) {
        return update("UPDATE import_lease SET leased_until = ? WHERE job_name = ? AND execution_id = ?",
                utc(Instant.now().plus(duration())), jobName, executionId) == 1;
    }

    /** Renews outside any chunk (the check step reads the whole file before the first chunk). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean renewNow(String jobName, long executionId) {
        return renew(jobName, executionId);
    }

    /** Releases the lease an execution holds (at its end, or when it is found dead). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String jobName, long executionId) {
        update("UPDATE import_lease SET holder = NULL, execution_id = NULL, leased_until = NULL, version = version + 1"
                + " WHERE job_name = ? AND execution_id = ?", jobName, executionId);
    }

    /** Releases a lease taken by {@link #acquire} that no execution was started for. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void abandon(String jobName, String holder) {
        update("UPDATE import_lease SET holder = NULL, execution_id = NULL, leased_until = NULL, version = version + 1"
                + " WHERE job_name = ? AND holder = ?", jobName, holder);
    }

    public Optional<Lease> current(String jobName) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT holder, execution_id, leased_until FROM import_lease WHERE job_name = ?")) {
            s.setString(1, jobName);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                long execution = rs.getLong(2);
                Long executionId = rs.wasNull() ? null : execution;
                return Optional.of(new Lease(jobName, rs.getString(1), executionId,
                        rs.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Duration duration() {
        return Duration.ofSeconds(leaseSeconds);
    }

    private int update(String sql, Object... values) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("import lease: " + sql, e);
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
