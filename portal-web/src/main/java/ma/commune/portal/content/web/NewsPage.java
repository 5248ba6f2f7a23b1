package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.NewsCategories;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.shared.boundary.ListQuery;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

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
    NewsArticles news;

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
    private PublicList list;
    private List<NewsCategory> categories;
    private NewsCategory category;

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (articleId != null) {
            article = PublicList.itemOr404(articleId, news::findPublished);
            return;
        }
        list = new PublicList("/news", pageParameter, PAGE_SIZE);
        String slug = ListQuery.slug(categoryParameter);
        category = slug == null ? null : getCategories().stream().filter(c -> c.getSlug().equals(slug)).findFirst().orElse(null);
        String known = category == null ? null : list.slug("category", category.getSlug());
        if (list.total(news.countPublished(known))) {
            articles = news.latestPublished(known, list.getFirst(), PAGE_SIZE);
        }
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

    public PublicList getList() {
        return list;
    }

    public NewsArticle getArticle() {
        return article;
    }

    public List<NewsArticle> getArticles() {
        return articles;
    }
}
