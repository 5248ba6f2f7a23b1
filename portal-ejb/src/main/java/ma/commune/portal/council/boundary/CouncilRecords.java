package ma.commune.portal.council.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.ProgrammeAxis;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;

/**
 * The council as residents and machines read it: the mandates, the members by office, the committees,
 * the action programme, the convened sessions (never a session still being prepared) and the announced
 * committee meetings. Everything returned is loaded for its page, feed or API.
 */
@Stateless
@PermitAll
public class CouncilRecords {

    /** President, vice-presidents in their order, secretary, deputy secretary, then members, by name. */
    public static final Comparator<CouncilMember> BY_OFFICE = Comparator.comparing(CouncilMember::getRole)
            .thenComparingInt(CouncilMember::getRank)
            .thenComparing(member -> member.getName().getFr() == null ? "" : member.getName().getFr());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    // ---- mandate, members, committees, programme

    /** The mandate running today, or the latest one. */
    public Optional<Mandate> currentMandate() {
        LocalDate today = LocalDate.now(ma.commune.portal.shared.CommuneTime.ZONE);
        return em.createQuery("select m from Mandate m where m.startDate <= :today order by m.startDate desc", Mandate.class)
                .setParameter("today", today).setMaxResults(1).getResultStream().findFirst()
                .or(() -> em.createQuery("select m from Mandate m order by m.startDate desc", Mandate.class)
                        .setMaxResults(1).getResultStream().findFirst());
    }

    public List<Mandate> mandates() {
        return em.createQuery("select m from Mandate m order by m.startDate desc", Mandate.class).getResultList();
    }

    public Optional<Mandate> mandate(long id) {
        return Optional.ofNullable(em.find(Mandate.class, id));
    }

    /** Every member of a mandate (in office or not), by office, with their committee seats. */
    public List<CouncilMember> members(Mandate mandate) {
        List<CouncilMember> members = em.createQuery("select m from CouncilMember m where m.mandate = :mandate", CouncilMember.class)
                .setParameter("mandate", mandate).getResultList();
        members.forEach(member -> member.getSeats().forEach(seat -> seat.getCommittee().getName()));
        return members.stream().sorted(BY_OFFICE).toList();
    }

    public Optional<CouncilMember> member(long id) {
        return Optional.ofNullable(em.find(CouncilMember.class, id)).map(member -> {
            member.getSeats().forEach(seat -> seat.getCommittee().getName());
            return member;
        });
    }

    /** The committees of a mandate in their order, with their seats. */
    public List<Committee> committees(Mandate mandate) {
        List<Committee> committees = em.createQuery("select c from Committee c where c.mandate = :mandate order by c.position, c.id",
                        Committee.class)
                .setParameter("mandate", mandate).getResultList();
        committees.forEach(committee -> committee.getSeats().forEach(seat -> seat.getMember().getName()));
        return committees;
    }

    public Optional<Committee> committee(long id) {
        return Optional.ofNullable(em.find(Committee.class, id)).map(committee -> {
            committee.getSeats().forEach(seat -> seat.getMember().getName());
            return committee;
        });
    }

    /** The action programme of a mandate: axes, actions, yearly progress and linked projects. */
    public List<ProgrammeAxis> programme(Mandate mandate) {
        List<ProgrammeAxis> axes = em.createQuery("select a from ProgrammeAxis a where a.mandate = :mandate order by a.position",
                        ProgrammeAxis.class)
                .setParameter("mandate", mandate).getResultList();
        axes.forEach(axis -> axis.getActions().forEach(action -> {
            action.getProgress().size();
            if (action.getProject() != null) {
                action.getProject().getTitle();
            }
        }));
        return axes;
    }

    // ---- sessions

