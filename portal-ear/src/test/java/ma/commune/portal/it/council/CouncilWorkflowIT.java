package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ma.commune.portal.council.boundary.CouncilDirectory;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.boundary.SessionPlan;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.RuleWarning;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.council.entity.WarningsToConfirm;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council secretariat's workflow on the real server and database: every rule of the law as a
 * refusal or a warning to confirm (and nothing saved until confirmed), the published minutes and
 * decisions that are only ever corrected by new versions, the audit, the role checks, and what the
 * public sees at each step.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class CouncilWorkflowIT {

    private static final LocalizedText PLACE = LocalizedText.of("قاعة المداولات بمقر الجماعة", "Salle des délibérations, siège de la commune");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CouncilWorkflowIT.class);
    }

    @EJB
    CouncilSessions sessions;

    @EJB
    CouncilDirectory directory;

    @EJB
    CouncilRecords records;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsSecretariat asSecretariat;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    RunAs.AsEditor asEditor;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private <T> T secretariat(Callable<T> work) throws Exception {
        return asSecretariat.call(work);
    }

    private static String rule(Exception thrown) {
        return RunAs.cause(thrown, DomainRuleViolation.class).messageKey();
    }

    private static List<String> warnings(Exception thrown) {
        return RunAs.cause(thrown, WarningsToConfirm.class).warnings().stream().map(RuleWarning::code).toList();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The mandate running today (the demo's, or one made for the test when the database has none). */
    private Mandate mandate() throws Exception {
        LocalDate today = LocalDate.now(CommuneTime.ZONE);
        Mandate current = records.currentMandate().filter(m -> m.covers(today.plusMonths(14))).orElse(null);
        if (current != null) {
            return current;
        }
        Mandate mandate = asAdmin.call(() -> directory.createMandate("IT " + today, today.minusYears(1), today.plusYears(3), 9));
        for (int i = 0; i < 6; i++) {
            int n = i;
            secretariat(() -> directory.saveMember(null, mandate.getId(), LocalizedText.of("عضو " + n, "Membre " + n),
                    LocalizedText.of("حزب", "Parti"), n == 0 ? CouncilRole.PRESIDENT : CouncilRole.MEMBER, 0, today.minusYears(1), null));
        }
        return mandate;
    }

    /** The next first week of February, May or October at least {@code daysAhead} days away, at 10:00 in Morocco. */
    private static Instant ordinaryDateAtLeast(int daysAhead) {
        LocalDate day = LocalDate.now(CommuneTime.ZONE).plusDays(daysAhead);
        while (!(List.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER).contains(day.getMonth()) && day.getDayOfMonth() <= 7)) {
            day = day.plusDays(1);
        }
        return LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(CommuneTime.ZONE).toInstant();
    }

    private static Instant daysFromNow(int days) {
        return LocalDateTime.of(LocalDate.now(CommuneTime.ZONE).plusDays(days), java.time.LocalTime.of(16, 0))
                .atZone(CommuneTime.ZONE).toInstant();
    }

    private CouncilSession planned(SessionKind kind, Instant startsAt) throws Exception {
        mandate();
        CouncilSession session = secretariat(() -> sessions.plan(new SessionPlan(kind, startsAt, null, PLACE, true), true));
        secretariat(() -> sessions.addItem(session.getId(), 1, LocalizedText.of("دراسة مشروع الميزانية", "Examen du projet de budget"),
                LocalizedText.of("ملخص", "Résumé")));
        secretariat(() -> sessions.addItem(session.getId(), 2, LocalizedText.of("اتفاقية شراكة للإنارة العمومية",
                "Convention de partenariat pour l'éclairage public"), null));
        return session;
    }

    private Map<Long, Presence> sheet(long sessionId, int present) throws Exception {
        Map<Long, Presence> sheet = new LinkedHashMap<>();
        List<CouncilMember> members = secretariat(() -> sessions.membersInOffice(sessionId));
        for (int i = 0; i < members.size(); i++) {
            sheet.put(members.get(i).getId(), i < present ? Presence.PRESENT : i % 2 == 0 ? Presence.EXCUSED : Presence.ABSENT);
        }
        return sheet;
    }

    @Test
    void onlyTheSecretariatAndAdministratorsChangeSessions() throws Exception {
        SessionPlan plan = new SessionPlan(SessionKind.EXTRAORDINARY, daysFromNow(30), null, PLACE, true);
        mandate();
        assertThrows(EJBAccessException.class, () -> sessions.plan(plan, true), "anonymous");
        Exception editor = assertThrows(Exception.class, () -> asEditor.call(() -> sessions.plan(plan, true)));
        RunAs.cause(editor, EJBAccessException.class);
        Exception editorMembers = assertThrows(Exception.class, () -> asEditor.call(() ->
                directory.saveMember(null, mandate().getId(), LocalizedText.of("س", "X"), null, CouncilRole.MEMBER, 0, LocalDate.now(), null)));
        RunAs.cause(editorMembers, EJBAccessException.class);

        CouncilSession bySecretariat = secretariat(() -> sessions.plan(plan, true));
        CouncilSession byAdmin = asAdmin.call(() -> sessions.plan(plan, true));
        assertEquals(SessionState.PLANNED, bySecretariat.getState());
        assertEquals(SessionState.PLANNED, byAdmin.getState());
        assertThrows(EJBAccessException.class, () -> sessions.publishAgenda(bySecretariat.getId(), true), "anonymous");
        assertThrows(EJBAccessException.class, () -> sessions.recordDecision(1L, new Decision(DecisionOutcome.ADOPTED, 1, 0, 0, null), true));
    }

    @Test
    void theWholeCycleFromAgendaToMinutesWithWhatThePublicSeesAtEachStep() throws Exception {
        CouncilSession session = planned(SessionKind.ORDINARY, ordinaryDateAtLeast(12));
        long id = session.getId();
        assertTrue(records.session(id).isEmpty(), "a session being prepared is not public");
        assertFalse(records.sessions(PageRequest.of(0, 200)).stream().anyMatch(s -> s.getId() == id));

        AgendaItem first = secretariat(() -> sessions.find(id)).getItems().get(0);
        secretariat(() -> sessions.attachDocument(first.getId(), "note.pdf", pdf("note"), LocalizedText.of("مذكرة", "Note")));
        long documentId = secretariat(() -> sessions.find(id)).getItems().get(0).getDocuments().get(0).getFile().getId();
        assertTrue(!files.isPublic(documentId), "the documents of an unpublished agenda are not public");

        // Reordering: the second item becomes the first; the numbers follow.
        List<Long> order = secretariat(() -> sessions.find(id)).getItems().stream().map(AgendaItem::getId).toList();
        secretariat(() -> sessions.reorder(id, List.of(order.get(1), order.get(0))));
        CouncilSession reordered = secretariat(() -> sessions.find(id));
        assertEquals(order.get(1), reordered.getItems().get(0).getId());
        assertEquals(List.of(1, 2), reordered.getItems().stream().map(AgendaItem::getNumber).toList());

        CouncilSession convened = secretariat(() -> sessions.publishAgenda(id, false));
        assertEquals(SessionState.CONVENED, convened.getState());
        assertEquals(LocalDate.now(CommuneTime.ZONE), convened.getConvocationDate());
        assertTrue(records.session(id).isPresent(), "a convened session is public");
        assertTrue(files.isPublic(documentId), "its agenda's documents are public");

        secretariat(() -> sessions.recordAttendance(id, sheet(id, Integer.MAX_VALUE)));
        int present = secretariat(() -> sessions.find(id)).present();
        for (AgendaItem item : secretariat(() -> sessions.find(id)).getItems()) {
            secretariat(() -> sessions.recordDecision(item.getId(), new Decision(DecisionOutcome.ADOPTED, present - 1, 1, 0,
                    LocalizedText.of("صادق المجلس", "Le conseil approuve")), false));
        }
        assertTrue(records.session(id).orElseThrow().getItems().stream().allMatch(item -> item.getDecision().isEmpty()),
                "decisions are not public before the minutes");
        secretariat(() -> sessions.attachMinutes(id, "pv.pdf", pdf("pv")));
        secretariat(() -> sessions.publishMinutes(id, true));

        CouncilSession concluded = records.session(id).orElseThrow();
        assertEquals(SessionState.CONCLUDED, concluded.getState());
        assertEquals(1, concluded.getMinutes().size());
        assertTrue(concluded.getItems().stream().allMatch(item -> item.getDecision().orElseThrow().getVotesFor() == present - 1));
        assertTrue(files.isPublic(concluded.getCurrentMinutes().orElseThrow().getFile().getId()), "the minutes are public");

        List<String> actions = asAdmin.call(() -> audit.search(new PageRequest(0, 100, Map.of("entityType", "CouncilSession"), null, false)))
                .stream().filter(entry -> entry.getEntityId().equals(String.valueOf(id))).map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("create", "agenda", "document", "publishAgenda", "attendance", "decision",
                "minutes", "publishMinutes")), "every step is audited: " + actions);
    }

    @Test
    void aLateAgendaIsSavedOnlyOnceTheSecretariatConfirmsAndTheAuditKeepsTheWarning() throws Exception {
        CouncilSession session = planned(SessionKind.EXTRAORDINARY, daysFromNow(2));
        long id = session.getId();
        Exception late = assertThrows(Exception.class, () -> secretariat(() -> sessions.publishAgenda(id, false)));
        assertEquals(List.of("council.warning.lateNotice"), warnings(late));
        assertEquals(SessionState.PLANNED, secretariat(() -> sessions.find(id)).getState(), "nothing saved before confirmation");
        assertTrue(records.session(id).isEmpty());

        secretariat(() -> sessions.publishAgenda(id, true));
        assertEquals(SessionState.CONVENED, records.session(id).orElseThrow().getState());
        AuditEntry published = asAdmin.call(() -> audit.search(new PageRequest(0, 50,
                        Map.of("entityType", "CouncilSession", "action", "publishAgenda"), null, false)))
                .stream().filter(entry -> entry.getEntityId().equals(String.valueOf(id))).findFirst().orElseThrow();
        assertTrue(published.getAfter().contains("council.warning.lateNotice"), published.getAfter());
    }

    @Test
    void anOrdinarySessionOutsideItsMonthIsAWarningWhenPlanned() throws Exception {
        mandate();
        LocalDate day = LocalDate.now(CommuneTime.ZONE).plusDays(20);
        while (List.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER).contains(day.getMonth())) {
            day = day.plusDays(10);
        }
        Instant outside = day.atTime(10, 0).atZone(CommuneTime.ZONE).toInstant();
        long before = records.countSessions(PageRequest.of(0, 1)) + secretariat(() -> sessions.count(PageRequest.of(0, 1)));
        Exception thrown = assertThrows(Exception.class, () -> secretariat(() ->
                sessions.plan(new SessionPlan(SessionKind.ORDINARY, outside, null, PLACE, true), false)));
        assertEquals(List.of("council.warning.ordinaryOutsideMonth"), warnings(thrown));
        assertEquals(before, records.countSessions(PageRequest.of(0, 1)) + secretariat(() -> sessions.count(PageRequest.of(0, 1))),
                "nothing saved");
        assertEquals(SessionState.PLANNED, secretariat(() ->
                sessions.plan(new SessionPlan(SessionKind.ORDINARY, outside, null, PLACE, true), true)).getState());
    }

    @Test
    void badInputGetsItsMessageAndNothingIsSaved() throws Exception {
        CouncilSession session = planned(SessionKind.EXTRAORDINARY, daysFromNow(20));
        long id = session.getId();

        // An agenda item number repeated.
        assertEquals("council.rule.itemNumberRepeated", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.addItem(id, 2, LocalizedText.of("نقطة", "Point"), null)))));
        assertEquals(2, secretariat(() -> sessions.find(id)).getItems().size());

        // A supporting document that is not a PDF.
        long item = secretariat(() -> sessions.find(id)).getItems().get(0).getId();
        assertEquals("file.rule.notAPdf", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.attachDocument(item, "virus.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), null)))));
        assertTrue(secretariat(() -> sessions.find(id)).getItems().get(0).getDocuments().isEmpty());

        // Decisions before the session is convened.
        assertEquals("council.rule.notConvened", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.recordDecision(item, new Decision(DecisionOutcome.ADOPTED, 3, 0, 0, null), true)))));

        secretariat(() -> sessions.publishAgenda(id, true));
        secretariat(() -> sessions.recordAttendance(id, sheet(id, Integer.MAX_VALUE)));
        int inOffice = secretariat(() -> sessions.membersInOffice(id)).size();

        // A vote count that does not add up: more voters than members in office; an outcome the vote contradicts.
        for (Decision wrong : List.of(new Decision(DecisionOutcome.ADOPTED, inOffice, 1, 0, null),
                new Decision(DecisionOutcome.REJECTED, 3, 1, 0, null),
                new Decision(DecisionOutcome.ADOPTED, 2, -1, 0, null))) {
            assertTrue(rule(assertThrows(Exception.class, () -> secretariat(() -> sessions.recordDecision(item, wrong, true))))
                    .startsWith("council.rule."));
        }
        assertFalse(secretariat(() -> sessions.find(id)).getItems().get(0).getDraft().isRecorded(), "no decision saved");

        // Minutes that are not a PDF.
        assertEquals("file.rule.notAPdf", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.attachMinutes(id, "pv.pdf", "<html>pv</html>".getBytes(StandardCharsets.UTF_8))))));
        assertEquals(null, secretariat(() -> sessions.find(id)).getMinutesDraft());

        // A session whose date has passed is not convened after the fact.
        CouncilSession past = secretariat(() -> sessions.plan(new SessionPlan(SessionKind.EXTRAORDINARY, daysFromNow(-3), null, PLACE, true), true));
        secretariat(() -> sessions.addItem(past.getId(), 1, LocalizedText.of("نقطة", "Point"), null));
        assertEquals("council.rule.sessionInPast", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.publishAgenda(past.getId(), true)))));
        assertEquals(SessionState.PLANNED, secretariat(() -> sessions.find(past.getId())).getState());
    }

    @Test
    void aDecisionWithoutQuorumOrWithMoreVotersThanPresentMustBeConfirmed() throws Exception {
        CouncilSession session = planned(SessionKind.EXTRAORDINARY, daysFromNow(25));
        long id = session.getId();
        secretariat(() -> sessions.publishAgenda(id, true));
        int inOffice = secretariat(() -> sessions.membersInOffice(id)).size();
        int fewest = inOffice / 2; // not more than half: no quorum
        secretariat(() -> sessions.recordAttendance(id, sheet(id, fewest)));
        long item = secretariat(() -> sessions.find(id)).getItems().get(0).getId();
        Decision decision = new Decision(DecisionOutcome.ADOPTED, fewest + 1, 0, 0, null);

        Exception thrown = assertThrows(Exception.class, () -> secretariat(() -> sessions.recordDecision(item, decision, false)));
        assertEquals(List.of("council.warning.noQuorum", "council.warning.votesExceedPresent"), warnings(thrown));
        assertFalse(secretariat(() -> sessions.find(id)).getItems().get(0).getDraft().isRecorded(), "nothing saved");

        secretariat(() -> sessions.recordDecision(item, decision, true));
        assertEquals(fewest + 1, secretariat(() -> sessions.find(id)).getItems().get(0).getDraft().getVotesFor());
    }

    @Test
    void publishedMinutesAndDecisionsAreNeverEditedInPlaceOnlyCorrectedByVersions() throws Exception {
        CouncilSession session = planned(SessionKind.EXTRAORDINARY, daysFromNow(15));
        long id = session.getId();
        secretariat(() -> sessions.publishAgenda(id, true));
        secretariat(() -> sessions.recordAttendance(id, sheet(id, Integer.MAX_VALUE)));
        int present = secretariat(() -> sessions.find(id)).present();
        List<Long> items = secretariat(() -> sessions.find(id)).getItems().stream().map(AgendaItem::getId).toList();
        secretariat(() -> sessions.recordDecision(items.get(0), new Decision(DecisionOutcome.ADOPTED, present, 0, 0,
                LocalizedText.of("صادق", "Approuvé")), true));
        secretariat(() -> sessions.recordDecision(items.get(1), new Decision(DecisionOutcome.POSTPONED, null, null, null, null), true));
        secretariat(() -> sessions.attachMinutes(id, "pv.pdf", pdf("pv v1")));
        assertEquals(List.of("council.warning.minutesBeforeSession"),
                warnings(assertThrows(Exception.class, () -> secretariat(() -> sessions.publishMinutes(id, false)))));
        secretariat(() -> sessions.publishMinutes(id, true));
        long firstMinutesFile = records.session(id).orElseThrow().getCurrentMinutes().orElseThrow().getFile().getId();

        // Once published, nothing is changed in place.
        assertEquals("council.rule.minutesPublished", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.recordDecision(items.get(0), new Decision(DecisionOutcome.REJECTED, 0, present, 0, null), true)))));
        assertEquals("council.rule.minutesPublished", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.attachMinutes(id, "pv2.pdf", pdf("pv v2"))))));
        assertEquals("council.rule.minutesPublished", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.editItem(items.get(0), 1, LocalizedText.of("جديد", "Nouveau"), null)))));
        assertEquals("council.rule.minutesAlreadyPublished", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.publishMinutes(id, true)))));
        assertEquals("council.rule.correctionReasonRequired", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.correctMinutes(id, "pv2.pdf", pdf("pv v2"), " ")))));

        // Corrections are new versions with their reasons; the first versions stay as they were.
        secretariat(() -> sessions.correctMinutes(id, "pv2.pdf", pdf("pv v2"), "Annexe du vote manquante"));
        secretariat(() -> sessions.correctDecision(items.get(0), new Decision(DecisionOutcome.ADOPTED, present - 1, 0, 1,
                LocalizedText.of("صادق", "Approuvé")), "Une abstention omise"));
        em.clear();
        CouncilSession corrected = records.session(id).orElseThrow();
        assertEquals(2, corrected.getMinutes().size());
        assertEquals(firstMinutesFile, corrected.getMinutes().get(0).getFile().getId());
        assertEquals("Annexe du vote manquante", corrected.getMinutes().get(1).getCorrectionReason());
        AgendaItem adopted = corrected.getItems().stream().filter(i -> i.getId().equals(items.get(0))).findFirst().orElseThrow();
        assertEquals(2, adopted.getDecisions().size());
        assertEquals(present, adopted.getDecisions().get(0).getVotesFor(), "version 1 unchanged");
        assertEquals(null, adopted.getDecisions().get(0).getCorrectionReason());
        assertEquals(present - 1, adopted.getDecision().orElseThrow().getVotesFor());
        assertEquals("Une abstention omise", adopted.getDecision().orElseThrow().getCorrectionReason());
        assertTrue(files.isPublic(firstMinutesFile), "earlier minutes stay public in the history");

        // The database keeps one row per version: nothing was overwritten.
        Number rows = (Number) em.createNativeQuery("select count(*) from council_decision where item_id = ?1")
                .setParameter(1, items.get(0)).getSingleResult();
        assertEquals(2, rows.intValue());
    }

    @Test
    void aCancelledSessionStaysPublicMarkedCancelledWithANewCalendarSequence() throws Exception {
        CouncilSession session = planned(SessionKind.EXTRAORDINARY, daysFromNow(40));
        long id = session.getId();
        assertEquals("council.rule.onlyConvenedCancelled", rule(assertThrows(Exception.class, () -> secretariat(() -> sessions.cancel(id)))));
        secretariat(() -> sessions.publishAgenda(id, true));
        CouncilSession moved = secretariat(() -> sessions.reschedule(id, sessions.find(id).getVersion(),
                new SessionPlan(SessionKind.EXTRAORDINARY, daysFromNow(41), null, PLACE, true), true));
        assertEquals(1, moved.getSequence());
        secretariat(() -> sessions.cancel(id));
        CouncilSession cancelled = records.session(id).orElseThrow();
        assertEquals(SessionState.CANCELLED, cancelled.getState());
        assertEquals(2, cancelled.getSequence());
        assertTrue(records.calendarSessions().stream().anyMatch(s -> s.getId() == id));
    }

    @Test
    void membersLeavingOfficeAreNotCountedForTheQuorum() throws Exception {
        Mandate mandate = mandate();
        LocalDate today = LocalDate.now(CommuneTime.ZONE);
        CouncilSession session = planned(SessionKind.EXTRAORDINARY, daysFromNow(10));
        int before = secretariat(() -> sessions.membersInOffice(session.getId())).size();
        CouncilMember leaving = secretariat(() -> directory.saveMember(null, mandate.getId(), LocalizedText.of("عضو مستقيل", "Membre démissionnaire"),
                null, CouncilRole.MEMBER, 0, mandate.getStartDate(), today.plusDays(5)));
        CouncilMember successor = secretariat(() -> directory.saveMember(null, mandate.getId(), LocalizedText.of("عضو خلف", "Membre successeur"),
                null, CouncilRole.MEMBER, 0, today.plusDays(6), null));
        List<Long> inOffice = secretariat(() -> sessions.membersInOffice(session.getId())).stream().map(CouncilMember::getId).toList();
        assertEquals(before + 1, inOffice.size());
        assertTrue(inOffice.contains(successor.getId()));
        assertFalse(inOffice.contains(leaving.getId()));
        secretariat(() -> sessions.publishAgenda(session.getId(), true));
        assertEquals("council.rule.attendeeNotInOffice", rule(assertThrows(Exception.class, () -> secretariat(() ->
                sessions.recordAttendance(session.getId(), Map.of(leaving.getId(), Presence.PRESENT))))));
    }
}
