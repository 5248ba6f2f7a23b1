package ma.commune.portal.shared.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import ma.commune.portal.shared.entity.OutboxChannel;
import ma.commune.portal.shared.entity.OutboxMessage;
import ma.commune.portal.shared.entity.OutboxStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of sending the outbox, each in a transaction of its own: find what is due, lease one message
 * in the database, send it and record the outcome. The lease is a conditional UPDATE whose row count says
 * who won: two server instances (or two runs on one) never send the same message, and a lease left by an
 * instance that died expires by itself. No lock is held while a mail server is slow to answer.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "mail/portal")
    Session mail;

    @Inject
    SmsGateway sms;

    @Inject
    @ConfigProperty(name = "portal.outbox.max-attempts", defaultValue = "" + OutboxMessage.DEFAULT_MAX_ATTEMPTS)
    int maxAttempts;

    /** The ids of pending messages due by {@code moment} that nobody holds a lease on, the longest waiting first. */
    public List<Long> due(Instant moment, int limit) {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :moment"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("moment", moment)
                .setParameter("now", Instant.now()).setMaxResults(limit).getResultList();
    }

    /**
     * Takes the lease on a message for {@code lease}; true when this claimant got it. Committed at once,
     * so that every other claimant sees it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, String claimant, Duration lease) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int claimed = em.createNativeQuery("UPDATE outbox_message SET claimed_by = ?1, claimed_until = ?2, version = version + 1"
                        + " WHERE id = ?3 AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?4)")
                .setParameter(1, claimant).setParameter(2, now.plus(lease)).setParameter(3, id).setParameter(4, now)
                .executeUpdate();
        return claimed == 1;
    }

    /**
     * Sends a message this claimant holds the lease on, and records the outcome: sent, or a failed
     * attempt with its error and the time of the next one. True when it was sent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id, String claimant) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || !message.isClaimedBy(claimant, Instant.now())) {
            return false;
        }
        try {
            if (message.getChannel() == OutboxChannel.EMAIL) {
                Transport.send(ResidentEmail.compose(mail, message));
            } else {
                sms.send(id, message.getRecipient(), message.getBody());
            }
        } catch (Exception failure) {
            message.recordFailure(describe(failure), Instant.now(), maxAttempts);
            // The id and the reference only: the address and the text are personal data (law 09-08).
            LOG.warning(() -> "Outbox message " + id + " (reference " + message.getReference() + ") not sent, attempt "
                    + message.getAttempts() + " of " + maxAttempts + ", " + (message.getStatus() == OutboxStatus.FAILED
                    ? "given up" : "next at " + message.getNextAttemptAt()) + ": " + failure.getClass().getName());
            return false;
        }
        message.markSent(Instant.now());
        return true;
    }

    /** The error for administrators: each cause's type and message (the entity removes the recipient's address). */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 1000; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" / ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
