package ma.commune.portal.content.web;

import java.io.Serializable;
import ma.commune.portal.content.boundary.PublishedContentService;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.PublishedContent;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/** A window's back-office list: a lazy table filtered in the database, publish and withdraw. */
public abstract class PublishedContentAdmin<T extends PublishedContent> implements Serializable {

    private static final long serialVersionUID = 1L;

    private PagedModel<T> items;

    protected abstract PublishedContentService<T> service();

    /** The model, made once per view; the lambdas hold the (serializable) EJB proxy, not this page. */
    protected void items(PagedModel<T> model) {
        this.items = model;
    }

    public PagedModel<T> getItems() {
        return items;
    }

    public void publish(long id) {
        try {
            service().publish(id);
            Messages.info("content.published");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void unpublish(long id) {
        try {
            service().unpublish(id);
            Messages.info("content.unpublished");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }
}
