package ma.commune.portal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.shared.boundary.AuditedChange;
import ma.commune.portal.shared.boundary.PageRequest;

/**
 * The audit log of the back office: every change, who made it, when, and the state before and after.
 * Entries are written in the transaction of the change, so a change and its entry land together or
 * not at all.
 */
@Stateless
@PermitAll
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    /** Records a change made in a {@code shared} service, which fires it rather than know this log. */
    public void record(@Observes AuditedChange change) {
        record(change.action(), change.entityType(), change.entityId(), change.before(), change.after());
    }

    /**
     * Records a change. {@code before} and {@code after} are snapshots (maps of field to value) of
     * what changed; {@code null} for a creation or a deletion.
     */
    public void record(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditEntry(Instant.now(), actor(), action, entityType,
                entityId == null ? null : entityId.toString(), json(before), json(after)));
    }

    /** Records an event of the system itself (start-up, seeding), not of a person. */
    public void recordSystem(String action, String entityType, Object entityId, Map<String, ?> after) {
        em.persist(new AuditEntry(Instant.now(), "system", action, entityType,
                entityId == null ? null : entityId.toString(), null, json(after)));
    }

    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(PageRequest page) {
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(page)
                + " order by e.occurredAt " + (page.ascending() ? "asc" : "desc") + ", e.id desc", AuditEntry.class);
        bind(query, page);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(PageRequest page) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(page), Long.class);
        bind(query, page);
        return query.getSingleResult();
    }

    private static String where(PageRequest page) {
        List<String> clauses = new ArrayList<>();
        if (page.filter("actor") != null) {
            clauses.add("lower(e.actor) like :actor");
        }
        if (page.filter("entityType") != null) {
            clauses.add("e.entityType = :entityType");
        }
        if (page.filter("action") != null) {
            clauses.add("lower(e.action) like :action");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, PageRequest page) {
        if (page.filter("actor") != null) {
            query.setParameter("actor", "%" + page.filter("actor").toLowerCase() + "%");
        }
        if (page.filter("entityType") != null) {
            query.setParameter("entityType", page.filter("entityType"));
        }
        if (page.filter("action") != null) {
            query.setParameter("action", "%" + page.filter("action").toLowerCase() + "%");
        }
    }

    private String actor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "anonymous" : name;
    }

    private static String json(Map<String, ?> snapshot) {
        return snapshot == null ? null : JSON.toJson(snapshot);
    }
}
