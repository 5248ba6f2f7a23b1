package ma.commune.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.control.HtmlSanitizer;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * News and activities of the commune. Residents see published articles only, newest first; editors
 * write, publish and withdraw them on the windows' editorial workflow, every change audited.
 */
@Stateless
// Class-level roles cover only the methods a class declares: the base class carries its own.
@RolesAllowed({"EDITOR", "ADMIN"})
public class NewsArticles extends EditorialWorkflow<NewsArticle> {

    public static final String KIND = "news";

    @Inject
    HtmlSanitizer sanitizer;

    @Override
    protected Class<NewsArticle> type() {
        return NewsArticle.class;
    }

    @Override
    protected String kind() {
        return KIND;
    }

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

    private <R> TypedQuery<R> publishedQuery(String select, String categorySlug, String order, Class<R> type) {
        TypedQuery<R> query = em.createQuery(select + " from NewsArticle n where n.status = :published"
                + (categorySlug == null ? "" : " and n.category.slug = :slug") + order, type)
                .setParameter("published", PublicationStatus.PUBLISHED);
        return categorySlug == null ? query : query.setParameter("slug", categorySlug);
    }

    // ---- back office

    @Override
    protected List<String> fileReferences() {
        return List.of("where e.image.id = :file");
    }

    @Override
    protected Map<String, String> sortableFields() {
        return Map.of("status", "e.status", "publishedAt", "e.publishedAt", "title", "e.title.ar");
    }

    @Override
    protected QueryConditions conditions(PageRequest page) {
        return super.conditions(page).add("e.category.slug = :category", "category", page.filter("category"));
    }

    /** Creates or updates an article. It keeps its status: publishing is a separate, deliberate act. */
    public NewsArticle save(NewsForm form) {
        NewsArticle article;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            article = new NewsArticle(form.title(), form.summary(), sanitizedBody(form), Instant.now());
        } else {
            article = editable(form.getId(), form.getVersion());
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
        return store(article, before);
    }

    /** Saves and publishes in one transaction: if the article cannot be published, nothing is saved. */
    public NewsArticle saveAndPublish(NewsForm form) {
        return publishSaved(save(form));
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
        boolean unchanged = current != null && current.atZone(CommuneTime.ZONE).toLocalDate().equals(form.getPublicationDate());
        return unchanged ? current : form.publicationInstant();
    }

    private LocalizedText sanitizedBody(NewsForm form) {
        return LocalizedText.of(sanitizer.sanitize(form.getBodyAr()), sanitizer.sanitize(form.getBodyFr()));
    }

    /** A published article as the search index reads it: its summary and body. */
    @Override
    protected SearchDocument searchDocument(NewsArticle article) {
        return new SearchDocument(KIND, article.getId(), "/news/" + article.getId(), article.getTitle(),
                IndexedText.of(article.getSummary(), article.getBody()), article.getPublishedAt());
    }

    @Override
    protected Map<String, Object> snapshot(NewsArticle article) {
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
}
