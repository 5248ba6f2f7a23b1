package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.shared.DomainRuleViolation;
import org.omnifaces.util.Faces;

/**
 * {@code session-edit?id=}, the address of a session's page before it was split by stage (the sessions list and
 * bookmarks still use it): sends the secretariat on to the stage the session is at ({@link SessionStage.Stage#of}).
 */
@Named
@RequestScoped
public class SessionEditRouter {

    @EJB
    CouncilSessions sessions;

    private Long id;

    /** {@code f:viewAction}: the redirect to the session's stage, or a 404. */
    public String route() throws IOException {
        CouncilSession session;
        try {
            session = id == null ? null : sessions.find(id);
        } catch (DomainRuleViolation notFound) {
            session = null;
        }
        if (session == null) {
            Faces.responseSendError(404, "");
            return null;
        }
        // A message flashed to this address (after an action elsewhere) is shown on the stage it leads to.
        Faces.getFlash().setKeepMessages(true);
        return SessionStage.Stage.of(session.getState()).outcome(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
