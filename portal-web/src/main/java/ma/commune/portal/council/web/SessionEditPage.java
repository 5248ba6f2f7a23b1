package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.FileStore;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.boundary.SessionPlan;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Attendance;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * One session in the secretariat's hands, in the order of its life: schedule and agenda (items, order,
 * documents), publishing the agenda (which convenes it) or cancelling it; attendance and decisions; the
 * minutes and their publication; then corrections as new versions with a reason. Rules of the law that
 * are not met come back as warnings to confirm ({@link CouncilWarnings}); every other refusal is a
 * message and nothing is saved.
 */
@Named
@ViewScoped
public class SessionEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CouncilSessions sessions;

    private Long id;
    private CouncilSession session;
    private List<CouncilMember> members = List.of();
    private SessionSchedule schedule;
    private final CouncilWarnings warnings = new CouncilWarnings();

    // the agenda item being added (itemId null) or edited
    private Long itemId;
    private Integer itemNumber;
    private String itemTitleAr;
    private String itemTitleFr;
    private String itemSummaryAr;
    private String itemSummaryFr;

    // the document about to be attached
    private Long documentItemId;
    private String documentLabelAr;
    private String documentLabelFr;

    private List<AttendanceLine> attendance = List.of();
    private Map<Long, DecisionForm> decisions = new HashMap<>();
    private String minutesCorrectionReason;

    /** {@code f:viewAction}: the session of {@code ?id=}, or a 404. */
    public void load() throws IOException {
        if (session != null) {
            return;
        }
        if (id == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            reload();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    private void reload() {
        session = sessions.find(id);
        members = sessions.membersInOffice(id);
        schedule = SessionSchedule.of(session.getKind(), session.getStartsAt(), session.getEndsAt(), session.getPlace(),
                session.isPublicSession());
        Map<Long, Presence> recorded = new HashMap<>();
        for (Attendance a : session.getAttendance()) {
            recorded.put(a.getMember().getId(), a.getPresence());
        }
        List<AttendanceLine> lines = new ArrayList<>();
        for (CouncilMember member : members) {
            lines.add(new AttendanceLine(member, Messages.text("council.admin.role." + member.getRole()), recorded.get(member.getId())));
        }
        attendance = lines;
        Map<Long, DecisionForm> forms = new HashMap<>();
        for (AgendaItem item : session.getItems()) {
            forms.put(item.getId(), item.getDecision().map(DecisionForm::of).orElseGet(() -> DecisionForm.of(item.getDraft())));
        }
        decisions = forms;
        if (documentItemId == null && !session.getItems().isEmpty()) {
            documentItemId = session.getItems().get(0).getId();
        }
        clearItemForm();
    }

    private void clearItemForm() {
        itemId = null;
        itemNumber = session.getItems().stream().mapToInt(AgendaItem::getNumber).max().orElse(0) + 1;
        itemTitleAr = null;
        itemTitleFr = null;
        itemSummaryAr = null;
        itemSummaryFr = null;
    }

    /** Runs a change that has no rule to confirm; a refusal is shown and nothing is saved. */
    private void act(Runnable change, String done) {
        try {
            change.run();
            reload();
            Messages.info(done);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** Runs a change that may come back with warnings to confirm. */
    private void confirmable(CouncilWarnings.Call call, String done) {
        warnings.attempt(call, () -> {
            reload();
            Messages.info(done);
        });
    }

    // ---- schedule and agenda

    public void saveSchedule() {
        SessionPlan plan = schedule.plan();
        long version = session.getVersion();
        long sessionId = id;
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.reschedule(sessionId, version, plan, confirmed);
            return null;
        }, "council.admin.saved");
    }

    public void editItem(AgendaItem item) {
        itemId = item.getId();
        itemNumber = item.getNumber();
        itemTitleAr = item.getTitle().getAr();
        itemTitleFr = item.getTitle().getFr();
        itemSummaryAr = item.getSummary().getAr();
        itemSummaryFr = item.getSummary().getFr();
    }

    public void cancelItemEdit() {
        clearItemForm();
    }

    public void saveItem() {
        if (itemNumber == null) {
            Messages.refused(new DomainRuleViolation("council.rule.itemNumberPositive"));
            return;
        }
        LocalizedText title = LocalizedText.of(blankToNull(itemTitleAr), blankToNull(itemTitleFr));
        LocalizedText summary = LocalizedText.of(blankToNull(itemSummaryAr), blankToNull(itemSummaryFr));
        int number = itemNumber;
        Long editing = itemId;
        act(() -> {
            if (editing == null) {
                sessions.addItem(id, number, title, summary);
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
        List<Long> order = new ArrayList<>(session.getItems().stream().map(AgendaItem::getId).toList());
        int from = order.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.set(from, order.get(to));
        order.set(to, item);
        act(() -> sessions.reorder(id, order), "council.admin.item.reordered");
    }

    /** A supporting document for the chosen item: a PDF (its bytes are checked), with its label. */
    public void uploadDocument(FileUploadEvent event) {
        if (documentItemId == null) {
            Messages.fieldError("agenda:document", "council.admin.document.chooseItem");
            return;
        }
        LocalizedText label = LocalizedText.of(blankToNull(documentLabelAr), blankToNull(documentLabelFr));
        try {
            sessions.attachDocument(documentItemId, event.getFile().getFileName(), event.getFile().getContent(), label);
            reload();
            documentLabelAr = null;
            documentLabelFr = null;
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "agenda:document"));
        }
    }

    public void detachDocument(long item, long fileId) {
        act(() -> sessions.detachDocument(item, fileId), "council.admin.document.removed");
    }

    public void publishAgenda() {
        long sessionId = id;
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.publishAgenda(sessionId, confirmed);
            return null;
        }, "council.admin.agenda.published");
    }

    public void cancelSession() {
        act(() -> sessions.cancel(id), "council.admin.session.cancelled");
    }

    /** A session never convened (a mistake) is deleted; back to the list. */
    public String deleteSession() {
        try {
            sessions.delete(id);
            Messages.info("council.admin.session.deleted");
            Faces.getFlash().setKeepMessages(true);
            return "/admin/council/sessions?faces-redirect=true";
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return null;
        }
    }

    // ---- attendance and decisions

    public void allPresent() {
        attendance.forEach(line -> line.setPresence(Presence.PRESENT));
    }

    public void saveAttendance() {
        Map<Long, Presence> presences = new LinkedHashMap<>();
        for (AttendanceLine line : attendance) {
            if (line.getPresence() == null) {
                Messages.refused(new DomainRuleViolation("council.admin.attendance.incomplete"));
                return;
            }
            presences.put(line.getMemberId(), line.getPresence());
        }
        act(() -> sessions.recordAttendance(id, presences), "council.admin.attendance.saved");
    }

    /** Present members counted on the sheet as it stands (saved or not). */
    public long getPresentCount() {
        return attendance.stream().filter(line -> line.getPresence() == Presence.PRESENT).count();
    }

    /** "Present: 12 of 25 members in office; the quorum is 13" (more than half, organic law 113-14). */
    public String getQuorumText() {
        return Messages.text("council.admin.attendance.quorum", String.valueOf(getPresentCount()), String.valueOf(members.size()),
                String.valueOf(getQuorum()));
    }

    /** More than half the members in office (organic law 113-14). */
    public int getQuorum() {
        return members.size() / 2 + 1;
    }

    public void saveDecision(long item) {
        var decision = decisions.get(item).decision();
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.recordDecision(item, decision, confirmed);
            return null;
        }, "council.admin.decision.saved");
    }

    public void correctDecision(long item) {
        DecisionForm form = decisions.get(item);
        act(() -> sessions.correctDecision(item, form.decision(), form.getReason()), "council.admin.decision.corrected");
    }

    // ---- minutes

    public void uploadMinutes(FileUploadEvent event) {
        try {
            sessions.attachMinutes(id, event.getFile().getFileName(), event.getFile().getContent());
            reload();
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "minutes:minutesFile"));
        }
    }

    public void publishMinutes() {
        long sessionId = id;
        CouncilSessions service = sessions;
        confirmable(confirmed -> {
            service.publishMinutes(sessionId, confirmed);
            return null;
        }, "council.admin.minutes.published");
    }

    /** A corrected PDF of published minutes, with the reason typed before choosing the file. */
    public void uploadMinutesCorrection(FileUploadEvent event) {
        try {
            sessions.correctMinutes(id, event.getFile().getFileName(), event.getFile().getContent(), minutesCorrectionReason);
            reload();
            minutesCorrectionReason = null;
            Messages.info("council.admin.minutes.corrected");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "correction:minutesCorrection"));
        }
    }

    // ---- what the page shows

    public boolean isPlanned() {
        return session.getState() == SessionState.PLANNED;
    }

    public boolean isConvened() {
        return session.getState() == SessionState.CONVENED;
    }

    public boolean isConcluded() {
        return session.getState() == SessionState.CONCLUDED;
    }

    /** Schedule and agenda change until the minutes are published (and never once cancelled). */
    public boolean isOpen() {
        return isPlanned() || isConvened();
    }

    public boolean isVoted(long item) {
        DecisionOutcome outcome = decisions.get(item).getOutcome();
        return outcome == DecisionOutcome.ADOPTED || outcome == DecisionOutcome.REJECTED;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public Presence[] getPresences() {
        return Presence.values();
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }

    // ---- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CouncilSession getSession() {
        return session;
    }

    public List<CouncilMember> getMembers() {
        return members;
    }

    public SessionSchedule getSchedule() {
        return schedule;
    }

    public CouncilWarnings getWarnings() {
        return warnings;
    }

    public Long getItemId() {
        return itemId;
    }

    public Integer getItemNumber() {
        return itemNumber;
    }

    public void setItemNumber(Integer itemNumber) {
        this.itemNumber = itemNumber;
    }

    public String getItemTitleAr() {
        return itemTitleAr;
    }

    public void setItemTitleAr(String itemTitleAr) {
        this.itemTitleAr = itemTitleAr;
    }

    public String getItemTitleFr() {
        return itemTitleFr;
    }

    public void setItemTitleFr(String itemTitleFr) {
        this.itemTitleFr = itemTitleFr;
    }

    public String getItemSummaryAr() {
        return itemSummaryAr;
    }

    public void setItemSummaryAr(String itemSummaryAr) {
        this.itemSummaryAr = itemSummaryAr;
    }

    public String getItemSummaryFr() {
        return itemSummaryFr;
    }

    public void setItemSummaryFr(String itemSummaryFr) {
        this.itemSummaryFr = itemSummaryFr;
    }

    public Long getDocumentItemId() {
        return documentItemId;
    }

    public void setDocumentItemId(Long documentItemId) {
        this.documentItemId = documentItemId;
    }

    public String getDocumentLabelAr() {
        return documentLabelAr;
    }

    public void setDocumentLabelAr(String documentLabelAr) {
        this.documentLabelAr = documentLabelAr;
    }

    public String getDocumentLabelFr() {
        return documentLabelFr;
    }

    public void setDocumentLabelFr(String documentLabelFr) {
        this.documentLabelFr = documentLabelFr;
    }

    public List<AttendanceLine> getAttendance() {
        return attendance;
    }

    public Map<Long, DecisionForm> getDecisions() {
        return decisions;
    }

    public String getMinutesCorrectionReason() {
        return minutesCorrectionReason;
    }

    public void setMinutesCorrectionReason(String minutesCorrectionReason) {
        this.minutesCorrectionReason = minutesCorrectionReason;
    }
}
