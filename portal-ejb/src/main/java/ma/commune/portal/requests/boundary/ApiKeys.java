package ma.commune.portal.requests.boundary;

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
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.requests.entity.ApiKey;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * The Open311 API keys: administrators issue one per client application (the key is shown once) and
 * revoke it; the API checks a presented key. The audit log records the client's name and the key's state,
 * never the key nor its hash.
 */
@Stateless
public class ApiKeys {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    @RolesAllowed("ADMIN")
    public ApiKey.Issued issue(String clientName) {
        ApiKey.Issued issued = ApiKey.issue(clientName, context.getCallerPrincipal().getName(), Instant.now());
        em.persist(issued.record());
        em.flush();
        audit.record("issue", "ApiKey", issued.record().getId(), null, snapshot(issued.record()));
        return issued;
    }

    @RolesAllowed("ADMIN")
    public void revoke(long id) {
        ApiKey key = Optional.ofNullable(em.find(ApiKey.class, id))
                .orElseThrow(() -> new DomainRuleViolation("open311.keys.rule.unknown"));
        Map<String, Object> before = snapshot(key);
        key.revoke(context.getCallerPrincipal().getName(), Instant.now());
        audit.record("revoke", "ApiKey", key.getId(), before, snapshot(key));
    }

    /** A page of the keys, newest first. */
    @RolesAllowed("ADMIN")
    public List<ApiKey> list(int first, int max) {
        return em.createQuery("select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count() {
        return em.createQuery("select count(k) from ApiKey k", Long.class).getSingleResult();
    }

    /** Whether a presented key is active (read only: the API checks it before it reads the rest of a request). */
    @PermitAll
    public boolean recognises(String presented) {
        return active(presented).isPresent();
    }

    /** The active key presented by a client, marked as used now; empty for a missing, unknown or revoked key alike. */
    @PermitAll
    public Optional<ApiKey> use(String presented) {
        Optional<ApiKey> key = active(presented);
        key.ifPresent(k -> k.used(Instant.now()));
        return key;
    }

    private Optional<ApiKey> active(String presented) {
        return ApiKey.hashOfPresented(presented).flatMap(hash -> em.createQuery(
                        "select k from ApiKey k where k.keyHash = :hash and k.active = true", ApiKey.class)
                .setParameter("hash", hash).getResultStream().findFirst());
    }

    private static Map<String, Object> snapshot(ApiKey key) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("client", key.getClientName());
        s.put("active", key.isActive());
        return s;
    }
}
