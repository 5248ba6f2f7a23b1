package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ma.commune.portal.content.boundary.NewsService;
import ma.commune.portal.content.boundary.PublishedContentService;
import ma.commune.portal.content.entity.NewsArticle;

/** {@code /admin/content/news}: the editors' list of news: filter, sort, publish and withdraw. */
@Named
@ViewScoped
public class NewsAdminPage extends PublishedContentAdminPage<NewsArticle> {

    private static final long serialVersionUID = 1L;

    @EJB
    NewsService news;

    @Override
    protected PublishedContentService<NewsArticle> service() {
        return news;
    }

    @Override
    protected String messages() {
        return "news";
    }
}
