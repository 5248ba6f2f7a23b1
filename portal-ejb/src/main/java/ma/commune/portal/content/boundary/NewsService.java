package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.Publication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.HtmlSanitizer;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * News and activities of the commune. Residents see published articles only; editors write, publish
 * and withdraw them, and every change lands in the audit log.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class NewsService {

    public static final String KIND = "news";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HtmlSanitizer sanitizer;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    // ---- public

    @PermitAll
    public List<NewsArticle> latestPublished(int first, int max) {
        return latestPublished(null, first, max);
    }

    /** The newest published articles, of one category when {@code categorySlug} names one (filtered in the database). */
    @PermitAll
    public List<NewsArticle> latestPublished(String categorySlug, int first, int max) {
        return publishedQuery("select n", categorySlug, " order by n.publishedAt desc, n.id desc", NewsArticle.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(max, PageRequest.MAX_SIZE)).getResultList();
    }

    @PermitAll
    public long countPublished() {
        return countPublished(null);
    }

    @PermitAll
    public long countPublished(String categorySlug) {
        return publishedQuery("select count(n)", categorySlug, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> publishedQuery(String select, String categorySlug, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " from NewsArticle n where n.status = :published"
                + (categorySlug == null ? "" : " and n.category.slug = :slug") + order, type)
                .setParameter("published", PublicationStatus.PUBLISHED);
        return categorySlug == null ? query : query.setParameter("slug", categorySlug);
    }

    /** A published article; a draft does not exist for the public. */
    @PermitAll
    public Optional<NewsArticle> findPublished(long id) {
        return em.createQuery("select n from NewsArticle n where n.id = :id and n.status = :published", NewsArticle.class)
                .setParameter("id", id).setParameter("published", PublicationStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    // ---- back office

    public List<NewsArticle> search(PageRequest page) {
        String order = switch (page.sortField() == null ? "" : page.sortField()) {
            case "status" -> "n.status";
            case "publishedAt" -> "n.publishedAt";
            case "title" -> "n.title.ar";
            default -> "n.updatedAt";
        };
        boolean ascending = page.sortField() != null && page.ascending();
        TypedQuery<NewsArticle> query = em.createQuery("select n from NewsArticle n" + where(page)
                + " order by " + order + (ascending ? " asc" : " desc") + ", n.id desc", NewsArticle.class);
        bind(query, page);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        TypedQuery<Long> query = em.createQuery("select count(n) from NewsArticle n" + where(page), Long.class);
        bind(query, page);
        return query.getSingleResult();
    }

    public NewsArticle find(long id) {
        NewsArticle article = em.find(NewsArticle.class, id);
        if (article == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return article;
    }

    /** Creates or updates an article. It keeps its status: publishing is a separate, deliberate act. */
    public NewsArticle save(NewsForm form) {
        Instant now = Instant.now();
        NewsArticle article;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            article = new NewsArticle(form.title(), form.summary(), sanitizedBody(form), now);
        } else {
            article = find(form.getId());
            if (article.getVersion() != form.getVersion()) {
                // Someone else saved it meanwhile: never overwrite their work silently.
                throw new DomainRuleViolation("error.concurrentChange");
            }
            before = snapshot(article);
            article.setTitle(form.title());
            article.setSummary(form.summary());
            article.setBody(sanitizedBody(form));
        }
        if (form.title().isEmpty()) {
            throw new DomainRuleViolation("news.rule.titleRequired");
        }
        article.setPublishedAt(publicationDate(article, form));
        article.setImage(form.getImageId() == null ? null : em.find(StoredFile.class, form.getImageId()));
        article.setCategory(form.getCategoryId() == null ? null : em.find(NewsCategory.class, form.getCategoryId()));
        // A published article stays publishable after an edit, or the edit is refused.
        article.edited(now);
        if (article.getId() == null) {
            em.persist(article);
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        audit.record(before == null ? "create" : "update", "NewsArticle", article.getId(), before, snapshot(article));
        if (article.isPublished()) {
            publication.published(document(article));
        }
        return article;
    }

    /** Saves and publishes in one transaction: if the article cannot be published, nothing is saved. */
    public NewsArticle saveAndPublish(NewsForm form) {
        NewsArticle article = save(form);
        return article.isPublished() ? article : publish(article.getId());
    }

    /**
     * The editor's date when they chose one; the article's own instant when the date shown is still
     * its date (so an edit never moves an article in the news order); none for a draft left empty.
     */
    private static Instant publicationDate(NewsArticle article, NewsForm form) {
        Instant current = article.getPublishedAt();
        if (form.getPublicationDate() == null) {
            return article.isPublished() ? current : null;
        }
        boolean unchanged = current != null
                && current.atZone(ma.commune.portal.shared.CommuneTime.ZONE).toLocalDate().equals(form.getPublicationDate());
        return unchanged ? current : form.publicationInstant();
    }

    public NewsArticle publish(long id) {
        NewsArticle article = find(id);
        Map<String, Object> before = snapshot(article);
        article.publish(Instant.now());
        audit.record("publish", "NewsArticle", id, before, snapshot(article));
        publication.published(document(article));
        return article;
    }

    public NewsArticle unpublish(long id) {
        NewsArticle article = find(id);
        Map<String, Object> before = snapshot(article);
        article.unpublish(Instant.now());
        audit.record("unpublish", "NewsArticle", id, before, snapshot(article));
        publication.withdrawn(KIND, id);
        return article;
    }

    private LocalizedText sanitizedBody(NewsForm form) {
        return LocalizedText.of(sanitizer.sanitize(form.getBodyAr()), sanitizer.sanitize(form.getBodyFr()));
    }

    /** A published article as the search index reads it: its summary and body. */
    static SearchDocument document(NewsArticle article) {
        return new SearchDocument(KIND, article.getId(), "/news/" + article.getId(), article.getTitle(),
                IndexedText.of(article.getSummary(), article.getBody()), article.getPublishedAt());
    }

    static Map<String, Object> snapshot(NewsArticle article) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("titleAr", article.getTitle().getAr());
        state.put("titleFr", article.getTitle().getFr());
        state.put("summaryAr", article.getSummary().getAr());
        state.put("summaryFr", article.getSummary().getFr());
        state.put("bodyAr", article.getBody().getAr());
        state.put("bodyFr", article.getBody().getFr());
        state.put("imageId", article.getImage() == null ? null : article.getImage().getId());
        state.put("category", article.getCategory() == null ? null : article.getCategory().getSlug());
        state.put("status", article.getStatus().name());
        state.put("publishedAt", article.getPublishedAt() == null ? null : article.getPublishedAt().toString());
        return state;
    }

    private static String where(PageRequest page) {
        List<String> clauses = new ArrayList<>();
        if (page.filter("title") != null) {
            clauses.add("(lower(n.title.ar) like :title or lower(n.title.fr) like :title)");
        }
        if (page.filter("status", PublicationStatus.class) != null) {
            clauses.add("n.status = :status");
        }
        if (page.filter("category") != null) {
            clauses.add("n.category.slug = :category");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, PageRequest page) {
        if (page.filter("title") != null) {
            query.setParameter("title", "%" + page.filter("title").toLowerCase() + "%");
        }
        if (page.filter("status", PublicationStatus.class) != null) {
            query.setParameter("status", page.filter("status", PublicationStatus.class));
        }
        if (page.filter("category") != null) {
            query.setParameter("category", page.filter("category"));
        }
    }
}
