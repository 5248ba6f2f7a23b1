package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.Publication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.PublishedContent;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;

/**
 * The editorial workflow the windows' services share (legal texts, reports, partnerships, projects,
 * news, the services catalogue): saving with optimistic concurrency, publishing, withdrawing and
 * deleting, each audited with a before/after snapshot and told to {@link Publication} so that search
 * and the public-page cache follow; residents read published items only. Security annotations of a
 * superclass apply to its own methods only: this class is staff-only too, and a subclass annotates its own.
 */
@RolesAllowed({"EDITOR", "ADMIN"})
public abstract class EditorialWorkflow<T extends PublishedContent> {

    @PersistenceContext(unitName = "portal")
    protected EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    protected abstract Class<T> type();

    /** The kind of the items in search ({@code legal}, {@code project}, ...). */
    protected abstract String kind();

    /** The entity name in the audit log. */
    protected String auditName() {
        return type().getSimpleName();
    }

    protected abstract Map<String, Object> snapshot(T item);

    /** The item as search and the public pages know it (kind, public path, texts). */
    protected abstract SearchDocument searchDocument(T item);

    /** The columns the back office's table sorts by: the table's field name and its path on the alias {@code e}. */
    protected Map<String, String> sortableFields() {
        return Map.of();
    }

    /** Loads what a page shows of the item while the transaction is open (its collections). */
    protected T loaded(T item) {
        return item;
    }

    /** A published item with what its page shows; a draft does not exist for the public. */
    @PermitAll
    public Optional<T> findPublished(long id) {
        return em.createQuery("select i from " + type().getSimpleName() + " i where i.id = :id and i.status = :published", type())
                .setParameter("id", id).setParameter("published", PublicationStatus.PUBLISHED)
                .getResultStream().findFirst().map(this::loaded);
    }

    /**
     * Every published item for search, read a chunk at a time in the order of their ids (each chunk
     * after the last id read: an item published meanwhile neither shifts nor repeats one).
     */
    @PermitAll
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        long after = 0;
        while (true) {
            List<T> chunk = em.createQuery("select e from " + type().getSimpleName() + " e where e.status = :published"
                            + " and e.id > :after order by e.id", type())
                    .setParameter("published", PublicationStatus.PUBLISHED).setParameter("after", after)
                    .setMaxResults(PageRequest.MAX_SIZE).getResultList();
            chunk.forEach(item -> documents.add(searchDocument(item)));
            if (chunk.size() < PageRequest.MAX_SIZE) {
                return documents;
            }
            after = chunk.get(chunk.size() - 1).getId();
        }
    }

    /**
     * Where the items keep stored files (a PDF, photos, forms...), each as the JPQL that follows
     * {@code from <Entity> e}: a join when the files are in a collection, then a {@code where} on
     * {@code :file}. None by default.
     */
    protected List<String> fileReferences() {
        return List.of();
    }

    /** Whether a published item uses the stored file: only such a file is served to the public. */
    @PermitAll
    public boolean publishesFile(long fileId) {
        return refersTo(fileId, true);
    }

    /** Whether any item, draft or published, uses the stored file: its editors open it in the back office. */
    public boolean usesFile(long fileId) {
        return refersTo(fileId, false);
    }

    private boolean refersTo(long fileId, boolean publishedOnly) {
        for (String reference : fileReferences()) {
            TypedQuery<Long> count = em.createQuery("select count(e) from " + type().getSimpleName() + " e " + reference
                    + (publishedOnly ? " and e.status = :published" : ""), Long.class).setParameter("file", fileId);
            if (publishedOnly) {
                count.setParameter("published", PublicationStatus.PUBLISHED);
            }
            if (count.getSingleResult() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The localized text the back office's table shows first and filters by (in either language, any
     * case): {@code title} unless the kind names its items otherwise ({@code name}, {@code partner}).
     * It is both the attribute and the filter's name.
     */
    protected String nameField() {
        return "title";
    }

    /**
     * The conditions of the back office's filters on the alias {@code e}: the name and the publication
     * status here; a window adds its own ({@code type}, {@code category}, {@code district}, ...).
     */
    protected QueryConditions conditions(PageRequest page) {
        String name = nameField();
        return new QueryConditions()
                .add("(lower(e." + name + ".ar) like :" + name + " or lower(e." + name + ".fr) like :" + name + ")", name,
                        QueryConditions.containing(page.filter(name)))
                .add("e.status = :status", "status", page.filter("status", PublicationStatus.class));
    }

    /** The back office's table: a page of items, filtered and sorted in the database. */
    public List<T> search(PageRequest page) {
        String order = sortableFields().getOrDefault(page.sortField() == null ? "" : page.sortField(), "e.updatedAt");
        boolean ascending = page.sortField() != null && page.ascending();
        QueryConditions conditions = conditions(page);
        return conditions.bind(em.createQuery("select e from " + type().getSimpleName() + " e" + conditions.where()
                        + " order by " + order + (ascending ? " asc" : " desc") + ", e.id desc", type()))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        QueryConditions conditions = conditions(page);
        return conditions.bind(em.createQuery("select count(e) from " + type().getSimpleName() + " e" + conditions.where(), Long.class))
                .getSingleResult();
    }

    /** Any item, draft or published, with what its page shows (the back office, the preview). */
    public T find(long id) {
        T item = em.find(type(), id);
        if (item == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return loaded(item);
    }

    /** The item an editor is changing, refused if someone else saved it since the editor opened it. */
    protected T editable(long id, long version) {
        T item = find(id);
        if (item.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        return item;
    }

    /**
     * Ends a save: writes the item and its audit entry; a published item must stay publishable, and its
     * public face (search, cache) follows the edit.
     */
    protected T store(T item, Map<String, Object> before) {
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

    /** Ends a save-and-publish, in the save's transaction: an item that cannot be published is not saved either. */
    protected T publishSaved(T saved) {
        return saved.isPublished() ? saved : publish(saved.getId());
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
        publication.withdrawn(kind(), id);
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

    /** The same page with only published items (the public lists), in the order the caller asked. */
    protected static PageRequest publishedOnly(PageRequest page) {
        Map<String, String> filters = new HashMap<>(page.filters());
        filters.put("status", PublicationStatus.PUBLISHED.name());
        return new PageRequest(page.first(), page.size(), filters, page.sortField(), page.ascending());
    }
}
