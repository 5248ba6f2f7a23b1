package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.content.entity.NewsArticle;

/** {@code /admin/content/news}: the editors' list of news: filter, sort, publish and withdraw. */
@Named
@ViewScoped
public class NewsAdminPage extends PublishedContentAdminPage<NewsArticle> {

    private static final long serialVersionUID = 1L;

    @EJB
    NewsArticles news;

    @Override
    protected EditorialWorkflow<NewsArticle> service() {
        return news;
    }

    @Override
    protected String messages() {
        return "news";
    }
}
