package ma.commune.portal.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.commune.portal.shared.control.OutboxDelivery;

/**
 * Sends what the outbox holds, every 30 seconds, on every server instance: the timer is not persistent
 * (no instance owns it), and the lease each message is claimed with in the database is what keeps two
 * instances from sending it twice. Runs may overlap, here or elsewhere, for the same reason.
 */
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** Longer than any attempt can last (the mail session's timeouts are seconds): a lease never ends mid-send. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    /** This instance's name in the leases it takes: the server instance, and this deployment. */
    private final String claimant = System.getProperty("com.sun.aas.instanceName", "server") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @EJB
    OutboxDelivery delivery;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "outbox sender")
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException unexpected) {
            // Logged once per run; the messages stay pending and the next run tries again.
            LOG.log(Level.WARNING, "The outbox sender's run failed; pending messages wait for the next one", unexpected);
        }
    }

    /** Sends every message due now that no one else is sending; the number sent by this call. */
    public int sendDue() {
        return sendDueBy(Instant.now());
    }

    /**
     * Sends the messages due by {@code moment} (a moment ahead brings retries forward, as an operator may
     * want after an outage). Each message is tried at most once per call.
     */
    public int sendDueBy(Instant moment) {
        Set<Long> tried = new HashSet<>();
        int sent = 0;
        while (true) {
            List<Long> due = delivery.due(moment, BATCH + tried.size()).stream().filter(id -> !tried.contains(id)).toList();
            if (due.isEmpty()) {
                return sent;
            }
            for (Long id : due) {
                tried.add(id);
                if (claim(id) && delivery.deliver(id, claimant)) {
                    sent++;
                }
            }
        }
    }

    private boolean claim(long id) {
        try {
            return delivery.claim(id, claimant, LEASE);
        } catch (EJBException contended) {
            // Another claimant held the row past the database's lock timeout: it is theirs.
            LOG.log(Level.FINE, "Outbox message " + id + " not claimed", contended);
            return false;
        }
    }
}
