package ma.commune.portal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.OperationsToken;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * The operations tokens: administrators issue one to a FINANCE or ADMIN account (shown once) and revoke
 * it; the operations API's authentication turns a presented token into its account. The audit log records
 * the account, the label and the state, never the token nor its hash.
 */
@Stateless
public class OperationsTokens {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    @RolesAllowed("ADMIN")
    public OperationsToken.Issued issue(String username, String label) {
        Account account = username == null ? null : em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.strip()).getResultStream().findFirst().orElse(null);
        OperationsToken.Issued issued = OperationsToken.issue(account, label, context.getCallerPrincipal().getName(), Instant.now());
        em.persist(issued.record());
        em.flush();
        audit.record("issue", "OperationsToken", issued.record().getId(), null, snapshot(issued.record()));
        return issued;
    }

    @RolesAllowed("ADMIN")
    public void revoke(long id) {
        OperationsToken token = Optional.ofNullable(em.find(OperationsToken.class, id))
                .orElseThrow(() -> new DomainRuleViolation("imports.tokens.rule.unknown"));
        Map<String, Object> before = snapshot(token);
        token.revoke(context.getCallerPrincipal().getName(), Instant.now());
        audit.record("revoke", "OperationsToken", token.getId(), before, snapshot(token));
    }

    /** A page of the tokens, newest first. */
    @RolesAllowed("ADMIN")
    public List<OperationsToken> list(int first, int max) {
        return em.createQuery("select t from OperationsToken t order by t.createdAt desc, t.id desc", OperationsToken.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count() {
        return em.createQuery("select count(t) from OperationsToken t", Long.class).getSingleResult();
    }

    /** The accounts a token may be issued to: active, FINANCE or ADMIN, by user name. */
    @RolesAllowed("ADMIN")
    public List<String> operators() {
        return em.createQuery("select a from Account a where a.active = true order by a.username", Account.class).getResultStream()
                .filter(OperationsToken::mayOperate).map(Account::getUsername).toList();
    }

    /**
     * The account a presented token acts as, with its roles now, the token marked as used; refused alike
     * for a missing, unknown or revoked token and for an account that is inactive or may no longer operate.
     */
    @PermitAll
    public LoginResult authenticate(String presented) {
        Optional<OperationsToken> token = OperationsToken.hashOfPresented(presented).flatMap(hash -> em.createQuery(
                        "select t from OperationsToken t where t.tokenHash = :hash and t.active = true", OperationsToken.class)
                .setParameter("hash", hash).getResultStream().findFirst());
        if (token.isEmpty()) {
            return LoginResult.refused();
        }
        Optional<Account> account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", token.get().getUsername()).getResultStream().findFirst().filter(OperationsToken::mayOperate);
        if (account.isEmpty()) {
            return LoginResult.refused();
        }
        token.get().used(Instant.now());
        return new LoginResult(true, account.get().getUsername(),
                account.get().getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    private static Map<String, Object> snapshot(OperationsToken token) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("account", token.getUsername());
        s.put("label", token.getLabel());
        s.put("active", token.isActive());
        return s;
    }
}
