package ma.commune.portal.identity.entity;

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
 * A token an administrator issues to a FINANCE or ADMIN account for the operations API (the imports):
 * a script presents it as {@code Authorization: Bearer <token>} and acts as that account, with the
 * account's roles as they are when it is used. Only the token's SHA-256 is kept: it is shown once, when
 * it is issued. A revoked token stays on record (who revoked it, when) and never works again.
 */
@Entity
@Table(name = "operations_token")
public class OperationsToken extends RevocableSecret {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LABEL = 60;
    /** The prefix that tells an operations token from other secrets in a script's configuration. */
    public static final String PREFIX = "pops_";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

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
        String token = newSecret(PREFIX);
        OperationsToken record = new OperationsToken();
        record.username = account.getUsername();
        record.label = name;
        record.tokenHash = hash(token);
        record.issuedBy(createdBy, now);
        return new Issued(record, token);
    }

    @Override
    protected String alreadyRevokedKey() {
        return "imports.tokens.rule.alreadyRevoked";
    }

    /** Whether an account may use the operations API: active, with FINANCE or ADMIN. */
    public static boolean mayOperate(Account account) {
        return account.isActive() && (account.hasRole(Role.FINANCE) || account.hasRole(Role.ADMIN));
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
}
