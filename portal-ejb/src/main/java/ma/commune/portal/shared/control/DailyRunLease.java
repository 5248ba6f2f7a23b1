package ma.commune.portal.shared.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Once a day across every server instance (DESIGN, "Running and scaling": no work that only one instance
 * knows of runs twice). A daily job first {@link #claim claims} its row of {@code run_lease} for a day — a
 * conditional UPDATE, committed at once, whose row count says who won, like the outbox's leases — then does
 * its work and {@link #done marks the day done} in the work's own transaction: the day counts as done if
 * and only if the work committed. A lease left by an instance that died expires by itself.
 */
@Stateless
public class DailyRunLease {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Takes the lease of {@code key} for {@code day}, for {@code lease}; true when {@code holder} got it,
     * false when the day is already done or someone else holds a lease that has not run out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String key, LocalDate day, String holder, Duration lease) {
        ensureRow(key);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return em.createNativeQuery("UPDATE run_lease SET holder = ?1, until_at = ?2 WHERE lease_key = ?3"
                        + " AND (last_run_day IS NULL OR last_run_day < ?4) AND (until_at IS NULL OR until_at < ?5)")
                .setParameter(1, holder).setParameter(2, now.plus(lease)).setParameter(3, key).setParameter(4, day)
                .setParameter(5, now).executeUpdate() == 1;
    }

    /** Records {@code day} as done and frees the lease, in the caller's transaction (the work's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void done(String key, LocalDate day, String holder) {
        em.createNativeQuery("UPDATE run_lease SET last_run_day = ?1, holder = NULL, until_at = NULL"
                        + " WHERE lease_key = ?2 AND holder = ?3")
                .setParameter(1, day).setParameter(2, key).setParameter(3, holder).executeUpdate();
    }

    /** Frees the lease without marking the day (the work failed: the next run tries again). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key, String holder) {
        em.createNativeQuery("UPDATE run_lease SET holder = NULL, until_at = NULL WHERE lease_key = ?1 AND holder = ?2")
                .setParameter(1, key).setParameter(2, holder).executeUpdate();
    }

    /** The day last done, if any (for the back office and the tests). */
    public LocalDate lastRunDay(String key) {
        Object day = em.createNativeQuery("SELECT last_run_day FROM run_lease WHERE lease_key = ?1")
                .setParameter(1, key).getResultStream().findFirst().orElse(null);
        return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
    }

    /**
     * The key's row, created the first time. A job's migration inserts it, so that instances never race to
     * create it; should two race anyway, the primary key refuses the second, whose claim then fails (its
     * caller waits for the next run).
     */
    private void ensureRow(String key) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM run_lease WHERE lease_key = ?1")
                .setParameter(1, key).getSingleResult();
        if (rows.longValue() == 0) {
            em.createNativeQuery("INSERT INTO run_lease (lease_key) VALUES (?1)").setParameter(1, key).executeUpdate();
        }
    }
}