    /** A page of convened sessions, newest first. Filters: {@code year}, {@code kind}. */
    public List<CouncilSession> sessions(PageRequest page) {
        QueryConditions where = publicSessions(page);
        return where.bind(em.createQuery("select s from CouncilSession s" + where.where() + " order by s.startsAt desc, s.id desc",
                        CouncilSession.class))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long countSessions(PageRequest page) {
        QueryConditions where = publicSessions(page);
        return where.bind(em.createQuery("select count(s) from CouncilSession s" + where.where(), Long.class)).getSingleResult();
    }

    private static QueryConditions publicSessions(PageRequest page) {
        QueryConditions where = CouncilSessions.conditions(new PageRequest(page.first(), page.size(), page.filters(), null, false));
        return where.add("s.state <> :planned", "planned", SessionState.PLANNED);
    }

    /** The years that have convened sessions, newest first. */
    public List<Integer> sessionYears() {
        List<CouncilSession> range = em.createQuery("select s from CouncilSession s where s.state <> :planned order by s.startsAt",
                CouncilSession.class).setParameter("planned", SessionState.PLANNED).getResultList();
        return range.stream().map(s -> s.getDate().getYear()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** A convened session with its agenda, documents, attendance, decisions and minutes; none while it is being prepared. */
    public Optional<CouncilSession> session(long id) {
        CouncilSession session = em.find(CouncilSession.class, id);
        return session == null || !session.isPublic() ? Optional.empty() : Optional.of(loaded(session));
    }

    /** The next convened session to come, for the council's page. */
    public Optional<CouncilSession> nextSession() {
        return em.createQuery("select s from CouncilSession s where s.state = :convened and s.startsAt > :now order by s.startsAt",
                        CouncilSession.class)
                .setParameter("convened", SessionState.CONVENED).setParameter("now", java.time.Instant.now())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The next convened session of a mandate, for the mandate's page. */
    public Optional<CouncilSession> nextSession(Mandate mandate) {
        return em.createQuery("select s from CouncilSession s where s.mandate = :mandate and s.state = :convened and s.startsAt > :now"
                        + " order by s.startsAt", CouncilSession.class)
                .setParameter("mandate", mandate).setParameter("convened", SessionState.CONVENED)
                .setParameter("now", java.time.Instant.now()).setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest sessions residents can see (convened, concluded or cancelled), newest first, for the home page. */
    public List<CouncilSession> latestSessions(int count) {
        return em.createQuery("select s from CouncilSession s where s.state <> :planned order by s.startsAt desc, s.id desc",
                        CouncilSession.class)
                .setParameter("planned", SessionState.PLANNED).setMaxResults(count).getResultList();
    }

    /** How many members of the session's mandate were in office on its day: the base of its quorum. */
    public long membersInOffice(CouncilSession session) {
        java.time.LocalDate day = session.getDate();
        return em.createQuery("select count(m) from CouncilMember m where m.mandate.id = :mandate and m.inOfficeFrom <= :day"
                        + " and (m.inOfficeUntil is null or m.inOfficeUntil >= :day)", Long.class)
                .setParameter("mandate", session.getMandate().getId()).setParameter("day", day).getSingleResult();
    }

    /** The number of items on each of these sessions' agendas (a list page shows it without loading the agendas). */
    public java.util.Map<Long, Long> itemCounts(List<Long> sessionIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select i.session.id, count(i) from AgendaItem i where i.session.id in :ids group by i.session.id", Object[].class)
                .setParameter("ids", sessionIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Every convened, concluded or cancelled session, for the calendar feed (a commune holds a handful a year). */
    public List<CouncilSession> calendarSessions() {
        return em.createQuery("select s from CouncilSession s where s.state <> :planned order by s.startsAt", CouncilSession.class)
                .setParameter("planned", SessionState.PLANNED).getResultList();
    }

    // ---- committee meetings

    /** The announced (or cancelled) meetings of a committee, newest first. */
    public List<CommitteeMeeting> meetings(Committee committee) {
        return em.createQuery("select m from CommitteeMeeting m where m.committee = :committee and m.state <> :planned"
                        + " order by m.startsAt desc", CommitteeMeeting.class)
                .setParameter("committee", committee).setParameter("planned", MeetingState.PLANNED).getResultList();
    }

    /** An announced committee meeting with its attendance, report and the items it prepared. */
    public Optional<CommitteeMeeting> meeting(long id) {
        CommitteeMeeting meeting = em.find(CommitteeMeeting.class, id);
        return meeting == null || !meeting.isPublic() ? Optional.empty() : Optional.of(loaded(meeting));
    }

    /** Public committee meetings (open to the public and announced, or cancelled after), for the calendar feed. */
    public List<CommitteeMeeting> calendarMeetings() {
        return em.createQuery("select m from CommitteeMeeting m where m.state <> :planned and m.publicMeeting = true"
                        + " order by m.startsAt", CommitteeMeeting.class)
                .setParameter("planned", MeetingState.PLANNED).getResultList()
                .stream().map(CouncilRecords::loaded).toList();
    }

    // ---- shared helpers

    static CouncilSession loaded(CouncilSession session) {
        session.getMandate().getName();
        for (AgendaItem item : session.getItems()) {
            item.getDocuments().forEach(document -> document.getFile().getFileName());
            item.getDecisions().size();
            item.getPreparedBy().forEach(meeting -> meeting.getCommittee().getName());
        }
        session.getAttendance().forEach(attendance -> attendance.getMember().getName());
        session.getMinutes().forEach(minutes -> minutes.getFile().getFileName());
        if (session.getMinutesDraft() != null) {
            session.getMinutesDraft().getFileName();
        }
        return session;
    }

    static CommitteeMeeting loaded(CommitteeMeeting meeting) {
        meeting.getCommittee().getName();
        meeting.getCommittee().getSeats().forEach(seat -> seat.getMember().getName());
        meeting.getAttendance().forEach(attendance -> attendance.getMember().getName());
        meeting.getPreparedItems().forEach(item -> item.getSession().getKind());
        if (meeting.getReport() != null) {
            meeting.getReport().getFileName();
        }
        return meeting;
    }
}
