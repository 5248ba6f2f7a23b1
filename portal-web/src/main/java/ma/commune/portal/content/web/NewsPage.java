package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.NewsCategories;
import ma.commune.portal.content.boundary.NewsService;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.NewsCategory;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /news?category=slug&page=N}: the published news, newest first, of one category when the query
 * names one (filtered in the database), a bookmarkable page at a time; an unknown category lists nothing;
 * {@code /news/{id}}: one article. A draft, or an id that does not exist, is a real 404.
 */
@Named
@RequestScoped
public class NewsPage {

    public static final int PAGE_SIZE = 10;

    @EJB
    NewsService news;

    @EJB
    NewsCategories newsCategories;

    @Inject
    @Param(name = "category")
    String categoryParameter;

    @Inject
    @Param(pathIndex = 0)
    String articleId;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private NewsArticle article;
    private List<NewsArticle> articles;
    private long total;
    private List<NewsCategory> categories;
    private NewsCategory category;

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (articleId != null) {
            if (!articleId.matches("[0-9]{1,18}")) {
                Faces.responseSendError(404, "");
                return;
            }
            article = news.findPublished(Long.parseLong(articleId)).orElse(null);
            if (article == null) {
                Faces.responseSendError(404, "");
            }
            return;
        }
        String slug = categoryParameter == null || categoryParameter.isBlank() ? null : categoryParameter.trim();
        if (slug != null) {
            category = getCategories().stream().filter(c -> c.getSlug().equals(slug)).findFirst().orElse(null);
        }
        total = news.countPublished(slug);
        if (getPage() > getPages() && total > 0) {
            Faces.responseSendError(404, "");
            return;
        }
        articles = news.latestPublished(slug, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public List<NewsCategory> getCategories() {
        if (categories == null) {
            categories = newsCategories.all();
        }
        return categories;
    }

    /** The category the list is filtered by; none for all news or an unknown slug. */
    public NewsCategory getCategory() {
        return category;
    }

    /** The query that keeps the category filter across pages ({@code category=slug&}), or nothing. */
    public String getCategoryQuery() {
        return category == null ? "" : "category=" + category.getSlug() + "&";
    }

    public NewsArticle getArticle() {
        return article;
    }

    public List<NewsArticle> getArticles() {
        return articles;
    }

    public int getPage() {
        try {
            return pageParameter == null ? 1 : Math.max(1, Integer.parseInt(pageParameter));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public boolean isHasNext() {
        return getPage() < getPages();
    }
}
