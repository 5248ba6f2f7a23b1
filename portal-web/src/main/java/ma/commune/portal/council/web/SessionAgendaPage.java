package ma.commune.portal.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.boundary.SessionPlan;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * The first stage of a session ({@code session-agenda}): when and where, the agenda's items in order with their
 * supporting documents, then publishing the agenda (which convenes the session) or, once convened, cancelling
 * it. A session never convened may be deleted.
 */
@Named
@ViewScoped
public class SessionAgendaPage extends SessionStage {

    private static final long serialVersionUID = 1L;

    private SessionSchedule schedule;
    private AgendaItemForm itemForm;
    private final AgendaDocumentForm documentForm = new AgendaDocumentForm();

    @Override
    public Stage getStage() {
        return Stage.AGENDA;
    }

    @Override
    protected void refresh() {
        CouncilSession session = getSession();
        schedule = SessionSchedule.of(session.getKind(), session.getStartsAt(), session.getEndsAt(), session.getPlace(),
                session.isPublicSession());
        itemForm = AgendaItemForm.next(session);
        documentForm.chooseAnItemOf(session);
    }

    public void saveSchedule() {
        SessionPlan plan = schedule.plan();
        long version = getSession().getVersion();
        long sessionId = getId();
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.reschedule(sessionId, version, plan, confirmed);
            return null;
        }, "council.admin.saved");
    }

    public void editItem(AgendaItem item) {
        itemForm = AgendaItemForm.of(item);
    }

    public void cancelItemEdit() {
        itemForm = AgendaItemForm.next(getSession());
    }

    public void saveItem() {
        if (itemForm.getNumber() == null) {
            Messages.refused(new DomainRuleViolation("council.rule.itemNumberPositive"));
            return;
        }
        int number = itemForm.getNumber();
        LocalizedText title = itemForm.title();
        LocalizedText summary = itemForm.summary();
        Long editing = itemForm.getId();
        act(() -> {
            if (editing == null) {
                sessions.addItem(getId(), number, title, summary);
            } else {
                sessions.editItem(editing, number, title, summary);
            }
        }, editing == null ? "council.admin.item.added" : "council.admin.saved");
    }

    public void removeItem(long item) {
        act(() -> sessions.removeItem(item), "council.admin.item.removed");
    }

    public void moveUp(long item) {
        move(item, -1);
    }

    public void moveDown(long item) {
        move(item, 1);
    }

    private void move(long item, int by) {
        List<Long> order = new ArrayList<>(getSession().getItems().stream().map(AgendaItem::getId).toList());
        int from = order.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.set(from, order.get(to));
        order.set(to, item);
        act(() -> sessions.reorder(getId(), order), "council.admin.item.reordered");
    }

    /** A supporting document for the chosen item: a PDF (its bytes are checked), with its label. */
    public void uploadDocument(FileUploadEvent event) {
        if (documentForm.getItemId() == null) {
            Messages.fieldError("agenda:document", "council.admin.document.chooseItem");
            return;
        }
        try {
            sessions.attachDocument(documentForm.getItemId(), event.getFile().getFileName(), event.getFile().getContent(),
                    documentForm.label());
            reload();
            documentForm.clearLabel();
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "agenda:document"));
        }
    }

    public void detachDocument(long item, long fileId) {
        act(() -> sessions.detachDocument(item, fileId), "council.admin.document.removed");
    }

    /** Convenes the session; the header then opens the sitting's stage. */
    public void publishAgenda() {
        long sessionId = getId();
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.publishAgenda(sessionId, confirmed);
            return null;
        }, "council.admin.agenda.published");
    }

    public void cancelSession() {
        act(() -> sessions.cancel(getId()), "council.admin.session.cancelled");
    }

    /** A session never convened (a mistake) is deleted; back to the list. */
    public String deleteSession() {
        try {
            sessions.delete(getId());
            Messages.info("council.admin.session.deleted");
            Faces.getFlash().setKeepMessages(true);
            return "/admin/council/sessions?faces-redirect=true";
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return null;
        }
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public SessionSchedule getSchedule() {
        return schedule;
    }

    public AgendaItemForm getItemForm() {
        return itemForm;
    }

    public AgendaDocumentForm getDocumentForm() {
        return documentForm;
    }
}
