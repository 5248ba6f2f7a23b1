package ma.commune.portal.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
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
 * What every secret the back office issues to a machine has in common (Open311 API keys, operations
 * tokens): 32 random bytes shown once, when issued; only their SHA-256 stored, to look a presented secret
 * up by (a secret that cannot be guessed needs no salt nor stretching); who issued it and when; revoked
 * once and for good, the record kept (who revoked it, when); when it was last used.
 */
@MappedSuperclass
public abstract class RevocableSecret implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

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

    protected RevocableSecret() {
    }

    /** A new secret in clear: the prefix, then 32 random bytes in URL-safe Base64. */
    protected static String newSecret(String prefix) {
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The stored form of a secret, to look a presented secret up by. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /**
     * The hash to look a secret presented by a client up by; empty for a missing or blank one and for one
     * too long to be a secret of ours (never hashed: a client cannot make the server hash megabytes).
     */
    public static java.util.Optional<String> hashOfPresented(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(hash(presented.strip()));
    }

    /** Records who issued the secret and when. */
    protected void issuedBy(String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
    }

    /** The message key of the refusal to revoke a secret twice. */
    protected abstract String alreadyRevokedKey();

    /** The secret no longer works; revoking twice is refused so that the record keeps the first revocation. */
    public void revoke(String by, Instant now) {
        if (!active) {
            throw new DomainRuleViolation(alreadyRevokedKey());
        }
        this.active = false;
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public void used(Instant now) {
        this.lastUsedAt = now;
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
