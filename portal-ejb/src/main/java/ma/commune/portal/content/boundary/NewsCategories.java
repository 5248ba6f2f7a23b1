package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.Publication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/** The headings of the news, managed by editors; each change audited and shown at once on the public pages. */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class NewsCategories {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    @PermitAll
    public List<NewsCategory> all() {
        return em.createQuery("select c from NewsCategory c order by c.position, c.id", NewsCategory.class).getResultList();
    }

    @PermitAll
    public Optional<NewsCategory> bySlug(String slug) {
        return em.createQuery("select c from NewsCategory c where c.slug = :slug", NewsCategory.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Creates ({@code id} null) or renames a category; a slug names one category only. */
    public NewsCategory save(Long id, long version, String slug, LocalizedText name, int position) {
        NewsCategory category;
        Map<String, Object> before = null;
        if (id == null) {
            category = new NewsCategory(slug, name, position);
        } else {
            category = em.find(NewsCategory.class, id);
            if (category == null) {
                throw new DomainRuleViolation("error.notFound");
            }
            if (category.getVersion() != version) {
                throw new DomainRuleViolation("error.concurrentChange");
            }
            before = snapshot(category);
            category.change(slug, name, position);
        }
        Optional<NewsCategory> sameSlug = bySlug(category.getSlug());
        if (sameSlug.isPresent() && !sameSlug.get().getId().equals(category.getId())) {
            throw new DomainRuleViolation("newsCategory.rule.slugTaken");
        }
        if (category.getId() == null) {
            em.persist(category);
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        audit.record(before == null ? "create" : "update", "NewsCategory", category.getId(), before, snapshot(category));
        publication.changed();
        return category;
    }

    /** Deletes a category no article is filed under (an article keeps its heading until moved). */
    public void delete(long id) {
        NewsCategory category = em.find(NewsCategory.class, id);
        if (category == null) {
            return;
        }
        long used = em.createQuery("select count(n) from NewsArticle n where n.category.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (used > 0) {
            throw new DomainRuleViolation("newsCategory.rule.inUse");
        }
        audit.record("delete", "NewsCategory", id, snapshot(category), null);
        em.remove(category);
        publication.changed();
    }

    static Map<String, Object> snapshot(NewsCategory category) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("slug", category.getSlug());
        state.put("nameAr", category.getName().getAr());
        state.put("nameFr", category.getName().getFr());
        state.put("position", category.getPosition());
        return state;
    }
}
