package ma.commune.portal.requests.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseInbox;
import ma.commune.portal.requests.boundary.CaseRetentions;
import ma.commune.portal.requests.boundary.InboxRow;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RefusalGround;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * The case page of the staff who handle the case ({@code /admin/requests/case?code=}): everything of it,
 * the requester's contact included, its history with who and when, and the actions its status allows.
 * {@link CaseEngine} decides who may see and act; a case of another department answers 404, like a code
 * that does not exist. A page left open while someone else changed the case refuses the action and
 * shows the case as it is now.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The moves that have their own form (a ground, a notice), not a plain button. */
    private static final Set<CaseStatus> OWN_FORM = EnumSet.of(CaseStatus.REFUSED, CaseStatus.EXTENDED);

    @EJB
    CaseEngine engine;

    @EJB
    CaseInbox inbox;

    @EJB
    CaseRetentions retentions;

    private String code;
    private CitizenCase file;
    private List<CaseInbox.Attachment> attachments;
    private InboxRow.Flag flag;
    private long shownVersion;

    private CaseStatus nextStatus;
    private String reason;
    private String answerText;
    private String noteText;
    private String reassignTo;
    private String reassignReason;
    private String extensionNotice;
    private RefusalGround refusalGround;
    private String refusalText;
    private String holdReason;
    private List<Department> departments;

    /** {@code f:viewAction}: the case of {@code ?code=}, or 404 when there is none the caller handles. */
    public void load() throws IOException {
        if (file != null) {
            return;
        }
        if (!reload()) {
            Faces.responseSendError(404, "");
        }
    }

    private boolean reload() {
        try {
            file = engine.caseFile(code);
            attachments = inbox.attachments(code);
            flag = inbox.flag(file);
            shownVersion = file.getVersion();
            return true;
        } catch (DomainRuleViolation | EJBAccessException unknownOrNotHandled) {
            return false;
        } catch (EJBException wrapped) {
            if (causedBy(wrapped, EJBAccessException.class)) {
                return false;
            }
            throw wrapped;
        }
    }

    /** The statuses the case may move to from here by a plain button (a refusal and an extension have their form). */
    public List<CaseStatus> getNextStatuses() {
        List<CaseStatus> next = new ArrayList<>(file.getStatus().next(file.getKind()));
        next.removeAll(OWN_FORM);
        return next;
    }

    public boolean isCanRefuse() {
        return file.getStatus().next(file.getKind()).contains(CaseStatus.REFUSED);
    }

    public boolean isCanExtend() {
        return file.getKind() == CaseKind.INFORMATION && !file.isExtended() && !file.isUrgent()
                && file.getStatus().next(file.getKind()).contains(CaseStatus.EXTENDED);
    }

    public boolean isOpen() {
        return file.getStatus() != CaseStatus.CLOSED;
    }

    public void take() {
        act(() -> engine.take(code), "requests.inbox.done.taken");
    }

    public void move() {
        CaseStatus to = nextStatus;
        String why = reason;
        act(() -> engine.move(code, to, why), "requests.inbox.done.moved");
    }

    public void answer() {
        String text = answerText;
        act(() -> engine.answer(code, text), "requests.inbox.done.answered");
    }

    public void note() {
        String text = noteText;
        act(() -> engine.note(code, text), "requests.inbox.done.noted");
    }

    public void reassign() {
        String to = reassignTo;
        String why = reassignReason;
        if (to == null || to.isBlank()) {
            Messages.fieldError("case:reassignTo", "requests.rule.reassignElsewhere");
            Faces.validationFailed();
            return;
        }
        act(() -> engine.reassign(code, to, why), "requests.inbox.done.reassigned");
    }

    public void extend() {
        String notice = extensionNotice;
        act(() -> engine.extend(code, notice), "requests.inbox.done.extended");
    }

    public void refuse() {
        RefusalGround ground = refusalGround;
        String text = refusalText;
        act(() -> engine.refuse(code, ground, text), "requests.inbox.done.refused");
    }

    /** An administrator keeps the case beyond its retention (law 09-08): a dispute, an appeal in progress. */
    public void hold() {
        String why = holdReason;
        act(() -> retentions.hold(code, why), "retention.hold.placed");
    }

    public void liftHold() {
        act(() -> retentions.liftHold(code), "retention.hold.lifted");
    }

    /** When the case's personal data will be anonymised (administrators only); null while open, held or done. */
    public java.time.Instant getRetentionDue() {
        return retentions.dueOf(file).orElse(null);
    }

    public void review() {
        act(() -> engine.reviewDescription(code), "requests.inbox.done.reviewed");
    }

    /**
     * Runs one action of the engine. Refused by a rule: the rule's message, nothing saved. Changed by
     * someone else since the page was shown: refused, and the page shows the case as it is now. A case
     * reassigned away from the caller's department leaves the page for the inbox.
     */
    private void act(Runnable action, String doneKey) {
        try {
            CitizenCase current = engine.caseFile(code);
            if (current.getVersion() != shownVersion) {
                Messages.error("error.concurrentChange");
                reloadOrLeave();
                return;
            }
            action.run();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return;
        } catch (EJBException failed) {
            if (causedBy(failed, OptimisticLockException.class)) {
                Messages.error("error.concurrentChange");
                reloadOrLeave();
                return;
            }
            if (causedBy(failed, EJBAccessException.class)) {
                Messages.error("requests.inbox.notYours");
                return;
            }
            throw failed;
        }
        clearForms();
        Messages.info(doneKey);
        reloadOrLeave();
    }

    private void reloadOrLeave() {
        if (!reload()) {
            // Reassigned to another department: no longer the caller's to see.
            Faces.getFlash().setKeepMessages(true);
            Faces.redirect(Faces.getRequestContextPath() + "/admin/requests/inbox");
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() != null && type.isInstance(ejb.getCausedByException())) {
                return true;
            }
        }
        return false;
    }

    private void clearForms() {
        nextStatus = null;
        reason = null;
        answerText = null;
        noteText = null;
        reassignTo = null;
        reassignReason = null;
        extensionNotice = null;
        refusalGround = null;
        refusalText = null;
        holdReason = null;
    }

    /** The history, newest last, as it happened. */
    public List<CaseEvent> getHistory() {
        return file.getEvents();
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = inbox.departments().stream().filter(d -> !d.getId().equals(file.getDepartment().getId())).toList();
        }
        return departments;
    }

    public List<RefusalGround> getRefusalGrounds() {
        return List.of(RefusalGround.values());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public CitizenCase getFile() {
        return file;
    }

    public CitizenCase.Requester getRequester() {
        return file.getRequester();
    }

    public CitizenCase.Location getLocation() {
        return file.getLocation();
    }

    public List<CaseInbox.Attachment> getAttachments() {
        return attachments;
    }

    public InboxRow.Flag getFlag() {
        return flag;
    }

    public CaseStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(CaseStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }

    public String getReassignReason() {
        return reassignReason;
    }

    public void setReassignReason(String reassignReason) {
        this.reassignReason = reassignReason;
    }

    public String getExtensionNotice() {
        return extensionNotice;
    }

    public void setExtensionNotice(String extensionNotice) {
        this.extensionNotice = extensionNotice;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public void setRefusalGround(RefusalGround refusalGround) {
        this.refusalGround = refusalGround;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public String getRefusalText() {
        return refusalText;
    }

    public void setRefusalText(String refusalText) {
        this.refusalText = refusalText;
    }
}
