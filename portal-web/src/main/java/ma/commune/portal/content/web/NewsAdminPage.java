package ma.commune.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.commune.portal.content.boundary.NewsService;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/** The editors' list of news: filter, sort, publish and withdraw. */
@Named
@ViewScoped
public class NewsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NewsService news;

    private PagedModel<NewsArticle> articles;

    @PostConstruct
    void init() {
        NewsService service = news;
        articles = new PagedModel<>(page -> service.search(page), page -> service.count(page), a -> a.getId().toString());
    }

    public void publish(long id) {
        try {
            news.publish(id);
            Messages.info("news.published");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void unpublish(long id) {
        try {
            news.unpublish(id);
            Messages.info("news.unpublished");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public PagedModel<NewsArticle> getArticles() {
        return articles;
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }
}
