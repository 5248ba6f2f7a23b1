package ma.commune.portal.shared.entity;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LanguageAsTag;

/**
 * One message to a resident, kept until it is sent and after (administrators see what was sent and
 * what is pending). It is written in the transaction of the change that causes it, then sent by the
 * outbox sender, which leases it first ({@code claimed_by}, {@code claimed_until}) so that two server
 * instances never send it twice. A failed attempt is retried later, each wait twice the previous one
 * (1 minute, 2, 4, ... at most an hour), until the last allowed attempt marks it {@link OutboxStatus#FAILED}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxChannel channel;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Convert(converter = LanguageAsTag.class)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(length = 60)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    /**
     * A message due at once. The recipient is stored as the channel normalises it.
     *
     * @throws DomainRuleViolation when the channel refuses the recipient
     * @throws IllegalArgumentException when the caller gave no body, or an email without a subject
     */
    public OutboxMessage(OutboxChannel channel, String recipient, Language language, String subject, String body,
                         String reference, Instant now) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.recipient = channel.normalise(recipient);
        this.language = Objects.requireNonNull(language, "language");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a message needs a body");
        }
        if (channel == OutboxChannel.EMAIL && (subject == null || subject.isBlank())) {
            throw new IllegalArgumentException("an email needs a subject");
        }
        if (subject != null && subject.length() > 300 || reference != null && reference.length() > 60) {
            throw new IllegalArgumentException("subject (300) or reference (60) too long");
        }
        this.subject = blankToNull(subject);
        this.body = body;
        this.reference = blankToNull(reference);
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * How long to wait after the given number of failed attempts: 1 minute after the first, then twice
     * as long after each, never more than an hour (a mail server down for a day is tried every hour).
     */
    public static Duration retryDelay(int failedAttempts) {
        if (failedAttempts <= 1) {
            return FIRST_RETRY;
        }
        // 2^6 minutes already passes the hour: no need to compute larger powers (nor overflow).
        int doublings = Math.min(failedAttempts - 1, 6);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /** Handed to the mail server or the gateway: done. The lease ends. */
    public void markSent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    /**
     * An attempt failed: counted, its error kept (without the recipient's address, which an SMTP
     * error often repeats), and the next attempt scheduled; after {@code maxAttempts} attempts the
     * message is {@link OutboxStatus#FAILED}. The lease ends.
     */
    public void recordFailure(String error, Instant now, int maxAttempts) {
        attempts++;
        String text = error == null || error.isBlank() ? "unknown error" : error.replace(recipient, "<recipient>");
        lastError = text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH - 1) + "…" : text;
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(retryDelay(attempts));
        }
    }

    /**
     * An administrator sends a failed message again: it is due at once and gets its attempts anew.
     *
     * @throws DomainRuleViolation {@code outbox.rule.notFailed} when the message has not failed
     */
    public void sendAgain(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new DomainRuleViolation("outbox.rule.notFailed");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    /** Whether this sender holds the lease on the message now (and so may send it). */
    public boolean isClaimedBy(String claimant, Instant now) {
        return status == OutboxStatus.PENDING && claimant != null && claimant.equals(claimedBy)
                && claimedUntil != null && claimedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public OutboxChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getReference() {
        return reference;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
