package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import ma.commune.portal.identity.boundary.AccountForm;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.it.shared.OutboxIT;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.boundary.PublicCaseView;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.RefusalGround;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.OutboxSender;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case engine on the real server and database: routing, due dates, the acknowledgement by email
 * (GreenMail inside the server, as in OutboxIT), the department checks, the full path of a report and of
 * an information request, reopening, and public tracking that reveals nothing personal nor whether a
 * wrong code exists.
 * <p>
 * Staff: the engine finds the caller's department through the account named like the caller's principal.
 * The tests act as agents through run-as beans whose principals ({@code it-agent-lighting}, ...) this test's
 * deployment maps to the roles, and create the accounts of those names, each in its department.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class CaseEngineIT {

    private static final String LIGHTING_AGENT = "it-agent-lighting";
    private static final String CLEANING_AGENT = "it-agent-cleaning";
    private static final String OFFICER = "it-officer";

    @Deployment
    static EnterpriseArchive deployment() {
        File[] libraries = new File(System.getProperty("it.libs", "target/it-libs")).listFiles((dir, name) -> name.endsWith(".jar"));
        if (libraries == null || libraries.length == 0) {
            throw new IllegalStateException("GreenMail's jars are missing from " + System.getProperty("it.libs") + ": run the package phase");
        }
        // This test's run-as principals, each mapped to its role (test deployment only).
        return CaseStaff.deployment(libraries, LIGHTING_AGENT, CLEANING_AGENT, OFFICER, CaseEngineIT.class);
    }

    @EJB
    CaseEngine engine;

    @EJB
    OutboxSender sender;

    @EJB
    Accounts accounts;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    CaseStaff.AsLightingAgent lightingAgent;

    @EJB
    CaseStaff.AsCleaningAgent cleaningAgent;

    @EJB
    CaseStaff.AsOfficer officer;

    @BeforeEach
    void staff() throws Exception {
        account(LIGHTING_AGENT, "TECHNICAL_SERVICES", Role.AGENT);
        account(CLEANING_AGENT, "ENVIRONMENT", Role.AGENT);
        account(OFFICER, "COMMUNICATION", Role.INFORMATION_OFFICER);
    }

    @Test
    void aReportGoesToItsCategorysDepartmentWithItsDueDateAndIsAcknowledgedByEmail() throws Exception {
        GreenMail smtp = startSmtp();
        try {
            Instant before = Instant.now();
            CaseEngine.Receipt receipt = engine.submit(report("resident.one@example.ma", "0612345678"));
            CitizenCase c = lightingAgent.call(() -> engine.caseFile(receipt.trackingCode()));
            assertEquals("TECHNICAL_SERVICES", c.getDepartment().getCode());
            assertEquals(CaseStatus.RECEIVED, c.getStatus());
            assertEquals(CaseChannel.WEB, c.getChannel());
            // LIGHTING: 3 working days, due at 23:59 of the last one, in Morocco.
            assertEquals(seededCalendar().dueInWorkingDays(c.getReceivedAt(), 3), c.getDueAt());
            assertFalse(c.getReceivedAt().isBefore(before.minusSeconds(1)));

            sender.sendDue();
            MimeMessage mail = eventually(() -> received(smtp, receipt.trackingCode()), list -> !list.isEmpty(), Duration.ofSeconds(40)).get(0);
            assertEquals("resident.one@example.ma", mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().contains(receipt.trackingCode()) && mail.getSubject().contains("enregistrée"),
                    "in French, the language of the submission: " + mail.getSubject());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void staffRegisterAPhoneCallWithTheDayItCameNeverInTheFuture() throws Exception {
        // Monday 16 November 2026 (18 November is a holiday): LIGHTING is due Friday 20 November, 23:59.
        Instant called = LocalDateTime.of(2026, 11, 16, 10, 0).atZone(CommuneTime.ZONE).toInstant();
        CaseEngine.Receipt receipt = lightingAgent.call(() -> engine.register(new CaseForm(CaseKind.REPORT, CaseChannel.PHONE, "LIGHTING",
                Language.AR, "عمود إنارة معطل قرب المسجد", new CitizenCase.Requester("فاطمة", null, null, null), null, true, false, called)));
        assertEquals(LocalDateTime.of(2026, 11, 20, 23, 59), LocalDateTime.ofInstant(receipt.dueAt(), CommuneTime.ZONE));
        CitizenCase c = lightingAgent.call(() -> engine.caseFile(receipt.trackingCode()));
        assertEquals(LIGHTING_AGENT, c.getRegisteredBy());
        assertEquals(called, c.getReceivedAt());
        DomainRuleViolation future = assertThrows(DomainRuleViolation.class, () -> lightingAgent.call(() -> engine.register(new CaseForm(
                CaseKind.REPORT, CaseChannel.COUNTER, "LIGHTING", Language.AR, "x", null, null, true, false,
                Instant.now().plus(Duration.ofDays(2))))));
        assertEquals("requests.rule.receivedInFuture", future.messageKey());
        assertThrows(Exception.class, () -> engine.register(new CaseForm(CaseKind.COMPLAINT, CaseChannel.LETTER, null, Language.AR,
                "x", null, null, true, false, called)), "a resident cannot register");
    }

    @Test
    void anAgentOfAnotherDepartmentIsRefused() throws Exception {
        String code = engine.submit(report("resident.two@example.ma", null)).trackingCode();
        Exception refused = assertThrows(Exception.class, () -> cleaningAgent.call(() -> engine.caseFile(code)));
        RunAs.cause(refused, EJBAccessException.class);
        RunAs.cause(assertThrows(Exception.class, () -> cleaningAgent.call(() -> {
            engine.answer(code, "Ce n'est pas à nous");
            return null;
        })), EJBAccessException.class);
        RunAs.cause(assertThrows(Exception.class, () -> officer.call(() -> {
            engine.take(code);
            return null;
        })), EJBAccessException.class);
        assertThrows(Exception.class, () -> engine.take(code), "anonymous");
        // Once reassigned, the other department has it, and the first no longer.
        lightingAgent.call(() -> {
            engine.reassign(code, "ENVIRONMENT", "Déchets, pas éclairage");
            return null;
        });
        assertEquals("ENVIRONMENT", cleaningAgent.call(() -> engine.caseFile(code)).getDepartment().getCode());
        RunAs.cause(assertThrows(Exception.class, () -> lightingAgent.call(() -> engine.caseFile(code))), EJBAccessException.class);
    }

    @Test
    void aReportGoesAllTheWayToResolvedIsReopenedThenClosed() throws Exception {
        String code = engine.submit(report("resident.three@example.ma", null)).trackingCode();
        lightingAgent.call(() -> {
            engine.take(code);
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.IN_PROGRESS, null);
            engine.note(code, "Lampe de 150 W à commander");
            engine.answer(code, "Une équipe passera jeudi.");
            return null;
        });
        PublicCaseView view = engine.track(code).orElseThrow();
        assertEquals(CaseStatus.IN_PROGRESS, view.status());
        assertNull(view.description(), "not reviewed yet");
        assertTrue(view.history().stream().anyMatch(l -> "Une équipe passera jeudi.".equals(l.text())));
        assertFalse(view.history().stream().anyMatch(l -> l.text() != null && l.text().contains("150 W")), "internal notes stay internal");

        lightingAgent.call(() -> {
            engine.reviewDescription(code);
            engine.move(code, CaseStatus.RESOLVED, null);
            return null;
        });
        assertEquals("Lampadaire éteint rue 12", engine.track(code).orElseThrow().description());
        assertEquals("requests.rule.codeOrContact", assertThrows(DomainRuleViolation.class,
                () -> engine.reopen(code, "someone.else@example.ma", "Je rouvre")).messageKey(), "the code alone reopens nothing");
        engine.reopen(code.toLowerCase().replace("-", " "), " Resident.Three@example.ma ", "Toujours éteint");
        assertEquals(CaseStatus.IN_PROGRESS, engine.track(code).orElseThrow().status());
        lightingAgent.call(() -> {
            engine.move(code, CaseStatus.RESOLVED, null);
            engine.move(code, CaseStatus.CLOSED, null);
            return null;
        });
        assertEquals(CaseStatus.CLOSED, engine.track(code).orElseThrow().status());
        assertEquals("requests.rule.reopenOnlyResolved",
                assertThrows(DomainRuleViolation.class, () -> engine.reopen(code, "resident.three@example.ma", "encore")).messageKey());
        assertEquals("requests.rule.transition", assertThrows(DomainRuleViolation.class, () -> lightingAgent.call(() -> {
            engine.move(code, CaseStatus.IN_PROGRESS, null);
            return null;
        })).messageKey());
    }

    @Test
    void anInformationRequestIsExtendedOnceThenRefusedOnAGround() throws Exception {
        CaseEngine.Receipt receipt = engine.submit(new CaseForm(CaseKind.INFORMATION, CaseChannel.WEB, null, Language.AR,
                "نسخة من ميزانية الجماعة لسنة 2026", new CitizenCase.Requester("يوسف", "resident.four@example.ma", null, "AB123456"),
                null, true, false, null));
        String code = receipt.trackingCode();
        WorkingCalendar calendar = seededCalendar();
        assertEquals(calendar.dueInWorkingDays(receipt.receivedAt(), 20), receipt.dueAt());
        CitizenCase c = officer.call(() -> engine.caseFile(code));
        assertEquals("COMMUNICATION", c.getDepartment().getCode());
        assertEquals("AB123456", c.getRequester().nationalId(), "the officer reads the requester's data");
        RunAs.cause(assertThrows(Exception.class, () -> lightingAgent.call(() -> engine.caseFile(code))), EJBAccessException.class);

        officer.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.extend(code, "عدد كبير من الوثائق المطلوبة");
            return null;
        });
        PublicCaseView extended = engine.track(code).orElseThrow();
        assertEquals(CaseStatus.EXTENDED, extended.status());
        assertTrue(extended.extended());
        assertEquals(calendar.dueInWorkingDays(receipt.receivedAt(), 40), extended.dueAt());
        assertEquals("requests.rule.extensionOnce", assertThrows(DomainRuleViolation.class, () -> officer.call(() -> {
            engine.extend(code, "مرة أخرى");
            return null;
        })).messageKey());
        assertEquals("requests.rule.refusalNeedsGround", assertThrows(DomainRuleViolation.class, () -> officer.call(() -> {
            engine.refuse(code, null, "بدون سند");
            return null;
        })).messageKey());
        officer.call(() -> {
            engine.refuse(code, RefusalGround.SECRECY_OF_DELIBERATIONS, "الوثيقة مشروع لم يتداول فيه المجلس بعد");
            return null;
        });
        PublicCaseView refused = engine.track(code).orElseThrow();
        assertEquals(CaseStatus.REFUSED, refused.status());
        assertEquals(RefusalGround.SECRECY_OF_DELIBERATIONS, refused.refusalGround());
    }

    @Test
    void aWrongCodeRevealsNothingAndTrackingShowsNoPersonalData() throws Exception {
        String code = engine.submit(report("resident.five@example.ma", "0698765432")).trackingCode();
        PublicCaseView view = engine.track(code).orElseThrow();
        String shown = view.toString();
        for (String personal : List.of("Karim Benali", "resident.five@example.ma", "0698765432", "+212698765432", "Lampadaire")) {
            assertFalse(shown.contains(personal), personal + " must not be public");
        }
        assertTrue(engine.track(code.toLowerCase().replace("-", "")).isPresent(), "typed loosely, still found");

        char last = code.charAt(code.length() - 1);
        String mistyped = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        String unknownButWellFormed = otherWellFormedCode(code);
        for (String wrong : List.of(mistyped, unknownButWellFormed, "BG-", "", "' or 1=1 --", code + "X")) {
            assertEquals(Optional.empty(), engine.track(wrong), wrong);
            assertEquals("requests.rule.codeOrContact",
                    assertThrows(DomainRuleViolation.class, () -> engine.reopen(wrong, "resident.five@example.ma", "x")).messageKey(), wrong);
        }
        assertEquals(Optional.empty(), engine.track(null));
    }

    @Test
    void theAuditLogNamesPersonalFieldsNeverTheirValuesAndOnlyAdminsRecomputeDueDates() throws Exception {
        String code = engine.submit(report("resident.six@example.ma", "0611223344")).trackingCode();
        lightingAgent.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            return null;
        });
        List<AuditEntry> entries = asAdmin.call(() -> audit.search(new PageRequest(0, 200, Map.of("entityType", "CitizenCase"), null, false)))
                .stream().filter(e -> code.equals(e.getEntityId())).toList();
        assertEquals(List.of("move", "create"), entries.stream().map(AuditEntry::getAction).toList());
        String created = entries.get(1).getAfter();
        assertTrue(created.contains("requesterEmail") && created.contains("requesterPhone"), created);
        for (String personal : List.of("resident.six", "0611223344", "Karim")) {
            assertFalse(entries.stream().anyMatch(e -> String.valueOf(e.getAfter()).contains(personal)), personal + " in the audit log");
        }
        assertEquals(LIGHTING_AGENT, entries.get(0).getActor());

        assertTrue(asAdmin.call(() -> engine.recomputeOpenDueDates()) >= 0);
        assertEquals(seededCalendar().dueInWorkingDays(engine.track(code).orElseThrow().receivedAt(), 3),
                engine.track(code).orElseThrow().dueAt(), "unchanged holidays, unchanged due date");
        RunAs.cause(assertThrows(Exception.class, () -> lightingAgent.call(() -> engine.recomputeOpenDueDates())), EJBAccessException.class);
    }

    // ---- helpers

    private static CaseForm report(String email, String phone) {
        return new CaseForm(CaseKind.REPORT, CaseChannel.WEB, "LIGHTING", Language.FR, "Lampadaire éteint rue 12",
                new CitizenCase.Requester("Karim Benali", email, phone, null),
                new CitizenCase.Location(32.2359, -7.9536, null, "Rue 12, Hay Al Qods"), true, false, null);
    }

    /** A well-formed code (right check symbol) that is almost surely not a case. */
    private static String otherWellFormedCode(String code) {
        for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            String candidate = code.substring(0, 3) + c + code.substring(4, code.length() - 1);
            for (char check : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
                String full = candidate + check;
                if (!full.equals(code) && ma.commune.portal.requests.entity.TrackingCode.normalise("BG", full).isPresent()) {
                    return full;
                }
            }
        }
        throw new AssertionError("no other code");
    }

    /** The seeded holidays (db/seed/V4), for the expected due dates. */
    private static WorkingCalendar seededCalendar() {
        LocalDate since = LocalDate.of(2000, 1, 1);
        List<PublicHoliday> holidays = new ArrayList<>();
        for (int[] day : new int[][] {{1, 1}, {1, 11}, {1, 14}, {5, 1}, {7, 30}, {8, 14}, {8, 20}, {8, 21}, {10, 31}, {11, 6}, {11, 18}}) {
            holidays.add(PublicHoliday.fixed(LocalizedText.of("x", "x"), MonthDay.of(day[0], day[1]), since));
        }
        for (Object[] islamic : new Object[][] {{"2026-03-20", 2}, {"2026-05-27", 2}, {"2026-06-17", 1}, {"2026-08-26", 2},
                {"2027-03-10", 2}, {"2027-05-17", 2}, {"2027-06-06", 1}, {"2027-08-15", 2}}) {
            holidays.add(PublicHoliday.islamic(LocalizedText.of("x", "x"), LocalDate.parse((String) islamic[0]), (Integer) islamic[1]));
        }
        int year = LocalDate.now(CommuneTime.ZONE).getYear();
        return WorkingCalendar.of(holidays, year - 2, year + 2);
    }

    private void account(String username, String departmentCode, Role role) throws Exception {
        CaseStaff.account(accounts, asAdmin, username, departmentCode, role, null, false, "Correct-Horse-42-Battery");
    }


    private static GreenMail startSmtp() throws Exception {
        Session session = InitialContext.doLookup("mail/portal");
        int port = Integer.parseInt(session.getProperty("mail.smtp.port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static List<MimeMessage> received(GreenMail smtp, String reference) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> reference.equals(header(m))).toList();
    }

    private static String header(MimeMessage mail) {
        try {
            String[] values = mail.getHeader("X-Portal-Reference");
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException unreadable) {
            return null;
        }
    }

    private static <T> T eventually(Callable<T> probe, java.util.function.Predicate<T> done, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T value = probe.call();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not done after " + patience + ": " + value);
            }
            Thread.sleep(250);
            value = probe.call();
        }
        return value;
    }
}
