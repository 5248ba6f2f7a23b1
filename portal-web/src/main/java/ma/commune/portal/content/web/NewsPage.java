package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.NewsService;
import ma.commune.portal.content.entity.NewsArticle;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /news?page=N}: the published news, newest first, a bookmarkable page at a time;
 * {@code /news/{id}}: one article. A draft, or an id that does not exist, is a real 404.
 */
@Named
@RequestScoped
public class NewsPage {

    public static final int PAGE_SIZE = 10;

    @EJB
    NewsService news;

    @Inject
    @Param(pathIndex = 0)
    String articleId;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private NewsArticle article;
    private List<NewsArticle> articles;
    private long total;

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
        total = news.countPublished();
        if (getPage() > getPages() && total > 0) {
            Faces.responseSendError(404, "");
            return;
        }
        articles = news.latestPublished((getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
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
