package ma.commune.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ma.commune.portal.content.entity.SearchEntry;
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

    public void published(SearchDocument document) {
        SearchEntry entry = find(document.kind(), document.itemId());
        if (entry == null) {
            entry = new SearchEntry(document.kind(), document.itemId());
            em.persist(entry);
        }
        entry.index(document.path(), document.title(), plain(document.text()), document.date());
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
