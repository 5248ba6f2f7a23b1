package ma.commune.portal.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.OutboxChannel;
import ma.commune.portal.shared.entity.OutboxMessage;
import ma.commune.portal.shared.entity.OutboxStatus;

/**
 * The outbox: how the portal tells a resident something, by email or SMS, without ever making the
 * resident's action depend on a mail server (DESIGN, "Rules that hold everywhere"). A message is a row
 * written in the caller's transaction, so it exists if and only if the change that caused it commits;
 * {@link OutboxSender} sends it afterwards and retries it until it goes out. Administrators see what was
 * sent and what is pending, and send a failed message again.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<AuditedChange> audit;

    /**
     * Queues a message to a resident, in the caller's transaction. Callable from any service, residents'
     * anonymous submissions included (a local bean, not an endpoint).
     *
     * @param channel   {@link OutboxChannel#EMAIL} or {@link OutboxChannel#SMS}
     * @param recipient an email address, or a phone number (E.164, or Moroccan 06/07...): stored normalised
     * @param language  the language the resident used, which the text is written in
     * @param subject   the email's subject (required for an email, ignored by SMS; at most 300 characters)
     * @param body      the plain text of the message (UTF-8; required)
     * @param reference what staff find the message by, e.g. a case's tracking code (at most 60 characters; no personal data)
     * @throws DomainRuleViolation {@code outbox.rule.invalidEmail} / {@code outbox.rule.invalidPhone} when the
     *         recipient is not one; the caller's transaction is then rolled back, nothing is stored
     */
    @PermitAll
    public void enqueue(OutboxChannel channel, String recipient, Language language, String subject, String body,
                        String reference) {
        em.persist(new OutboxMessage(channel, recipient, language, subject, body, reference, Instant.now()));
    }

    /** Messages, newest first, filtered by {@code status}, {@code channel} and {@code reference} (a part of it). */
    @RolesAllowed("ADMIN")
    public List<OutboxMessage> search(PageRequest page) {
        QueryConditions conditions = conditions(page);
        return conditions.bind(em.createQuery("select m from OutboxMessage m" + conditions.where()
                        + " order by m.createdAt desc, m.id desc", OutboxMessage.class))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(PageRequest page) {
        QueryConditions conditions = conditions(page);
        return conditions.bind(em.createQuery("select count(m) from OutboxMessage m" + conditions.where(), Long.class))
                .getSingleResult();
    }

    /** How many messages are pending, sent and failed: the page's summary. */
    @RolesAllowed("ADMIN")
    public Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMessage m group by m.status", Object[].class)
                .getResultList()) {
            counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Sends a failed message again: it is due at once, with a new round of attempts (the sender picks it
     * up within half a minute, or at once through {@link OutboxSender#sendDue()}).
     *
     * @throws DomainRuleViolation {@code outbox.rule.notFailed} unless the message has failed
     */
    @RolesAllowed("ADMIN")
    public void sendAgain(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new DomainRuleViolation("outbox.rule.notFailed");
        }
        int attempts = message.getAttempts();
        message.sendAgain(Instant.now());
        audit.fire(new AuditedChange("update", "OutboxMessage", id, Map.of("status", OutboxStatus.FAILED.name(), "attempts", attempts),
                Map.of("status", OutboxStatus.PENDING.name(), "attempts", 0)));
    }

    private static QueryConditions conditions(PageRequest page) {
        return new QueryConditions()
                .add("m.status = :status", "status", page.filter("status", OutboxStatus.class))
                .add("m.channel = :channel", "channel", page.filter("channel", OutboxChannel.class))
                .add("upper(m.reference) like :reference", "reference",
                        page.filter("reference") == null ? null : "%" + page.filter("reference").toUpperCase(Locale.ROOT) + "%");
    }
}
