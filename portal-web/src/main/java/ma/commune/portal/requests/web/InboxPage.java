package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.commune.portal.requests.boundary.CaseInbox;
import ma.commune.portal.requests.boundary.InboxRow;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.shared.web.PagedModel;

/**
 * The staff's inbox of cases: a lazy table paged, filtered and sorted by {@link CaseInbox} in the
 * database, which also decides which cases the caller may see. {@code ?due=soon|overdue} and
 * {@code ?status=} open it filtered (the links of the counts at the top).
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseInbox inbox;

    private PagedModel<InboxRow> cases;
    private CaseInbox.Counts counts;
    private List<RequestCategory> categories;
    private String due;
    private String status;

    @PostConstruct
    void init() {
        CaseInbox service = inbox;
        cases = new PagedModel<>(service::search, service::count, InboxRow::getTrackingCode);
    }

    public PagedModel<InboxRow> getCases() {
        return cases;
    }

    public CaseInbox.Counts getCounts() {
        if (counts == null) {
            counts = inbox.counts();
        }
        return counts;
    }

    public List<RequestCategory> getCategories() {
        if (categories == null) {
            categories = inbox.categories();
        }
        return categories;
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public List<CaseKind> getKinds() {
        return List.of(CaseKind.values());
    }

    public List<String> getDueFilters() {
        return List.of(CaseInbox.DUE_SOON, CaseInbox.OVERDUE);
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = CaseInbox.DUE_SOON.equals(due) || CaseInbox.OVERDUE.equals(due) ? due : null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
