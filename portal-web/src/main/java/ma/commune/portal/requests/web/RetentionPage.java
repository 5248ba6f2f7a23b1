package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.requests.boundary.CaseRetentions;
import ma.commune.portal.requests.control.CaseAnonymiser;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseRetention;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/**
 * The administrators' retention page ({@code /admin/requests/retention}): the retention of each kind of
 * case in months (law 09-08), when the daily anonymisation runs, and the cases it will anonymise next with
 * their date, paged in the database.
 */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseRetentions retentions;

    private List<CaseRetention> kinds;
    // Typed text, as the form sends it: checked by the rule (CaseRetention), 0 when it is no number.
    private final Map<String, String> months = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private PagedModel<CaseAnonymiser.Due> upcoming;

    @PostConstruct
    void init() {
        reload();
        CaseRetentions service = retentions;
        upcoming = new PagedModel<>(service::upcoming, page -> service.countUpcoming(), d -> String.valueOf(d.getId()));
    }

    private void reload() {
        kinds = retentions.retentions();
        for (CaseRetention r : kinds) {
            months.put(r.getKind().name(), String.valueOf(r.getMonths()));
            versions.put(r.getKind().name(), r.getVersion());
        }
    }

    /** Saves one kind's retention; a number out of range gets the rule's message next to its field, nothing saved. */
    public void save(CaseKind kind) {
        try {
            retentions.change(kind, versions.getOrDefault(kind.name(), -1L), number(months.get(kind.name())));
            Messages.info("retention.saved");
            reload();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    private static int number(String typed) {
        try {
            return typed == null ? 0 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public List<CaseRetention> getKinds() {
        return kinds;
    }

    public Map<String, String> getMonths() {
        return months;
    }

    public PagedModel<CaseAnonymiser.Due> getUpcoming() {
        return upcoming;
    }

    public long getHeld() {
        return retentions.countHeld();
    }

    public LocalDate getLastRun() {
        return retentions.lastRunDay();
    }

    public String getRunTime() {
        return retentions.runTime();
    }
}
