package ma.commune.portal.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.RevocableSecret;

/**
 * A key the back office issues to an application that files residents' reports through Open311 (the
 * GeoReport v2 standard asks for one to write). It belongs to the requests component because filing cases
 * is all it allows; it is no staff account. Only the key's SHA-256 is kept: the key is shown once, when it
 * is issued. A revoked key stays on record (who revoked it, when) and never works again.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends RevocableSecret {

    private static final long serialVersionUID = 1L;

    public static final int MAX_CLIENT_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_name", nullable = false, length = MAX_CLIENT_NAME)
    private String clientName;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

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
        String key = newSecret("");
        ApiKey record = new ApiKey();
        record.clientName = name;
        record.keyHash = hash(key);
        record.issuedBy(createdBy, now);
        return new Issued(record, key);
    }

    @Override
    protected String alreadyRevokedKey() {
        return "open311.keys.rule.alreadyRevoked";
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
}
