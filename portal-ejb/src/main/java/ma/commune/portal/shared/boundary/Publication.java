package ma.commune.portal.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import ma.commune.portal.shared.control.PublicPageCache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ma.commune.portal.shared.entity.SearchEntry;
import ma.commune.portal.shared.LocalizedText;
import org.jsoup.Jsoup;

/**
 * What every window tells the portal when its public face changes, in the transaction of the change:
 * an item published or edited while public ({@link #published}), an item withdrawn or deleted
 * ({@link #withdrawn}), or any other change of a public page ({@link #changed}). It keeps the search
 * index in step and bumps the content generation, which empties every instance's cache of public pages.
 * Callers are the windows' own services, which check the editor's role themselves.
 */
@Stateless
@PermitAll
public class Publication {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PublicPageCache pages;

    public void published(SearchDocument document) {
        SearchEntry entry = find(document.kind(), document.itemId());
        if (entry == null) {
            entry = new SearchEntry(document.kind(), document.itemId());
            em.persist(entry);
        }
        entry.index(document.path(), document.title(), plain(document.text()), document.date());
        changed();
    }

    /**
     * Makes the index of one kind exactly {@code documents}: entries of items no longer published go,
     * the others are rewritten. Used at start-up, since migrations write items without this service.
     */
    public void reindex(String kind, java.util.List<SearchDocument> documents) {
        java.util.Set<Long> current = new java.util.HashSet<>();
        for (SearchDocument document : documents) {
            if (!kind.equals(document.kind())) {
                throw new IllegalArgumentException("a " + kind + " source returned a " + document.kind());
            }
            current.add(document.itemId());
            SearchEntry entry = find(kind, document.itemId());
            if (entry == null) {
                entry = new SearchEntry(kind, document.itemId());
                em.persist(entry);
            }
            entry.index(document.path(), document.title(), plain(document.text()), document.date());
        }
        em.createQuery("select e from SearchEntry e where e.kind = :kind", SearchEntry.class)
                .setParameter("kind", kind).getResultStream()
                .filter(entry -> !current.contains(entry.getItemId()))
                .forEach(em::remove);
        changed();
    }

    public void withdrawn(String kind, long itemId) {
        SearchEntry entry = find(kind, itemId);
        if (entry != null) {
            em.remove(entry);
        }
        changed();
    }

    public void changed() {
        em.createNativeQuery("UPDATE content_generation SET generation = generation + 1 WHERE id = 1").executeUpdate();
        // This instance's copies of public pages go as soon as the change is committed (not before:
        // a page rendered meanwhile would show the old content), and not at all if it is rolled back.
        // The row is locked by the update until the commit: the generation read here is the one committed.
        AtomicLong committed = (AtomicLong) transactions.getResource(Publication.class);
        if (committed == null) {
            AtomicLong generation = new AtomicLong();
            committed = generation;
            transactions.putResource(Publication.class, generation);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        pages.invalidate(generation.get());
                    }
                }
            });
        }
        committed.set(generation());
    }

    /** The generation of published content; it grows with every change. */
    public long generation() {
        return ((Number) em.createNativeQuery("SELECT generation FROM content_generation WHERE id = 1")
                .getSingleResult()).longValue();
    }

    private SearchEntry find(String kind, long itemId) {
        return em.createQuery("select e from SearchEntry e where e.kind = :kind and e.itemId = :id", SearchEntry.class)
                .setParameter("kind", kind).setParameter("id", itemId)
                .getResultStream().findFirst().orElse(null);
    }

    static LocalizedText plain(LocalizedText text) {
        if (text == null) {
            return new LocalizedText();
        }
        return LocalizedText.of(plain(text.getAr()), plain(text.getFr()));
    }

    private static String plain(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }
}
