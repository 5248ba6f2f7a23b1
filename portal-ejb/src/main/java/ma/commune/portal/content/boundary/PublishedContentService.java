package ma.commune.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
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

/**
 * The workflow that the windows' items share, on top of their own fields: an editor's save guarded
 * against overwriting a colleague's (version), publication and withdrawal, each change audited with
 * its before and after, and search and the public-page cache told in the same transaction.
 * Residents read published items only.
 */
@RolesAllowed({"EDITOR", "ADMIN"})
public abstract class PublishedContentService<T extends PublishedContent> {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    protected abstract Class<T> type();

    /** The kind of the items in search ({@code project}, {@code partnership}). */
    protected abstract String kind();

    /** The item's fields as the audit log keeps them. */
    protected abstract Map<String, Object> snapshot(T item);

    protected abstract SearchDocument searchDocument(T item);

    /** Loads what a page shows of the item while the transaction is open (its collections). */
    protected abstract T loaded(T item);

    /** A published item with what its page shows; a draft does not exist for the public. */
    @PermitAll
    public Optional<T> findPublished(long id) {
        return em.createQuery("select i from " + type().getSimpleName() + " i where i.id = :id and i.status = :published", type())
                .setParameter("id", id).setParameter("published", PublicationStatus.PUBLISHED)
                .getResultStream().findFirst().map(this::loaded);
    }

    /** Every published item for search, read a chunk at a time. */
    @PermitAll
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            List<T> chunk = em.createQuery("select i from " + type().getSimpleName() + " i where i.status = :published"
                            + " order by i.id", type())
                    .setParameter("published", PublicationStatus.PUBLISHED)
                    .setFirstResult(first).setMaxResults(PageRequest.MAX_SIZE).getResultList();
            chunk.forEach(item -> documents.add(searchDocument(item)));
            if (chunk.size() < PageRequest.MAX_SIZE) {
                return documents;
            }
        }
    }

    /** Any item, draft or published, with what its page shows (the back office, the preview). */
    public T find(long id) {
        T item = em.find(type(), id);
        if (item == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return loaded(item);
    }

    public T publish(long id) {
        T item = find(id);
        Map<String, Object> before = snapshot(item);
        item.publish(Instant.now());
        audit.record("publish", type().getSimpleName(), id, before, snapshot(item));
        publication.published(searchDocument(item));
        return item;
    }

    public T unpublish(long id) {
        T item = find(id);
        Map<String, Object> before = snapshot(item);
        item.unpublish(Instant.now());
        audit.record("unpublish", type().getSimpleName(), id, before, snapshot(item));
        publication.withdrawn(kind(), id);
        return item;
    }

    /** The item an editor changes, as long as nobody saved it since they opened it. */
    protected T editable(long id, long version) {
        T item = find(id);
        if (item.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        return item;
    }

    /**
     * Writes a new or changed item and its audit entry; a published item must stay publishable and
     * its public face (search, cache) follows the edit.
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
        audit.record(before == null ? "create" : "update", type().getSimpleName(), item.getId(), before, snapshot(item));
        if (item.isPublished()) {
            publication.published(searchDocument(item));
        }
        return item;
    }

    /** The same page with only published items (the public lists), in the order the caller asked. */
    protected static PageRequest publishedOnly(PageRequest page) {
        Map<String, String> filters = new HashMap<>(page.filters());
        filters.put("status", PublicationStatus.PUBLISHED.name());
        return new PageRequest(page.first(), page.size(), filters, page.sortField(), page.ascending());
    }

    /** A filter's value as an enum constant; no filter when it names none (a hand-edited address). */
    protected static <E extends Enum<E>> E enumFilter(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
