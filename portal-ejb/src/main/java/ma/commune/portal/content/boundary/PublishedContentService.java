package ma.commune.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.PublishedContent;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.PageRequest;

/**
 * The editorial workflow a window's service shares (legal texts, reports): saving with optimistic
 * concurrency, publishing, withdrawing and deleting, each audited with a before/after snapshot and
 * told to {@link Publication} so that search and the public-page cache follow.
 * Security annotations of a superclass apply to its own methods: this class is staff-only too.
 */
@RolesAllowed({"EDITOR", "ADMIN"})
public abstract class PublishedContentService<T extends PublishedContent> {

    @PersistenceContext(unitName = "portal")
    protected EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    protected abstract Class<T> type();

    /** The entity name in the audit log. */
    protected abstract String auditName();

    protected abstract Map<String, Object> snapshot(T item);

    /** The item as search and the public pages know it (kind, public path, texts). */
    protected abstract SearchDocument searchDocument(T item);

    /** The columns the back office's table sorts by: the table's field name and its path on the alias {@code e}. */
    protected abstract Map<String, String> sortableFields();

    /**
     * The conditions of the back office's filters on the alias {@code e}: the title (either language)
     * and the status here; a window adds its own ({@code type}, {@code category}).
     */
    protected void addFilters(PageRequest page, List<Condition> conditions) {
        if (page.filter("title") != null) {
            conditions.add(new Condition("(lower(e.title.ar) like :title or lower(e.title.fr) like :title)", "title",
                    "%" + page.filter("title").toLowerCase() + "%"));
        }
        if (page.filter("status") != null) {
            conditions.add(new Condition("e.status = :status", "status", PublicationStatus.valueOf(page.filter("status"))));
        }
    }

    /** The back office's table: a page of items, filtered and sorted in the database. */
    public List<T> search(PageRequest page) {
        String order = sortableFields().getOrDefault(page.sortField() == null ? "" : page.sortField(), "e.updatedAt");
        boolean ascending = page.sortField() != null && page.ascending();
        TypedQuery<T> query = staffQuery("select e from " + type().getSimpleName() + " e", page,
                " order by " + order + (ascending ? " asc" : " desc") + ", e.id desc", type());
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        return staffQuery("select count(e) from " + type().getSimpleName() + " e", page, "", Long.class).getSingleResult();
    }

    private <R> TypedQuery<R> staffQuery(String select, PageRequest page, String order, Class<R> result) {
        List<Condition> conditions = new ArrayList<>();
        addFilters(page, conditions);
        String where = conditions.isEmpty() ? "" : " where "
                + String.join(" and ", conditions.stream().map(Condition::jpql).toList());
        TypedQuery<R> query = em.createQuery(select + where + order, result);
        conditions.forEach(condition -> query.setParameter(condition.parameter(), condition.value()));
        return query;
    }

    /** One condition of a filter: its JPQL on the alias {@code e} and the parameter it binds. */
    protected record Condition(String jpql, String parameter, Object value) {
    }

    public T find(long id) {
        T item = em.find(type(), id);
        if (item == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return item;
    }

    /** The item an editor is changing, refused if someone else saved it since the editor opened it. */
    protected T findForEdit(long id, long version) {
        T item = find(id);
        if (item.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        return item;
    }

    /** Ends a save: writes the item, audits it, and refreshes its public face when it is published. */
    protected T saved(T item, Map<String, Object> before) {
        item.edited(Instant.now());
        if (item.getId() == null) {
            em.persist(item);
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        audit.record(before == null ? "create" : "update", auditName(), item.getId(), before, snapshot(item));
        if (item.isPublished()) {
            publication.published(searchDocument(item));
        }
        return item;
    }

    public T publish(long id) {
        T item = find(id);
        Map<String, Object> before = snapshot(item);
        item.publish(Instant.now());
        audit.record("publish", auditName(), id, before, snapshot(item));
        publication.published(searchDocument(item));
        return item;
    }

    public T unpublish(long id) {
        T item = find(id);
        Map<String, Object> before = snapshot(item);
        item.unpublish(Instant.now());
        audit.record("unpublish", auditName(), id, before, snapshot(item));
        publication.withdrawn(searchDocument(item).kind(), id);
        return item;
    }

    /** Deletes a draft; a published item must be withdrawn first, so that nothing public vanishes by mistake. */
    public void delete(long id) {
        T item = find(id);
        if (item.isPublished()) {
            throw new DomainRuleViolation("content.rule.withdrawBeforeDeleting");
        }
        Map<String, Object> before = snapshot(item);
        em.remove(item);
        audit.record("delete", auditName(), id, before, null);
    }
}
