package ma.commune.portal.council.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.web.PagedModel;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;

/** The secretariat's sessions: a lazy table filtered by year, kind and state, and "plan a session". */
@Named
@ViewScoped
public class SessionsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CouncilSessions sessions;

    private PagedModel<CouncilSession> items;
    private SessionSchedule plan = new SessionSchedule();
    private final CouncilWarnings warnings = new CouncilWarnings();

    @PostConstruct
    void init() {
        items = new PagedModel<>(sessions::search, sessions::count, session -> session.getId().toString());
    }

    /** Plans the session and opens its agenda; an ordinary session outside its month asks for confirmation. */
    public String planSession() {
        var submitted = plan.plan();
        return warnings.attempt(confirmed -> {
            long id = sessions.plan(submitted, confirmed).getId();
            Faces.getFlash().setKeepMessages(true);
            return SessionStage.Stage.AGENDA.outcome(id);
        }, () -> Messages.info("council.admin.session.planned"));
    }

    public PagedModel<CouncilSession> getItems() {
        return items;
    }

    public SessionSchedule getPlan() {
        return plan;
    }

    public CouncilWarnings getWarnings() {
        return warnings;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public SessionState[] getStates() {
        return SessionState.values();
    }

    /** The years to filter by: the mandate's span around today is enough for a back office. */
    public List<Integer> getYears() {
        int year = LocalDate.now(CommuneTime.ZONE).getYear();
        return IntStream.rangeClosed(year - 6, year + 1).map(y -> 2 * year - 5 - y).boxed().toList();
    }
}
