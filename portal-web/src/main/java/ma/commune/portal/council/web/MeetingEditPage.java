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
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.council.boundary.CommitteeMeetings;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Attendance;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CommitteeSeat;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * One committee meeting: committee, date, place, public or not, agenda in both languages; announce or
 * cancel it; the attendance of the committee's members; the report (PDF); the session items it prepared.
 */
@Named
@ViewScoped
public class MeetingEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CommitteeMeetings meetings;

    @EJB
    CouncilSessions sessions;

    @EJB
    CouncilRecords records;

    private Long id;
    private CommitteeMeeting meeting;
    private Long committeeId;
    private SessionSchedule schedule = new SessionSchedule();
    private String agendaAr;
    private String agendaFr;
    private List<AttendanceLine> attendance = List.of();
    private List<Long> preparedItemIds = new ArrayList<>();
    private boolean loaded;

    /** {@code f:viewAction}: a new meeting, or the one of {@code ?id=} (404 when there is none). */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            schedule.setOpen(false);
            return;
        }
        try {
            reload();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    private void reload() {
        meeting = meetings.find(id);
        committeeId = meeting.getCommittee().getId();
        schedule = SessionSchedule.of(null, meeting.getStartsAt(), meeting.getEndsAt(), meeting.getPlace(), meeting.isPublicMeeting());
        agendaAr = meeting.getAgenda().getAr();
        agendaFr = meeting.getAgenda().getFr();
        Map<Long, Presence> recorded = new HashMap<>();
        for (Attendance a : meeting.getAttendance()) {
            recorded.put(a.getMember().getId(), a.getPresence());
        }
        List<AttendanceLine> lines = new ArrayList<>();
        for (CommitteeSeat seat : meeting.getCommittee().seatsOn(meeting.getDate())) {
            lines.add(new AttendanceLine(seat.getMember(), Messages.text("council.admin.seatRole." + seat.getRole()),
                    recorded.get(seat.getMember().getId())));
        }
        attendance = lines;
        preparedItemIds = new ArrayList<>(meeting.getPreparedItems().stream().map(AgendaItem::getId).toList());
    }

    public String save() {
        if (committeeId == null) {
            Messages.refused(new DomainRuleViolation("council.admin.meeting.committeeRequired"));
            return null;
        }
        try {
            boolean created = id == null;
            CommitteeMeeting saved = meetings.save(id, committeeId, schedule.plan(),
                    LocalizedText.of(blankToNull(agendaAr), blankToNull(agendaFr)));
            Messages.info("council.admin.saved");
            if (created) {
                Faces.getFlash().setKeepMessages(true);
                return "/admin/council/meeting-edit?faces-redirect=true&id=" + saved.getId();
            }
            reload();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        return null;
    }

    public void announce() {
        act(() -> meetings.announce(id), "council.admin.meeting.announced");
    }

    public void cancel() {
        act(() -> meetings.cancel(id), "council.admin.meeting.cancelled");
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
        act(() -> meetings.recordAttendance(id, presences), "council.admin.attendance.saved");
    }

    public void savePreparedItems() {
        List<Long> items = List.copyOf(preparedItemIds);
        act(() -> meetings.prepares(id, items), "council.admin.saved");
    }

    public void uploadReport(FileUploadEvent event) {
        try {
            meetings.attachReport(id, event.getFile().getFileName(), event.getFile().getContent());
            reload();
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "report:reportFile"));
        }
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            reload();
            Messages.info(done);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** The committees of the current mandate (or the meeting's own). */
    public List<Committee> getCommittees() {
        return records.currentMandate().map(records::committees).orElse(List.of());
    }

    /** The items of convened sessions, which a committee may have prepared (the latest sessions first). */
    public List<AgendaItem> getConvenedItems() {
        List<AgendaItem> items = new ArrayList<>();
        for (CouncilSession session : sessions.search(new PageRequest(0, 20, Map.of("state", SessionState.CONVENED.name()), null, false))) {
            items.addAll(sessions.find(session.getId()).getItems());
        }
        if (meeting != null) {
            meeting.getPreparedItems().stream().filter(item -> !items.contains(item)).forEach(items::add);
        }
        return items;
    }

    public Presence[] getPresences() {
        return Presence.values();
    }

    public boolean isPlanned() {
        return meeting != null && meeting.getState() == MeetingState.PLANNED;
    }

    public boolean isAnnounced() {
        return meeting != null && meeting.getState() == MeetingState.ANNOUNCED;
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

    public CommitteeMeeting getMeeting() {
        return meeting;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public SessionSchedule getSchedule() {
        return schedule;
    }

    public String getAgendaAr() {
        return agendaAr;
    }

    public void setAgendaAr(String agendaAr) {
        this.agendaAr = agendaAr;
    }

    public String getAgendaFr() {
        return agendaFr;
    }

    public void setAgendaFr(String agendaFr) {
        this.agendaFr = agendaFr;
    }

    public List<AttendanceLine> getAttendance() {
        return attendance;
    }

    public List<Long> getPreparedItemIds() {
        return preparedItemIds;
    }

    public void setPreparedItemIds(List<Long> preparedItemIds) {
        this.preparedItemIds = preparedItemIds;
    }
}
