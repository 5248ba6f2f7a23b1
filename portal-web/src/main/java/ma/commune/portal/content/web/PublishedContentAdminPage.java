package ma.commune.portal.content.web;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.PublishedContent;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/**
 * The editors' table of one window's items (legal texts, reports, partnerships, projects, news,
 * services): lazy, filtered and sorted in the database; publish, withdraw and, where the page offers
 * it, delete from the row. Messages are keyed by the window's prefix.
 */
public abstract class PublishedContentAdminPage<T extends PublishedContent> implements Serializable {

    private static final long serialVersionUID = 1L;

    private PagedModel<T> items;

    protected abstract EditorialWorkflow<T> service();

    /** The prefix of the window's interface texts: {@code legal}, {@code report}, {@code news}, {@code content}... */
    protected abstract String messages();

    @PostConstruct
    void init() {
        EditorialWorkflow<T> service = service();
        items = new PagedModel<>(service::search, service::count, item -> item.getId().toString());
    }

    public void publish(long id) {
        act(() -> service().publish(id), "published");
    }

    public void unpublish(long id) {
        act(() -> service().unpublish(id), "unpublished");
    }

    public void delete(long id) {
        act(() -> service().delete(id), "deleted");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(messages() + "." + done);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public PagedModel<T> getItems() {
        return items;
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }
}
