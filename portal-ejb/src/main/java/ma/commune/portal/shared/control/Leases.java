package ma.commune.portal.shared.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Work that must not run twice at once, nor twice a day, across every server instance (DESIGN, "Running
 * and scaling": nothing that only one instance's memory knows of). Each kind of work has a row of
 * {@code run_lease} in the shared database; an instance takes it with a conditional UPDATE committed at
 * once, whose row count says who won: free, or held by a lease that ran out (its holder died and stopped
 * renewing it). Two uses:
 * <ul>
 * <li>a <b>daily run</b> (the morning email) {@link #claimDay claims} the row for a day, then marks the
 * day {@link #dayDone done} in its work's own transaction: the day is done if and only if the work
 * committed;</li>
 * <li>a <b>job</b> (an import) {@link #acquire acquires} the row before it starts (a second trigger is
 * refused without starting anything), {@link #bind binds} it to the execution it started, {@link #renew
 * renews} it as its chunks commit, and {@link #release releases} it at its end.</li>
 * </ul>
 * The outbox's messages are leased one by one on their own rows (a queue, not a run).
 */
@Stateless
@PermitAll
public class Leases {

    /** This server instance, as the leases name their holder. */
    public static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server");

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** A lease held now: by whom, for which execution (a job's), until when. */
    public record Lease(String key, String holder, Long executionId, Instant until) {
    }

    /** A new holder token: this server and a random part (two threads of one server never share one). */
    public static String newHolder() {
        return SERVER + "/" + UUID.randomUUID();
    }

    /** Takes the lease if it is free or ran out; the holder token, or empty when someone else holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> acquire(String key, Duration lease) {
        String holder = newHolder();
        Instant now = Instant.now();
        int taken = update("UPDATE run_lease SET holder = ?, execution_id = NULL, until_at = ?"
                + " WHERE lease_key = ? AND (holder IS NULL OR until_at IS NULL OR until_at < ?)", holder, utc(now.plus(lease)), key, utc(now));
        return taken == 1 ? Optional.of(holder) : Optional.empty();
    }

    /**
     * Takes the lease of a daily run for {@code day}; true when {@code holder} got it, false when the day
     * is already done or someone else holds a lease that has not run out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimDay(String key, LocalDate day, String holder, Duration lease) {
        Instant now = Instant.now();
        return update("UPDATE run_lease SET holder = ?, execution_id = NULL, until_at = ? WHERE lease_key = ?"
                + " AND (last_run_day IS NULL OR last_run_day < ?) AND (holder IS NULL OR until_at IS NULL OR until_at < ?)",
                holder, utc(now.plus(lease)), key, Date.valueOf(day), utc(now)) == 1;
    }

    /** Records {@code day} as done and frees the lease, in the caller's transaction (the work's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void dayDone(String key, LocalDate day, String holder) {
        update("UPDATE run_lease SET last_run_day = ?, holder = NULL, until_at = NULL WHERE lease_key = ? AND holder = ?",
                Date.valueOf(day), key, holder);
    }

    /** Extends a lease its holder still holds (long work that has no execution of its own); false when it lost it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean extend(String key, String holder, Duration lease) {
        return update("UPDATE run_lease SET until_at = ? WHERE lease_key = ? AND holder = ?", utc(Instant.now().plus(lease)), key, holder) == 1;
    }

    /** Ties the lease to the execution the holder started; false when the holder lost it (it ran out and someone took it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean bind(String key, String holder, long executionId, Duration lease) {
        return update("UPDATE run_lease SET execution_id = ?, until_at = ? WHERE lease_key = ? AND holder = ?",
                executionId, utc(Instant.now().plus(lease)), key, holder) == 1;
    }

    /** Renews the lease of a running execution in the caller's transaction (a chunk's: renewed as chunks commit). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean renew(String key, long executionId, Duration lease) {
        return update("UPDATE run_lease SET until_at = ? WHERE lease_key = ? AND execution_id = ?",
                utc(Instant.now().plus(lease)), key, executionId) == 1;
    }

    /** Renews outside any transaction of the caller's (work that reads long before it writes). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean renewNow(String key, long executionId, Duration lease) {
        return renew(key, executionId, lease);
    }

    /** Releases the lease an execution holds (at its end, or when it is found dead). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key, long executionId) {
        update("UPDATE run_lease SET holder = NULL, execution_id = NULL, until_at = NULL WHERE lease_key = ? AND execution_id = ?",
                key, executionId);
    }

    /** Releases a lease without marking anything done (no execution was started, or the work failed: the next run tries again). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void abandon(String key, String holder) {
        update("UPDATE run_lease SET holder = NULL, execution_id = NULL, until_at = NULL WHERE lease_key = ? AND holder = ?", key, holder);
    }

    /**
     * Releases a lease this server instance held before it started again (or before the application was
     * deployed again): nothing of this server's still runs then, and waiting for the lease to run out
     * would hold the work up for nothing. Another instance's lease is left alone. Whether one was released.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean releaseThisServers(String key) {
        String mine = SERVER + "/";
        return update("UPDATE run_lease SET holder = NULL, execution_id = NULL, until_at = NULL WHERE lease_key = ? AND LEFT(holder, ?) = ?",
                key, mine.length(), mine) == 1;
    }

    /** The lease held on the key, if any (it may have run out: see {@link Lease#until()}). */
    public Optional<Lease> current(String key) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT holder, execution_id, until_at FROM run_lease WHERE lease_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                long execution = rs.getLong(2);
                Long executionId = rs.wasNull() ? null : execution;
                return Optional.of(new Lease(key, rs.getString(1), executionId, rs.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The day a daily run was last done, if any (for the back office and the tests). */
    public LocalDate lastRunDay(String key) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_run_day FROM run_lease WHERE lease_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                Date day = rs.next() ? rs.getDate(1) : null;
                return day == null ? null : day.toLocalDate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("lease: " + sql, e);
        }
    }

    /** The database's DATETIME of an instant: UTC, as the leases compare them. */
    public static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
