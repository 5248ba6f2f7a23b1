package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.Presence;
import org.omnifaces.cdi.Param;
import ma.commune.portal.shared.web.PublicList;

/**
 * {@code /council/meetings/{id}}: an announced committee meeting with its agenda, attendance, report and
 * the session items it prepared. A meeting still being prepared, an unknown id or no id is a real 404.
 */
@Named
@RequestScoped
public class MeetingPage {

    @EJB
    CouncilRecords records;

    @Inject
    @Param(pathIndex = 0)
    String meetingId;

    private CommitteeMeeting meeting;

    /** {@code f:viewAction}. */
    public void load() throws IOException {
        meeting = PublicList.itemOr404(meetingId, records::meeting);
    }

    public CommitteeMeeting getMeeting() {
        return meeting;
    }

    public boolean isCancelled() {
        return meeting != null && meeting.getState() == MeetingState.CANCELLED;
    }

    public List<CouncilMember> attendees(String presence) {
        Presence wanted = Presence.valueOf(presence);
        return meeting.getAttendance().stream().filter(a -> a.getPresence() == wanted).map(a -> a.getMember())
                .sorted(CouncilRecords.BY_OFFICE).toList();
    }

    /** The items it prepared, of sessions residents can see. */
    public List<AgendaItem> getPreparedItems() {
        return meeting.getPreparedItems().stream().filter(item -> item.getSession().isPublic()).toList();
    }
}
