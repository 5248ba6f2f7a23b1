package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * One session in the secretariat's hands, at one stage of its life, each stage a view of its own under
 * {@code /admin/council/}: the agenda (schedule, items, documents, convening), the sitting (attendance and
 * decisions), the minutes (publication, then corrections). Rules of the law that are not met come back as
 * warnings to confirm ({@link CouncilWarnings}); every other refusal is a message and nothing is saved.
 */
public abstract class SessionStage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stages in the order of a session's life. */
    public enum Stage {
        AGENDA, SITTING, MINUTES;

        /** The stage a session is at: where its page opens. */
        public static Stage of(SessionState state) {
            return switch (state) {
                case PLANNED, CANCELLED -> AGENDA;
                case CONVENED -> SITTING;
                case CONCLUDED -> MINUTES;
            };
        }

        /** The agenda always; the sitting and the minutes once convened, never for a session cancelled before it sat. */
        boolean isReachedIn(SessionState state) {
            return this == AGENDA || state == SessionState.CONVENED || state == SessionState.CONCLUDED;
        }

        /** The navigation to this stage of a session. */
        public String outcome(long sessionId) {
            return "/admin/council/session-" + name().toLowerCase(Locale.ROOT) + "?faces-redirect=true&id=" + sessionId;
        }
    }

    @EJB
    CouncilSessions sessions;

    private Long id;
    private CouncilSession session;
    private final CouncilWarnings warnings = new CouncilWarnings();

    /** This view's stage. */
    public abstract Stage getStage();

    /** Rebuilds this stage's forms from the session as saved. */
    protected abstract void refresh();

    /**
     * {@code f:viewAction}: the session of {@code ?id=}, or a 404; a bookmark of a stage the session has not
     * reached (the sitting of a session still being prepared) goes to the stage it is at.
     */
    public String load() throws IOException {
        if (session != null) {
            return null;
        }
        try {
            session = id == null ? null : sessions.find(id);
        } catch (DomainRuleViolation notFound) {
            session = null;
        }
        if (session == null) {
            Faces.responseSendError(404, "");
            return null;
        }
        if (!getStage().isReachedIn(session.getState())) {
            return Stage.of(session.getState()).outcome(id);
        }
        refresh();
        return null;
    }

    /** After every change: the session as saved, and what this stage shows of it. */
    protected void reload() {
        session = sessions.find(id);
        refresh();
    }

    /** Runs a change that has no rule to confirm; a refusal is shown and nothing is saved. */
    protected void act(Runnable change, String done) {
        try {
            change.run();
            reload();
            Messages.info(done);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** Runs a change that may come back with warnings to confirm. */
    protected void confirmable(CouncilWarnings.Call call, String done) {
        warnings.attempt(call, () -> {
            reload();
            Messages.info(done);
        });
    }

    public boolean isPlanned() {
        return session.getState() == SessionState.PLANNED;
    }

    public boolean isConvened() {
        return session.getState() == SessionState.CONVENED;
    }

    public boolean isConcluded() {
        return session.getState() == SessionState.CONCLUDED;
    }

    /** Schedule, agenda and attendance change until the minutes are published (and never once cancelled). */
    public boolean isOpen() {
        return isPlanned() || isConvened();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CouncilSession getSession() {
        return session;
    }

    public CouncilWarnings getWarnings() {
        return warnings;
    }
}
