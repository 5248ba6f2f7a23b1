package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.ContactChecks;
import ma.commune.portal.requests.boundary.PublicCaseView;
import ma.commune.portal.requests.boundary.SubmissionThrottle;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.SubmissionPace;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.ClientAddress;
import ma.commune.portal.shared.web.Messages;

/**
 * {@code /track?code=}: what anyone holding a tracking code may see of a case (never personal data; the
 * resident's description only once reviewed). A mistyped code and an unknown one get the same page. From
 * here the requester reopens a resolved case, or appeals an information request to the head of the
 * commune; the case engine decides whether it is still time. The page is stateless and this bean lives
 * for one request (issue 12): the forms send the code back, read before JSF decodes them ({@link #fromRequest()}).
 */
@Named
@RequestScoped
public class TrackPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<CaseStatus> DECIDED = EnumSet.of(CaseStatus.ANSWERED, CaseStatus.PARTIALLY_ANSWERED,
            CaseStatus.REFUSED, CaseStatus.REJECTED);
    private static final Map<String, String> REOPEN_FIELDS = Map.of(
            "requests.rule.codeOrContact", "reopen:contact", "requests.rule.reopenNeedsText", "reopen:text", "requests.rule.reopenTooLate", "reopen:text",
            "requests.rule.reopenOnlyResolved", "reopen:text");
    private static final Map<String, String> APPEAL_FIELDS = Map.of(
            "requests.rule.codeOrContact", "appeal:contact", "requests.rule.appealNeedsText", "appeal:text", "requests.rule.appealTooLate", "appeal:text",
            "requests.rule.appealOnce", "appeal:text", "requests.rule.appealBeforeDeadline", "appeal:text",
            "requests.rule.appealNotNow", "appeal:text");

    /** The engine's answer to a code and contact that match no case: a wrong contact, for {@link ContactChecks}. */
    private static final String CONTACT_RULE = "requests.rule.codeOrContact";

    @EJB
    CaseEngine engine;

    @EJB
    SubmissionThrottle throttle;

    @EJB
    ContactChecks contactChecks;

    @Inject
    ClientAddress clientAddress;

    private String code;
    private String done;
    private transient Optional<PublicCaseView> view;
    private String reopenText;
    private String reopenContact;
    private String appealText;
    private String appealContact;

    /**
     * The reopening and appeal forms exist only for a case that may be reopened or appealed, and JSF decodes
     * only what it renders: the case must be known before the request's values are applied.
     */
    @PostConstruct
    void fromRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            setCode(faces.getExternalContext().getRequestParameterMap().get("code"));
        }
    }

    public Optional<PublicCaseView> view() {
        if (view == null) {
            view = code == null || code.isBlank() ? Optional.empty() : engine.track(code);
        }
        return view;
    }

    public PublicCaseView getCase() {
        return view().orElse(null);
    }

    /** A code was typed but matches no case (mistyped and unknown alike). */
    public boolean isNotFound() {
        return code != null && !code.isBlank() && view().isEmpty();
    }

    public boolean isReopenable() {
        return view().map(v -> v.status() == CaseStatus.RESOLVED).orElse(false);
    }

    /** An information request answered, refused or rejected, or left past its deadline: the requester may appeal. */
    public boolean isAppealable() {
        return view().map(v -> v.kind() == CaseKind.INFORMATION && v.status() != CaseStatus.APPEALED
                && (DECIDED.contains(v.status()) || (v.status().isOpen() && Instant.now().isAfter(v.dueAt())))).orElse(false);
    }

    public boolean isOverdue() {
        return view().map(v -> v.status().isOpen() && Instant.now().isAfter(v.dueAt())).orElse(false);
    }

    public String reopen() throws IOException {
        return tryWithContact(() -> engine.reopen(code, reopenContact, reopenText), REOPEN_FIELDS, "reopened");
    }

    public String appeal() throws IOException {
        return tryWithContact(() -> engine.appeal(code, appealContact, appealText), APPEAL_FIELDS, "appealed");
    }

    /** Reopens or appeals, if admitted; a refusal's message goes next to its field ({@code fields}). */
    private String tryWithContact(Runnable action, Map<String, String> fields, String done) throws IOException {
        Long tried = admitted();
        if (tried == null) {
            return null;
        }
        boolean wrongContact = false;
        try {
            action.run();
        } catch (DomainRuleViolation refused) {
            wrongContact = CONTACT_RULE.equals(refused.messageKey());
            Messages.refused(refused, fields);
            return null;
        } finally {
            if (!wrongContact) {
                contactChecks.release(tried);
            }
        }
        counted();
        return after(done);
    }

    /**
     * Reopening and appealing are forms too, paced by the same throttle; an accepted one counts, as an
     * accepted case does (a refused one saves nothing, and a code cannot be guessed: 40 random bits). The
     * code is public, though (Open311): the requester's contact is what a stranger would guess, so every
     * try is first counted as a wrong contact, per address and per case ({@link ContactChecks}), taken back
     * unless the contact was wrong, and after a few wrong ones the form is refused for a while, whatever
     * contact it carries. The counted try's id, or null when the form is refused.
     */
    private Long admitted() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String client = clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
        SubmissionPace.Decision pace = throttle.admit(client);
        if (pace instanceof SubmissionPace.Slowed slowed) {
            Messages.error("requests.throttle.slowed", Math.max(1, slowed.waitFor().toSeconds()));
            faces.validationFailed();
            return null;
        }
        if (pace instanceof SubmissionPace.Refused refused) {
            Messages.error("requests.throttle.refused", Math.max(1, (refused.waitFor().toSeconds() + 59) / 60));
            faces.validationFailed();
            return null;
        }
        long tried = contactChecks.reserve(client, caseCode());
        Optional<Duration> held = contactChecks.refusedFor(client, caseCode());
        if (held.isPresent()) {
            contactChecks.release(tried);
            Messages.error("requests.contactCheck.refused", Math.max(1, (held.get().toSeconds() + 59) / 60));
            faces.validationFailed();
            return null;
        }
        return tried;
    }

    /** The case the form is about: its code as the portal writes it, or as typed when no case has it. */
    private String caseCode() {
        return view().map(PublicCaseView::trackingCode).orElse(code);
    }

    private void counted() {
        FacesContext faces = FacesContext.getCurrentInstance();
        throttle.record(clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
    }

    private String after(String what) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String normalised = view().map(PublicCaseView::trackingCode).orElse(code);
        external.redirect(external.getRequestContextPath() + "/track?code=" + java.net.URLEncoder.encode(normalised,
                java.nio.charset.StandardCharsets.UTF_8) + "&done=" + what);
        faces.responseComplete();
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : (code.length() > 40 ? code.substring(0, 40) : code);
        this.view = null;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = "reopened".equals(done) || "appealed".equals(done) ? done : null;
    }

    public String getReopenText() {
        return reopenText;
    }

    public void setReopenText(String reopenText) {
        this.reopenText = reopenText;
    }

    public String getReopenContact() {
        return reopenContact;
    }

    public void setReopenContact(String reopenContact) {
        this.reopenContact = reopenContact;
    }

    public String getAppealContact() {
        return appealContact;
    }

    public void setAppealContact(String appealContact) {
        this.appealContact = appealContact;
    }

    public String getAppealText() {
        return appealText;
    }

    public void setAppealText(String appealText) {
        this.appealText = appealText;
    }
}
