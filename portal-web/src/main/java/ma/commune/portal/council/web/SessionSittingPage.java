package ma.commune.portal.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Attendance;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;

/**
 * The sitting of a convened session ({@code session-sitting}): who attended, against the quorum, and the decision
 * on each item; once the minutes are published, attendance is read only and a decision changes only as a
 * correction with its reason.
 */
@Named
@ViewScoped
public class SessionSittingPage extends SessionStage {

    private static final long serialVersionUID = 1L;

    private List<CouncilMember> members = List.of();
    private List<AttendanceLine> attendance = List.of();
    private Map<Long, DecisionForm> decisions = new HashMap<>();

    @Override
    public Stage getStage() {
        return Stage.SITTING;
    }

    @Override
    protected void refresh() {
        members = sessions.membersInOffice(getId());
        Map<Long, Presence> recorded = new HashMap<>();
        for (Attendance a : getSession().getAttendance()) {
            recorded.put(a.getMember().getId(), a.getPresence());
        }
        List<AttendanceLine> lines = new ArrayList<>();
        for (CouncilMember member : members) {
            lines.add(new AttendanceLine(member, Messages.text("council.admin.role." + member.getRole()), recorded.get(member.getId())));
        }
        attendance = lines;
        Map<Long, DecisionForm> forms = new HashMap<>();
        for (AgendaItem item : getSession().getItems()) {
            forms.put(item.getId(), item.getDecision().map(DecisionForm::of).orElseGet(() -> DecisionForm.of(item.getDraft())));
        }
        decisions = forms;
    }

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
        act(() -> sessions.recordAttendance(getId(), presences), "council.admin.attendance.saved");
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
        Decision decision = decisions.get(item).decision();
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

    public Presence[] getPresences() {
        return Presence.values();
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public List<AttendanceLine> getAttendance() {
        return attendance;
    }

    public Map<Long, DecisionForm> getDecisions() {
        return decisions;
    }
}
