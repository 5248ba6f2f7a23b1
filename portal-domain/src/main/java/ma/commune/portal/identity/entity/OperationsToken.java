package ma.commune.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * A token an administrator issues to a FINANCE or ADMIN account for the operations API (the imports):
 * a script presents it as {@code Authorization: Bearer <token>} and acts as that account, with the
 * account's roles as they are when it is used. Only the token's SHA-256 is kept: it is shown once, when
 * it is issued. A revoked token stays on record (who revoked it, when) and never works again.
 */
@Entity
@Table(name = "operations_token")
public class OperationsToken implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LABEL = 60;
    /** 32 random bytes: a token cannot be guessed, so a plain hash is enough to store it. */
    private static final int TOKEN_BYTES = 32;
    /** The prefix that tells an operations token from other secrets in a script's configuration. */
    public static final String PREFIX = "pops_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    private long version;

    protected OperationsToken() {
    }

    /**
     * A new token for an account; the caller shows {@link Issued#token()} once and never stores it.
     *
     * @throws DomainRuleViolation {@code imports.tokens.rule.accountNotAllowed} (the account is inactive or
     *                             has neither FINANCE nor ADMIN), {@code imports.tokens.rule.labelRequired},
     *                             {@code imports.tokens.rule.labelTooLong}
     */
    public static Issued issue(Account account, String label, String createdBy, Instant now) {
        if (account == null || !mayOperate(account)) {
            throw new DomainRuleViolation("imports.tokens.rule.accountNotAllowed");
        }
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new DomainRuleViolation("imports.tokens.rule.labelRequired");
        }
        if (name.length() > MAX_LABEL) {
            throw new DomainRuleViolation("imports.tokens.rule.labelTooLong");
        }
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OperationsToken record = new OperationsToken();
        record.username = account.getUsername();
        record.label = name;
        record.tokenHash = hash(token);
        record.createdBy = createdBy;
        record.createdAt = now;
        return new Issued(record, token);
    }

    /** Whether an account may use the operations API: active, with FINANCE or ADMIN. */
    public static boolean mayOperate(Account account) {
        return account.isActive() && (account.hasRole(Role.FINANCE) || account.hasRole(Role.ADMIN));
    }

    /** The stored form of a token, to look a presented token up by. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** The token no longer works; revoking twice is refused so that the record keeps the first revocation. */
    public void revoke(String by, Instant now) {
        if (!active) {
            throw new DomainRuleViolation("imports.tokens.rule.alreadyRevoked");
        }
        this.active = false;
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public void used(Instant now) {
        this.lastUsedAt = now;
    }

    /** A token just issued: the record, and the token in clear, to be shown once. */
    public record Issued(OperationsToken record, String token) {
        @Override
        public String toString() {
            return "Issued[" + record.username + ", " + record.label + "]";
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public long getVersion() {
        return version;
    }
}
