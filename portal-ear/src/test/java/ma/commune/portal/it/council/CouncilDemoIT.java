package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CommitteeRole;
import ma.commune.portal.council.entity.CommitteeSeat;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.DecisionVersion;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.MinutesVersion;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.ProgrammeAction;
import ma.commune.portal.council.entity.ProgrammeAxis;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.shared.CommuneTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo council as residents, the calendar feed and OParl read it through {@link CouncilRecords}: the
 * mandate 2021–2027 with its members in office, the permanent committees, the action programme, the
 * sessions of the last two years with quorum, decisions and minutes (one corrected), the next session
 * convened, and the committee meetings that prepared them. Other tests may add sessions to the same
 * mandate: the demo's are the ones held in its council chamber.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class CouncilDemoIT {

    private static final String DEMO_PLACE = "Salle des délibérations, siège de la commune de Ben Guerir";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CouncilDemoIT.class);
    }

    @EJB
    CouncilRecords records;

    private static LocalDate today() {
        return LocalDate.now(CommuneTime.ZONE);
    }

    private Mandate demoMandate() {
        return records.mandates().stream()
                .filter(m -> m.getStartDate().equals(LocalDate.of(2021, 9, 21)) && m.getEndDate().equals(LocalDate.of(2027, 9, 30)))
                .min(Comparator.comparing(Mandate::getId)).orElseThrow(() -> new AssertionError("no demo mandate 2021-2027"));
    }

    /** The demo's sessions, each loaded with its agenda, attendance, decisions and minutes, oldest first. */
    private List<CouncilSession> demoSessions(Mandate mandate) {
        return records.calendarSessions().stream()
                .map(session -> records.session(session.getId()).orElseThrow())
                .filter(session -> session.getMandate().getId().equals(mandate.getId()) && DEMO_PLACE.equals(session.getPlace().getFr()))
                .toList();
    }

    private static long inOffice(List<CouncilMember> members, LocalDate day) {
        return members.stream().filter(member -> member.isInOffice(day)).count();
    }

    @Test
    void theCurrentCouncilHasItsThirtyFiveMembersInOffice() {
        assertTrue(records.currentMandate().isPresent(), "a mandate runs today");
        Mandate mandate = demoMandate();
        assertEquals(35, mandate.getSeats());
        List<CouncilMember> members = records.members(mandate);
        assertEquals(35, inOffice(members, today()), "members in office today");
        assertEquals(36, members.size(), "35 elected and one successor");
        CouncilMember left = members.stream().filter(m -> m.getInOfficeUntil() != null).findFirst().orElseThrow();
        assertEquals(2024, left.getInOfficeUntil().getYear());
        assertTrue(members.stream().anyMatch(m -> m.getInOfficeFrom().getYear() == 2024 && m.getInOfficeUntil() == null),
                "the successor entered in 2024");
        assertEquals(CouncilRole.PRESIDENT, members.get(0).getRole(), "the president comes first");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), members.stream().filter(m -> m.getRole() == CouncilRole.VICE_PRESIDENT)
                .map(CouncilMember::getRank).toList(), "seven vice-presidents in their rank");
        assertEquals(1, members.stream().filter(m -> m.getRole() == CouncilRole.SECRETARY).count());
        assertEquals(1, members.stream().filter(m -> m.getRole() == CouncilRole.DEPUTY_SECRETARY).count());
        for (CouncilMember member : members) {
            assertTrue(member.getName().isComplete() && member.getParty().isComplete(), "name and party in both languages");
        }
    }

    @Test
    void thePermanentCommitteesHaveAChairAndTheirMembers() {
        List<Committee> committees = records.committees(demoMandate());
        List<Committee> permanent = committees.stream().filter(Committee::isPermanent).toList();
        assertTrue(permanent.size() >= 3, "the three committees the law requires");
        for (Committee committee : committees) {
            assertTrue(committee.getName().isComplete() && committee.getRemit().isComplete(), "name and remit in both languages");
            List<CommitteeSeat> seated = committee.seatsOn(today());
            assertEquals(1, seated.stream().filter(seat -> seat.getRole() == CommitteeRole.CHAIR).count(), "one chair");
            assertEquals(1, seated.stream().filter(seat -> seat.getRole() == CommitteeRole.RAPPORTEUR).count(), "one rapporteur");
            assertTrue(seated.size() >= 6 && seated.size() <= 9, committee.getName().getFr() + ": " + seated.size());
        }
        assertTrue(committees.stream().flatMap(c -> c.getSeats().stream()).anyMatch(seat -> seat.getEndDate() != null),
                "the member who left office left his committee");
    }

    @Test
    void theActionProgrammeHasItsAxesActionsAndYearlyProgress() {
        List<ProgrammeAxis> axes = records.programme(demoMandate());
        assertTrue(axes.size() >= 4 && axes.size() <= 5, "axes: " + axes.size());
        int lastYear = Math.min(today().getYear(), 2027);
        for (ProgrammeAxis axis : axes) {
            assertTrue(axis.getTitle().isComplete());
            assertTrue(axis.getActions().size() >= 3 && axis.getActions().size() <= 5);
            assertTrue(axis.getBudget().signum() > 0);
            for (ProgrammeAction action : axis.getActions()) {
                assertTrue(action.getTitle().isComplete() && action.getResponsible().isComplete());
                assertEquals(IntStream.rangeClosed(2022, lastYear).boxed().toList(),
                        action.getProgress().stream().map(p -> p.getYear()).toList(), "progress of every year");
            }
        }
        long linked = axes.stream().flatMap(a -> a.getActions().stream()).filter(a -> a.getProject() != null).count();
        assertTrue(linked >= 2 && linked <= 3, "actions carried out by demo projects: " + linked);
    }

    @Test
    void theSessionsOfTheLastTwoYearsAreConcludedWithQuorumDecisionsAndMinutes() {
        Mandate mandate = demoMandate();
        List<CouncilMember> members = records.members(mandate);
        List<CouncilSession> concluded = demoSessions(mandate).stream()
                .filter(s -> s.getState() == SessionState.CONCLUDED && s.getDate().isAfter(today().minusYears(2))).toList();
        assertTrue(concluded.size() >= 6, "concluded sessions: " + concluded.size());
        Set<Month> ordinaryMonths = concluded.stream().filter(s -> s.getKind() == SessionKind.ORDINARY)
                .map(s -> s.getDate().getMonth()).collect(Collectors.toSet());
        assertEquals(Set.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER), ordinaryMonths);
        assertTrue(concluded.stream().filter(s -> s.getKind() == SessionKind.EXTRAORDINARY).count() >= 2, "extraordinary sessions");

        for (CouncilSession session : concluded) {
            String which = session.getTitle().getFr();
            long sitting = inOffice(members, session.getDate());
            assertEquals(sitting, session.getAttendance().size(), which + ": the attendance of every member in office");
            assertTrue(session.present() * 2 > sitting, which + ": quorum");
            long notice = ChronoUnit.DAYS.between(session.getConvocationDate(), session.getDate());
            assertTrue(notice >= (session.getKind() == SessionKind.ORDINARY ? 10 : 3), which + ": notice of " + notice + " days");
            assertTrue(session.getAgendaPublishedAt().isBefore(session.getStartsAt()));
            List<AgendaItem> items = session.getItems();
            assertTrue(items.size() >= 4 && items.size() <= 9, which + ": items " + items.size());
            assertEquals(IntStream.rangeClosed(1, items.size()).boxed().toList(), items.stream().map(AgendaItem::getNumber).toList());
            for (AgendaItem item : items) {
                assertTrue(item.getTitle().isComplete() && item.getSummary().isComplete());
                assertFalse(item.getDecisions().isEmpty(), which + ": a decision on item " + item.getNumber());
                assertEquals(1, item.getDecisions().get(0).getNumber());
                DecisionVersion latest = item.getDecision().orElseThrow();
                Decision draft = item.getDraft();
                assertEquals(latest.getOutcome(), draft.getOutcome(), "the working copy is the published decision");
                assertEquals(latest.getVotesFor(), draft.getVotesFor());
                assertEquals(latest.getVotesAgainst(), draft.getVotesAgainst());
                assertEquals(latest.getAbstentions(), draft.getAbstentions());
                for (DecisionVersion version : item.getDecisions()) {
                    new Decision(version.getOutcome(), version.getVotesFor(), version.getVotesAgainst(), version.getAbstentions(),
                            version.getText()).check((int) sitting);
                    int voters = (version.getVotesFor() == null ? 0 : version.getVotesFor())
                            + (version.getVotesAgainst() == null ? 0 : version.getVotesAgainst())
                            + (version.getAbstentions() == null ? 0 : version.getAbstentions());
                    assertTrue(voters <= session.present(), which + ": votes within the members present");
                    assertTrue(version.getText().isComplete());
                }
            }
            MinutesVersion first = session.getMinutes().get(0);
            assertEquals(1, first.getNumber());
            assertTrue(first.getPublishedAt().isAfter(session.getStartsAt()));
            assertEquals("application/pdf", first.getFile().getContentType());
        }
        List<DecisionOutcome> outcomes = concluded.stream().flatMap(s -> s.getItems().stream())
                .map(item -> item.getDecision().orElseThrow().getOutcome()).toList();
        assertTrue(outcomes.contains(DecisionOutcome.REJECTED) && outcomes.contains(DecisionOutcome.POSTPONED));
        assertTrue(concluded.stream().flatMap(s -> s.getItems().stream()).anyMatch(item -> !item.getDocuments().isEmpty()),
                "supporting documents");
    }

    @Test
    void oneSessionShowsTheHistoryOfItsCorrectedMinutesAndDecision() {
        CouncilSession corrected = demoSessions(demoMandate()).stream().filter(s -> s.getMinutes().size() == 2)
                .findFirst().orElseThrow(() -> new AssertionError("no corrected minutes"));
        MinutesVersion second = corrected.getMinutes().get(1);
        assertTrue(second.isCorrection() && !second.getCorrectionReason().isBlank());
        assertTrue(second.getPublishedAt().isAfter(corrected.getMinutes().get(0).getPublishedAt()));
        assertTrue(corrected.getUpdatedAt().compareTo(second.getPublishedAt()) >= 0);
        AgendaItem item = corrected.getItems().stream().filter(i -> i.getDecisions().size() == 2).findFirst().orElseThrow();
        DecisionVersion correction = item.getDecisions().get(1);
        assertTrue(correction.isCorrection() && !correction.getCorrectionReason().isBlank());
        assertNotNull(item.getDecisions().get(0).getVotesFor());
    }

    @Test
    void theNextOrdinarySessionIsConvenedAndOneExtraordinaryWasCancelled() {
        // The demo's own next session (other test classes convene sessions of their own in the same database).
        long nextId = demoSessions(demoMandate()).stream()
                .filter(s -> s.getState() == SessionState.CONVENED && s.getStartsAt().isAfter(Instant.now()))
                .min(java.util.Comparator.comparing(CouncilSession::getStartsAt)).orElseThrow().getId();
        CouncilSession next = records.session(nextId).orElseThrow();
        assertEquals(SessionState.CONVENED, next.getState());
        assertEquals(SessionKind.ORDINARY, next.getKind());
        assertTrue(next.getAgendaPublishedAt().isBefore(Instant.now()));
        assertTrue(ChronoUnit.DAYS.between(next.getConvocationDate(), next.getDate()) >= 10);
        assertFalse(next.getItems().isEmpty());
        assertTrue(next.getAttendance().isEmpty() && next.getMinutes().isEmpty());
        assertTrue(next.getItems().stream().allMatch(item -> item.getDecisions().isEmpty()));

        CouncilSession cancelled = demoSessions(demoMandate()).stream().filter(s -> s.getState() == SessionState.CANCELLED)
                .findFirst().orElseThrow();
        assertEquals(SessionKind.EXTRAORDINARY, cancelled.getKind());
        assertEquals(1, cancelled.getSequence());
    }

    @Test
    void committeeMeetingsPreparedTheOrdinarySessions() {
        Mandate mandate = demoMandate();
        for (CouncilSession session : demoSessions(mandate)) {
            if (session.getKind() != SessionKind.ORDINARY) {
                continue;
            }
            Set<Long> meetings = session.getItems().stream().flatMap(item -> item.getPreparedBy().stream())
                    .map(CommitteeMeeting::getId).collect(Collectors.toSet());
            assertTrue(meetings.size() >= 2 && meetings.size() <= 3, session.getTitle().getFr() + ": meetings " + meetings.size());
            for (long id : meetings) {
                CommitteeMeeting meeting = records.meeting(id).orElseThrow();
                assertEquals(MeetingState.ANNOUNCED, meeting.getState());
                assertTrue(meeting.getStartsAt().isBefore(session.getStartsAt()));
                assertFalse(meeting.getAgenda().isEmpty() || meeting.getPreparedItems().isEmpty());
                if (meeting.getEndsAt().isBefore(Instant.now())) {
                    assertNotNull(meeting.getReport(), "the report of a meeting held");
                    assertFalse(meeting.getAttendance().isEmpty());
                    assertTrue(meeting.getAttendance().stream().anyMatch(a -> a.getPresence() == Presence.PRESENT));
                }
            }
        }
        assertTrue(records.calendarMeetings().stream().anyMatch(CommitteeMeeting::isPublicMeeting), "public meetings in the calendar");
    }
}
