package ma.commune.portal.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The minutes of a convened session ({@code session-minutes}): the draft PDF and its publication, which concludes
 * the session and publishes its decisions; afterwards, corrections as new versions, each with its reason.
 */
@Named
@ViewScoped
public class SessionMinutesPage extends SessionStage {

    private static final long serialVersionUID = 1L;

    private String correctionReason;

    @Override
    public Stage getStage() {
        return Stage.MINUTES;
    }

    @Override
    protected void refresh() {
        // The page shows the session itself; the reason of a correction is typed afresh each time.
    }

    public void uploadMinutes(FileUploadEvent event) {
        try {
            sessions.attachMinutes(getId(), event.getFile().getFileName(), event.getFile().getContent());
            reload();
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "minutes:minutesFile"));
        }
    }

    public void publishMinutes() {
        long sessionId = getId();
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.publishMinutes(sessionId, confirmed);
            return null;
        }, "council.admin.minutes.published");
    }

    /** A corrected PDF of published minutes, with the reason typed before choosing the file. */
    public void uploadMinutesCorrection(FileUploadEvent event) {
        try {
            sessions.correctMinutes(getId(), event.getFile().getFileName(), event.getFile().getContent(), correctionReason);
            reload();
            correctionReason = null;
            Messages.info("council.admin.minutes.corrected");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "correction:minutesCorrection"));
        }
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
