package ma.commune.portal.council.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;
import org.junit.jupiter.api.Test;

class CouncilSessionTest {

    private static final Mandate MANDATE = new Mandate("2021–2027", LocalDate.of(2021, 9, 21), LocalDate.of(2027, 9, 30), 5);
    private static final LocalizedText PLACE = LocalizedText.of("قاعة الاجتماعات", "Salle des délibérations");
    private static final CouncilRules RULES = CouncilRules.DEFAULT;

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(CommuneTime.ZONE).toInstant();
    }

    private static CouncilSession mayOrdinary() {
        CouncilSession session = new CouncilSession(MANDATE, SessionKind.ORDINARY, at(2026, 5, 5, 10), null, PLACE, true);
        session.addItem(1, LocalizedText.of("الميزانية", "Budget"), null, at(2026, 4, 1, 9));
        session.addItem(2, LocalizedText.of("اتفاقية", "Convention"), null, at(2026, 4, 1, 9));
        return session;
    }

    private static List<CouncilMember> members(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new CouncilMember(MANDATE, LocalizedText.of("عضو " + i, "Membre " + i), CouncilRole.MEMBER,
                        LocalDate.of(2021, 9, 21)))
                .toList();
    }

    private static Map<CouncilMember, Presence> present(List<CouncilMember> members, int present) {
        Map<CouncilMember, Presence> sheet = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            sheet.put(members.get(i), i < present ? Presence.PRESENT : Presence.EXCUSED);
        }
        return sheet;
    }

    private static String refusal(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).messageKey();
    }

    private static List<String> warnings(Runnable action) {
        return assertThrows(WarningsToConfirm.class, action::run).warnings().stream().map(RuleWarning::code).toList();
    }

    @Test
    void publishingTheAgendaInTimeConvenesTheSessionWithTodayAsConvocationDate() {
        CouncilSession session = mayOrdinary();
        List<RuleWarning> confirmed = session.publishAgenda(at(2026, 4, 20, 9), RULES, false);
        assertTrue(confirmed.isEmpty());
        assertEquals(SessionState.CONVENED, session.getState());
        assertEquals(LocalDate.of(2026, 4, 20), session.getConvocationDate());
        assertTrue(session.isPublic());
    }

    @Test
    void aLateAgendaIsAWarningToConfirmAndNothingChangesUntilConfirmed() {
        CouncilSession session = mayOrdinary();
        assertEquals(List.of("council.warning.lateNotice"), warnings(() -> session.publishAgenda(at(2026, 4, 30, 9), RULES, false)));
        assertEquals(SessionState.PLANNED, session.getState());
        List<RuleWarning> confirmed = session.publishAgenda(at(2026, 4, 30, 9), RULES, true);
        assertEquals(List.of(5L, 10), confirmed.get(0).args());
        assertEquals(SessionState.CONVENED, session.getState());
    }

    @Test
    void theNoticeIsConfigurableAndShorterForExtraordinarySessions() {
        CouncilSession extraordinary = new CouncilSession(MANDATE, SessionKind.EXTRAORDINARY, at(2026, 7, 10, 10), null, PLACE, true);
        extraordinary.addItem(1, LocalizedText.of("نقطة", "Point"), null, Instant.now());
        extraordinary.publishAgenda(at(2026, 7, 7, 9), RULES, false);
        CouncilSession strict = mayOrdinary();
        assertEquals(List.of("council.warning.lateNotice"),
                warnings(() -> strict.publishAgenda(at(2026, 4, 20, 9), new CouncilRules(20, 5), false)));
    }

    @Test
    void anOrdinarySessionOutsideFebruaryMayOrOctoberIsAWarning() {
        CouncilSession june = new CouncilSession(MANDATE, SessionKind.ORDINARY, at(2026, 6, 3, 10), null, PLACE, true);
        june.addItem(1, LocalizedText.of("نقطة", "Point"), null, Instant.now());
        assertEquals(List.of("council.warning.ordinaryOutsideMonth"), warnings(() -> june.publishAgenda(at(2026, 5, 1, 9), RULES, false)));
        assertTrue(RULES.monthOf(SessionKind.EXTRAORDINARY, LocalDate.of(2026, 6, 3)).isEmpty());
    }

    @Test
    void aSessionInThePastIsNeverConvened() {
        CouncilSession session = mayOrdinary();
        assertEquals("council.rule.sessionInPast", refusal(() -> session.publishAgenda(at(2026, 5, 6, 9), RULES, true)));
        assertEquals(SessionState.PLANNED, session.getState());
    }

    @Test
    void anAgendaItemNumberIsUniqueAndPositive() {
        CouncilSession session = mayOrdinary();
        assertEquals("council.rule.itemNumberRepeated",
                refusal(() -> session.addItem(2, LocalizedText.of("آخر", "Autre"), null, Instant.now())));
        assertEquals("council.rule.itemNumberPositive",
                refusal(() -> session.addItem(0, LocalizedText.of("آخر", "Autre"), null, Instant.now())));
        AgendaItem first = session.getItems().get(0);
        assertEquals("council.rule.itemNumberRepeated",
                refusal(() -> session.editItem(first, 2, first.getTitle(), null, Instant.now())));
        assertEquals(2, session.getItems().size());
        assertEquals(1, first.getNumber());
    }

    @Test
    void anItemTitleIsInBothLanguages() {
        CouncilSession session = mayOrdinary();
        assertEquals("council.rule.itemTitleInBothLanguages",
                refusal(() -> session.addItem(3, LocalizedText.of("عنوان فقط", " "), null, Instant.now())));
    }

    @Test
    void decisionsWaitForTheConvocationAndAVoteThatCannotBeTrueIsRefused() {
        CouncilSession session = mayOrdinary();
        AgendaItem item = session.getItems().get(0);
        Decision adopted = new Decision(DecisionOutcome.ADOPTED, 3, 1, 0, null);
        assertEquals("council.rule.notConvened", refusal(() -> session.recordDecision(item, adopted, 5, RULES, true, Instant.now())));
        session.publishAgenda(at(2026, 4, 20, 9), RULES, false);
        assertEquals("council.rule.votesExceedMembers", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.ADOPTED, 4, 1, 1, null), 5, RULES, true, Instant.now())));
        assertEquals("council.rule.outcomeContradictsVote", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.ADOPTED, 1, 3, 0, null), 5, RULES, true, Instant.now())));
        assertEquals("council.rule.outcomeContradictsVote", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.REJECTED, 3, 1, 0, null), 5, RULES, true, Instant.now())));
        assertEquals("council.rule.votesNotNegative", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.ADOPTED, 3, -1, 0, null), 5, RULES, true, Instant.now())));
        assertEquals("council.rule.votesRequired", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.ADOPTED, 3, null, 0, null), 5, RULES, true, Instant.now())));
        assertEquals("council.rule.noVoteWhenNotVoted", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.POSTPONED, 3, 0, 0, null), 5, RULES, true, Instant.now())));
        assertTrue(!item.getDraft().isRecorded());
    }

    @Test
    void aDecisionWithoutQuorumOrWithMoreVotersThanPresentIsAWarning() {
        CouncilSession session = mayOrdinary();
        session.publishAgenda(at(2026, 4, 20, 9), RULES, false);
        List<CouncilMember> members = members(5);
        session.recordAttendance(present(members, 2), Instant.now());
        AgendaItem item = session.getItems().get(0);
        assertEquals(List.of("council.warning.noQuorum", "council.warning.votesExceedPresent"), warnings(() ->
                session.recordDecision(item, new Decision(DecisionOutcome.ADOPTED, 2, 1, 0, null), 5, RULES, false, Instant.now())));
        assertTrue(!item.getDraft().isRecorded());
        session.recordAttendance(present(members, 3), Instant.now());
        assertTrue(session.recordDecision(item, new Decision(DecisionOutcome.ADOPTED, 2, 1, 0, null), 5, RULES, false, Instant.now()).isEmpty());
        assertEquals(DecisionOutcome.ADOPTED, item.getDraft().getOutcome());
    }

    @Test
    void publishedMinutesAndDecisionsAreCorrectedByNewVersionsWithAReason() {
        CouncilSession session = mayOrdinary();
        session.publishAgenda(at(2026, 4, 20, 9), RULES, false);
        session.recordAttendance(present(members(5), 4), Instant.now());
        for (AgendaItem item : session.getItems()) {
            session.recordDecision(item, new Decision(DecisionOutcome.ADOPTED, 4, 0, 0, LocalizedText.of("قرر", "Décide")), 5, RULES,
                    false, Instant.now());
        }
        assertEquals("council.rule.minutesFileRequired", refusal(() -> session.publishMinutes(at(2026, 5, 20, 9), "sec", false)));
        StoredFile pdf = new StoredFile("pv.pdf", "application/pdf", new byte[] {1}, "x", Instant.now());
        session.attachMinutes(pdf, Instant.now());
        session.publishMinutes(at(2026, 5, 20, 9), "sec", false);
        assertEquals(SessionState.CONCLUDED, session.getState());
        AgendaItem item = session.getItems().get(0);
        assertEquals(1, item.getDecisions().size());

        assertEquals("council.rule.minutesAlreadyPublished", refusal(() -> session.publishMinutes(Instant.now(), "sec", true)));
        assertEquals("council.rule.minutesPublished", refusal(() -> session.recordDecision(item,
                new Decision(DecisionOutcome.REJECTED, 0, 4, 0, null), 5, RULES, true, Instant.now())));
        assertEquals("council.rule.correctionReasonRequired", refusal(() -> session.correctDecision(item,
                new Decision(DecisionOutcome.ADOPTED, 3, 1, 0, null), "  ", 5, Instant.now(), "sec")));

        session.correctDecision(item, new Decision(DecisionOutcome.ADOPTED, 3, 1, 0, null), "Erreur de décompte", 5, Instant.now(), "sec");
        session.correctMinutes(pdf, "Annexe manquante", Instant.now(), "sec");
        assertEquals(List.of(1, 2), item.getDecisions().stream().map(DecisionVersion::getNumber).toList());
        assertEquals(4, item.getDecisions().get(0).getVotesFor());
        assertEquals(3, item.getDecision().orElseThrow().getVotesFor());
        assertEquals("Erreur de décompte", item.getDecision().orElseThrow().getCorrectionReason());
        assertEquals(2, session.getCurrentMinutes().orElseThrow().getNumber());
        assertEquals(null, session.getMinutes().get(0).getCorrectionReason());
    }

    @Test
    void minutesNeedEveryDecisionAndTheAttendance() {
        CouncilSession session = mayOrdinary();
        session.publishAgenda(at(2026, 4, 20, 9), RULES, false);
        session.attachMinutes(new StoredFile("pv.pdf", "application/pdf", new byte[] {1}, "x", Instant.now()), Instant.now());
        assertEquals("council.rule.attendanceRequired", refusal(() -> session.publishMinutes(at(2026, 5, 20, 9), "sec", false)));
        session.recordAttendance(present(members(5), 4), Instant.now());
        assertEquals("council.rule.decisionMissing", refusal(() -> session.publishMinutes(at(2026, 5, 20, 9), "sec", false)));
        session.getItems().forEach(item -> session.recordDecision(item, new Decision(DecisionOutcome.WITHDRAWN, null, null, null, null),
                5, RULES, false, Instant.now()));
        assertEquals(List.of("council.warning.minutesBeforeSession"), warnings(() -> session.publishMinutes(at(2026, 5, 1, 9), "sec", false)));
        session.publishMinutes(at(2026, 5, 1, 9), "sec", true);
        assertEquals(SessionState.CONCLUDED, session.getState());
    }

    @Test
    void aChangeOfAConvenedSessionRaisesItsCalendarSequenceAndACancellationToo() {
        CouncilSession session = mayOrdinary();
        session.schedule(SessionKind.ORDINARY, at(2026, 5, 6, 10), null, PLACE, true, Instant.now());
        assertEquals(0, session.getSequence());
        session.publishAgenda(at(2026, 4, 20, 9), RULES, false);
        session.schedule(SessionKind.ORDINARY, at(2026, 5, 7, 10), null, PLACE, true, Instant.now());
        assertEquals(1, session.getSequence());
        session.schedule(SessionKind.ORDINARY, at(2026, 5, 7, 10), null, PLACE, true, Instant.now());
        assertEquals(1, session.getSequence());
        session.cancel(Instant.now());
        assertEquals(2, session.getSequence());
        assertEquals(SessionState.CANCELLED, session.getState());
        assertEquals("council.rule.sessionCancelled", refusal(() -> session.addItem(9, LocalizedText.of("ا", "a"), null, Instant.now())));
    }

    @Test
    void sessionsAreNamedAsTheCommuneNamesThem() {
        assertEquals(LocalizedText.of("الدورة العادية لشهر ماي 2026", "Session ordinaire de mai 2026"), mayOrdinary().getTitle());
        CouncilSession october = new CouncilSession(MANDATE, SessionKind.EXTRAORDINARY, at(2025, 10, 2, 10), null, PLACE, true);
        assertEquals(LocalizedText.of("الدورة الاستثنائية لشهر أكتوبر 2025", "Session extraordinaire d'octobre 2025"), october.getTitle());
    }

    @Test
    void aSessionOutsideEveryMandateIsRefused() {
        assertEquals("council.rule.sessionOutsideMandate", refusal(() ->
                new CouncilSession(MANDATE, SessionKind.ORDINARY, at(2028, 2, 3, 10), null, PLACE, true)));
    }
}
