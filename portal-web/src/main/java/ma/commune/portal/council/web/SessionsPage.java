package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.DecisionVersion;
import ma.commune.portal.council.entity.MinutesVersion;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.PublicAddress;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /council/sessions?year=&kind=&page=}: the sessions residents can see (convened, concluded,
 * cancelled), newest first, filtered and paged in the database; {@code /council/sessions/{id}}: one session
 * with its agenda and, once concluded, its attendance, decisions (with their corrections) and minutes.
 * A session still being prepared, or an id that does not exist, is a real 404.
 */
@Named
@RequestScoped
public class SessionsPage {

    public static final int PAGE_SIZE = 10;
    static final String CALENDAR = "/api/council/sessions.ics";

    @EJB
    CouncilRecords records;

    @Inject
    HttpServletRequest request;

    @Inject
    PublicAddress address;

    @Inject
    @Param(pathIndex = 0)
    String sessionId;

    @Inject
    @Param(name = "year")
    String year;

    @Inject
    @Param(name = "kind")
    String kind;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private CouncilSession session;
    private long membersInOffice;
    private List<CouncilSession> sessions;
    private Map<Long, Long> itemCounts = Map.of();
    private PublicList list;

    /** {@code f:viewAction}: loads what the address asks for, or answers 404. */
    public void load() throws IOException {
        if (sessionId != null) {
            session = PublicList.itemOr404(sessionId, records::session);
            if (session != null && session.getState() == SessionState.CONCLUDED) {
                membersInOffice = records.membersInOffice(session);
            }
            return;
        }
        list = new PublicList("/council/sessions", pageParameter, PAGE_SIZE);
        list.year("year", year);
        list.choice("kind", SessionKind.class, kind);
        PageRequest request = new PageRequest(list.getFirst(), PAGE_SIZE, list.filters(), null, false);
        if (list.total(records.countSessions(request))) {
            sessions = records.sessions(request);
            itemCounts = records.itemCounts(sessions.stream().map(CouncilSession::getId).toList());
        }
    }

    // ---- the list

    public List<CouncilSession> getSessions() {
        return sessions;
    }

    public PublicList getList() {
        return list;
    }

    public long items(CouncilSession listed) {
        return itemCounts.getOrDefault(listed.getId(), 0L);
    }

    public List<Integer> getYears() {
        return records.sessionYears();
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    /** The calendar feed for calendar applications: the same address under {@code webcal://}. */
    public String getWebcalLink() {
        return address.webcal(CALENDAR);
    }

    public String getCalendarLink() {
        return request.getContextPath() + CALENDAR;
    }

    // ---- one session

    public CouncilSession getSession() {
        return session;
    }

    public boolean isConcluded() {
        return session != null && session.getState() == SessionState.CONCLUDED;
    }

    public boolean isCancelled() {
        return session != null && session.getState() == SessionState.CANCELLED;
    }

    /** The members with that presence, bureau first. */
    public List<CouncilMember> attendees(String presence) {
        Presence wanted = Presence.valueOf(presence);
        return session.getAttendance().stream().filter(a -> a.getPresence() == wanted).map(a -> a.getMember())
                .sorted(CouncilRecords.BY_OFFICE).toList();
    }

    /** "20 présents sur 35 membres en fonction" (numbers as text: MessageFormat would write ٢٠ in Arabic). */
    public String getQuorum() {
        return Messages.text("council.page.quorum", String.valueOf(session.present()), String.valueOf(membersInOffice));
    }

    /** The decision as it stands (its last version), or none before the minutes. */
    public DecisionVersion decision(AgendaItem item) {
        List<DecisionVersion> versions = item.getDecisions();
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** Every version of a corrected decision, newest first (empty when it was never corrected). */
    public List<DecisionVersion> history(AgendaItem item) {
        List<DecisionVersion> versions = new ArrayList<>(item.getDecisions());
        if (versions.size() < 2) {
            return List.of();
        }
        versions.sort(Comparator.comparingInt(DecisionVersion::getNumber).reversed());
        return versions;
    }

    /** The committee meetings that prepared an item and that residents can see. */
    public List<CommitteeMeeting> preparedBy(AgendaItem item) {
        return item.getPreparedBy().stream().filter(CommitteeMeeting::isPublic).toList();
    }

    public MinutesVersion getMinutes() {
        return session == null ? null : session.getCurrentMinutes().orElse(null);
    }

    /** The versions of the minutes, newest first. */
    public List<MinutesVersion> getMinutesHistory() {
        List<MinutesVersion> versions = new ArrayList<>(session.getMinutes());
        versions.sort(Comparator.comparingInt(MinutesVersion::getNumber).reversed());
        return versions;
    }
}
