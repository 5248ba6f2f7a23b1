package ma.commune.portal.requests.entity;

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
 * A key the back office issues to an application that files residents' reports through Open311 (the
 * GeoReport v2 standard asks for one to write). It belongs to the requests component because filing cases
 * is all it allows; it is no staff account. Only the key's SHA-256 is kept: the key is shown once, when it
 * is issued. A revoked key stays on record (who revoked it, when) and never works again.
 */
@Entity
@Table(name = "api_key")
public class ApiKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_CLIENT_NAME = 60;
    /** 32 random bytes: a key cannot be guessed, so a plain hash (no salt, no stretching) is enough to store it. */
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_name", nullable = false, length = MAX_CLIENT_NAME)
    private String clientName;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

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

    protected ApiKey() {
    }

    /** A new key and its record: the caller shows {@link Issued#key()} once and never stores it. */
    public static Issued issue(String clientName, String createdBy, Instant now) {
        String name = clientName == null ? "" : clientName.strip();
        if (name.isEmpty()) {
            throw new DomainRuleViolation("open311.keys.rule.clientRequired");
        }
        if (name.length() > MAX_CLIENT_NAME) {
            throw new DomainRuleViolation("open311.keys.rule.clientTooLong");
        }
        byte[] random = new byte[KEY_BYTES];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey record = new ApiKey();
        record.clientName = name;
        record.keyHash = hash(key);
        record.createdBy = createdBy;
        record.createdAt = now;
        return new Issued(record, key);
    }

    /** The stored form of a key, to look a presented key up by. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** The key no longer works; revoking twice is refused so that the record keeps the first revocation. */
    public void revoke(String by, Instant now) {
        if (!active) {
            throw new DomainRuleViolation("open311.keys.rule.alreadyRevoked");
        }
        this.active = false;
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public void used(Instant now) {
        this.lastUsedAt = now;
    }

    /** A key just issued: the record, and the key in clear, to be shown once. */
    public record Issued(ApiKey record, String key) {
        @Override
        public String toString() {
            return "Issued[" + record.clientName + "]";
        }
    }

    public Long getId() {
        return id;
    }

    public String getClientName() {
        return clientName;
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
