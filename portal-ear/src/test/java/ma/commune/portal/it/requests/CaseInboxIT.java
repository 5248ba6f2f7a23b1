package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ma.commune.portal.identity.boundary.AccountForm;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.RawHttp;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.boundary.CaseInbox;
import ma.commune.portal.requests.boundary.InboxRow;
import ma.commune.portal.requests.boundary.MorningDigest;
import ma.commune.portal.requests.control.CommuneCalendar;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.boundary.Outbox;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.entity.OutboxMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff's side of the cases on the real server and database: who sees which case in the inbox
 * (decided in the query), the due-soon and overdue filters counted on the working calendar with a
 * holiday, the case page refusing another department's case by its URL and acting through its Ajax
 * buttons, registration with a past receipt date, the printed receipt's text, and the department
 * heads' morning email, once a day.
 * <p>
 * Two agents of two departments (lighting: TECHNICAL_SERVICES, cleaning: ENVIRONMENT) and an information
 * officer act through run-as beans whose principals the deployment maps to their roles, and log in
 * through the real login form with the same accounts for the page tests.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class CaseInboxIT {

    private static final String LIGHTING_AGENT = "it-inbox-lighting";
    private static final String CLEANING_AGENT = "it-inbox-cleaning";
    private static final String OFFICER = "it-inbox-officer";
    private static final String LIGHTING_HEAD = "it-inbox-head-lighting";
    private static final String PROCUREMENT_HEAD = "it-inbox-head-procurement";
    private static final String PASSWORD = "Correct-Horse-42-Battery";

    @Deployment
    static EnterpriseArchive deployment() {
        File[] libraries = new File(new File(System.getProperty("it.libs", "target/it-libs")).getParentFile(), "it-pdf-libs")
                .listFiles((dir, name) -> name.endsWith(".jar"));
        if (libraries == null || libraries.length == 0) {
            throw new IllegalStateException("PDFBox's jars are missing from target/it-pdf-libs: run the package phase");
        }
        // This test's run-as principals, each mapped to its role (test deployment only).
        return CaseStaff.deployment(libraries, LIGHTING_AGENT, CLEANING_AGENT, OFFICER, CaseInboxIT.class);
    }

    @EJB
    CaseEngine engine;

    @EJB
    CaseInbox inbox;

    @EJB
    MorningDigest digest;

    @EJB
    CommuneCalendar calendars;

    @EJB
    Outbox outbox;

    @EJB
    Accounts accounts;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    CaseStaff.AsLightingAgent lighting;

    @EJB
    CaseStaff.AsCleaningAgent cleaning;

    @EJB
    CaseStaff.AsOfficer officer;

    @BeforeEach
    void staff() throws Exception {
        account(LIGHTING_AGENT, "TECHNICAL_SERVICES", Role.AGENT, null, false);
        account(CLEANING_AGENT, "ENVIRONMENT", Role.AGENT, null, false);
        account(OFFICER, "COMMUNICATION", Role.INFORMATION_OFFICER, null, false);
    }

    @Test
    void eachInboxHoldsWhatItsRolesAndDepartmentHandleDecidedInTheQuery() throws Exception {
        String lamp = engine.submit(report("LIGHTING", "lamp.resident@example.ma")).trackingCode();
        String waste = engine.submit(report("CLEANLINESS", "waste.resident@example.ma")).trackingCode();
        String information = engine.submit(new CaseForm(CaseKind.INFORMATION, CaseChannel.WEB, null, Language.AR, "محضر الدورة",
                new CitizenCase.Requester("سعاد", "info.resident@example.ma", null, "CD987654"), null, true, false, null)).trackingCode();

        assertEquals(List.of(lamp), codes(lighting, Map.of("code", lamp)));
        assertEquals(List.of(), codes(lighting, Map.of("code", waste)), "another department's case is not listed");
        assertEquals(List.of(), codes(lighting, Map.of("code", information)));
        assertEquals(List.of(waste), codes(cleaning, Map.of("code", waste)));
        assertEquals(List.of(), codes(cleaning, Map.of("code", lamp)));
        assertEquals(List.of(information), codes(officer, Map.of("code", information)));
        assertEquals(List.of(), codes(officer, Map.of("code", lamp)), "the officer sees information requests only");
        assertEquals(List.of(lamp), codes(asAdmin, Map.of("code", lamp)));
        assertEquals(List.of(information), codes(asAdmin, Map.of("code", information, "kind", "INFORMATION")));
        assertEquals(List.of(), codes(asAdmin, Map.of("code", information, "kind", "REPORT")));
        assertEquals(List.of(waste), codes(cleaning, Map.of("code", waste, "category", "CLEANLINESS", "status", "RECEIVED")));
        assertEquals(List.of(), codes(cleaning, Map.of("code", waste, "status", "CLOSED")));
        assertEquals(1L, lighting.call(() -> inbox.count(new PageRequest(0, 10, Map.of("code", lamp), null, false))));
        assertEquals(0L, cleaning.call(() -> inbox.count(new PageRequest(0, 10, Map.of("code", lamp), null, false))));
        // Every agent's whole inbox is their department's: nothing of another department slips in.
        assertTrue(lighting.call(() -> inbox.search(new PageRequest(0, 200, Map.of(), null, false))).stream()
                .allMatch(r -> "TECHNICAL_SERVICES".equals(r.getDepartmentCode())));
        assertTrue(officer.call(() -> inbox.search(new PageRequest(0, 200, Map.of(), null, false))).stream()
                .allMatch(r -> r.getKind() == CaseKind.INFORMATION));

        // Not through the services either: the file, its attachments, its receipt.
        RunAs.cause(assertThrowsAny(() -> cleaning.call(() -> inbox.attachments(lamp))), EJBAccessException.class);
        RunAs.cause(assertThrowsAny(() -> cleaning.call(() -> inbox.receipt(lamp, "http://localhost/track"))), EJBAccessException.class);
        RunAs.cause(assertThrowsAny(() -> officer.call(() -> engine.caseFile(lamp))), EJBAccessException.class);
        assertThrowsAny(() -> inbox.search(PageRequest.of(0, 10)));
    }

    @Test
    void dueSoonAndOverdueAreCountedOnWorkingDaysAroundAHoliday() throws Exception {
        // Wednesday 18 November 2026 is a holiday (Independence Day). At Monday 16 November, noon, "due soon"
        // reaches the end of Thursday 19: two working days after Monday, skipping the Wednesday.
        Instant mondayNoon = at(2026, 11, 16, 12, 0);
        String cleaningFriday = cleaning.call(() -> engine.register(phone("CLEANLINESS", at(2026, 11, 13, 10, 0)))).trackingCode();
        CaseEngine.Receipt cleaningMonday = cleaning.call(() -> engine.register(phone("CLEANLINESS", at(2026, 11, 16, 9, 0))));
        String lightingMonday = lighting.call(() -> engine.register(phone("LIGHTING", at(2026, 11, 16, 9, 0)))).trackingCode();
        String lightingEarly = lighting.call(() -> engine.register(phone("LIGHTING", at(2026, 11, 2, 9, 0)))).trackingCode();

        // CLEANING is 2 working days: from Monday 16, Tuesday 17 then Thursday 19 (the Wednesday is off).
        assertEquals(LocalDateTime.of(2026, 11, 19, 23, 59), LocalDateTime.ofInstant(cleaningMonday.dueAt(), CommuneTime.ZONE));

        List<String> soonForCleaning = cleaning.call(() -> inbox.searchAt(new PageRequest(0, 200, Map.of("due", "soon"), null, false), mondayNoon))
                .stream().map(InboxRow::getTrackingCode).toList();
        assertTrue(soonForCleaning.contains(cleaningFriday), "due Tuesday 17");
        assertTrue(soonForCleaning.contains(cleaningMonday.trackingCode()), "due Thursday 19: within two working days thanks to the holiday");

        List<InboxRow> soonForLighting = lighting.call(() -> inbox.searchAt(new PageRequest(0, 200, Map.of("due", "soon"), null, false), mondayNoon));
        assertFalse(soonForLighting.stream().anyMatch(r -> r.getTrackingCode().equals(lightingMonday)), "due Friday 20: not yet");
        assertFalse(soonForLighting.stream().anyMatch(r -> r.getTrackingCode().equals(lightingEarly)), "overdue is not due soon");
        List<InboxRow> overdue = lighting.call(() -> inbox.searchAt(new PageRequest(0, 200, Map.of("due", "overdue"), null, false), mondayNoon));
        InboxRow late = overdue.stream().filter(r -> r.getTrackingCode().equals(lightingEarly)).findFirst().orElseThrow();
        assertEquals(InboxRow.Flag.OVERDUE, late.getFlag());
        assertFalse(overdue.stream().anyMatch(r -> r.getTrackingCode().equals(lightingMonday)));
        InboxRow monday = lighting.call(() -> inbox.searchAt(new PageRequest(0, 10, Map.of("code", lightingMonday), null, false), mondayNoon)).get(0);
        assertEquals(null, monday.getFlag());
        CaseInbox.Counts counts = lighting.call(() -> inbox.countsAt(mondayNoon));
        assertTrue(counts.getOverdue() >= 1, "the early case at least");

        // Sorted by due date, soonest first, by default; by receipt date when asked, newest first.
        List<Instant> dues = lighting.call(() -> inbox.searchAt(new PageRequest(0, 50, Map.of(), null, false), mondayNoon))
                .stream().map(InboxRow::getDueAt).toList();
        assertEquals(dues.stream().sorted().toList(), dues);
        List<Instant> received = lighting.call(() -> inbox.searchAt(new PageRequest(0, 50, Map.of(), "receivedAt", false), mondayNoon))
                .stream().map(InboxRow::getReceivedAt).toList();
        assertEquals(received.stream().sorted(java.util.Comparator.reverseOrder()).toList(), received);

        // A resolved case is no longer flagged, however late.
        lighting.call(() -> {
            engine.move(lightingEarly, CaseStatus.ACKNOWLEDGED, null);
            engine.move(lightingEarly, CaseStatus.IN_PROGRESS, null);
            engine.move(lightingEarly, CaseStatus.RESOLVED, null);
            return null;
        });
        assertFalse(lighting.call(() -> inbox.searchAt(new PageRequest(0, 200, Map.of("due", "overdue"), null, false), mondayNoon))
                .stream().anyMatch(r -> r.getTrackingCode().equals(lightingEarly)));
    }

    @Test
    void theCasePageIsTheHandlingStaffsOnlyAndItsButtonsAct() throws Exception {
        String code = engine.submit(report("LIGHTING", "page.resident@example.ma")).trackingCode();

        Browserless other = new Browserless();
        other.login(CLEANING_AGENT, PASSWORD);
        HttpResponse<String> refused = other.get("/admin/requests/case?code=" + code);
        assertEquals(404, refused.statusCode(), "another department's case is not found by its URL");
        assertFalse(refused.body().contains("page.resident@example.ma"));
        assertEquals(404, other.get("/admin/requests/receipt/" + code).statusCode());
        HttpResponse<String> otherInbox = other.get("/admin/requests/inbox?status=RECEIVED");
        assertEquals(200, otherInbox.statusCode());
        assertTrue(otherInbox.body().contains("id=\"nav-inbox\""), "the menu link for agents");
        assertFalse(otherInbox.body().contains(code), "nor listed in their inbox");

        Browserless agent = new Browserless();
        agent.login(LIGHTING_AGENT, PASSWORD);
        HttpResponse<String> inboxPage = agent.get("/admin/requests/inbox?status=RECEIVED");
        assertTrue(inboxPage.body().contains(code), "listed in its department's inbox");
        String page = agent.get("/admin/requests/case?code=" + code).body();
        assertTrue(page.contains("page.resident@example.ma") && page.contains("Karim Benali"), "the requester's contact for the staff who handle it:\n" + page);

        assertAjaxOk(ajax(agent, code, page, "case:take", Map.of()));
        assertEquals(LIGHTING_AGENT, lighting.call(() -> engine.caseFile(code)).getAssignee());

        page = agent.get("/admin/requests/case?code=" + code).body();
        HttpResponse<String> noted = ajax(agent, code, page, "case:noteButton", Map.of("case:noteText", "Poteau 14, lampe à changer"));
        assertAjaxOk(noted);
        CitizenCase afterNote = lighting.call(() -> engine.caseFile(code));
        assertTrue(afterNote.getEvents().stream().anyMatch(e -> e.getType() == CaseEvent.Type.INTERNAL_NOTE
                && LIGHTING_AGENT.equals(e.getActor()) && "Poteau 14, lampe à changer".equals(e.getText())));

        // A rejection without its reason: the rule's message in the agent's language (Arabic by default), nothing changes.
        page = agent.get("/admin/requests/case?code=" + code).body();
        HttpResponse<String> rejected = ajax(agent, code, page, "case:moveButton", Map.of("case:nextStatus_input", "REJECTED", "case:reason", ""));
        assertTrue(rejected.body().contains("يجب تعليل الرفض."), rejected.body());
        assertEquals(CaseStatus.RECEIVED, lighting.call(() -> engine.caseFile(code)).getStatus());

        // A page left open while a colleague changed the case refuses the action and says so.
        String stale = agent.get("/admin/requests/case?code=" + code).body();
        lighting.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            return null;
        });
        HttpResponse<String> conflict = ajax(agent, code, stale, "case:answerButton", Map.of("case:answerText", "Réponse sur une page périmée"));
        assertTrue(conflict.body().contains("قام شخص آخر بتعديل هذا العنصر"), conflict.body());
        assertFalse(lighting.call(() -> engine.caseFile(code)).getEvents().stream()
                .anyMatch(e -> "Réponse sur une page périmée".equals(e.getText())));

        // Public answer, then reassignment with its reason: the case leaves the agent's department.
        page = agent.get("/admin/requests/case?code=" + code).body();
        assertAjaxOk(ajax(agent, code, page, "case:answerButton", Map.of("case:answerText", "Une équipe passera demain.")));
        assertTrue(engine.track(code).orElseThrow().history().stream().anyMatch(l -> "Une équipe passera demain.".equals(l.text())));
        page = agent.get("/admin/requests/case?code=" + code).body();
        ajax(agent, code, page, "case:reassignButton", Map.of("case:reassignTo_input", "ENVIRONMENT", "case:reassignReason", "Dépôt sauvage, pas éclairage"));
        assertEquals("ENVIRONMENT", cleaning.call(() -> engine.caseFile(code)).getDepartment().getCode());
        assertEquals(404, agent.get("/admin/requests/case?code=" + code).statusCode(), "no longer the lighting agent's");
    }

    @Test
    void anInformationRequestIsExtendedThenRefusedOnAGroundWithItsLabel() throws Exception {
        String code = engine.submit(new CaseForm(CaseKind.INFORMATION, CaseChannel.WEB, null, Language.FR, "Budget 2026 détaillé",
                new CitizenCase.Requester("Nadia", "nadia.resident@example.ma", null, "EE112233"), null, true, false, null)).trackingCode();
        Browserless officerBrowser = new Browserless();
        officerBrowser.login(OFFICER, PASSWORD);
        String page = officerBrowser.get("/admin/requests/case?code=" + code + "&lang=fr").body();
        assertTrue(page.contains("EE112233"), "the national ID, for the officer:\n" + page);
        assertFalse(page.contains("id=\"case:refuseButton\""), "a received request is acknowledged before it is decided");
        assertAjaxOk(ajax(officerBrowser, code, page, "case:moveButton", Map.of("case:nextStatus_input", "ACKNOWLEDGED", "case:reason", "")));
        page = officerBrowser.get("/admin/requests/case?code=" + code).body();
        assertAjaxOk(ajax(officerBrowser, code, page, "case:extendButton", Map.of("case:extensionNotice", "Documents nombreux à réunir")));
        CitizenCase extended = officer.call(() -> engine.caseFile(code));
        assertEquals(CaseStatus.EXTENDED, extended.getStatus());
        page = officerBrowser.get("/admin/requests/case?code=" + code + "&lang=fr").body();
        assertFalse(page.contains("id=\"case:extendButton\""), "extended once only");
        assertTrue(page.contains("Secret des délibérations du conseil et de l'administration")
                || page.contains("Secret des délibérations du conseil et de l&#39;administration"), "the grounds' labels:\n" + page);
        assertAjaxOk(ajax(officerBrowser, code, page, "case:refuseButton",
                Map.of("case:refusalGround_input", "SECRECY_OF_DELIBERATIONS", "case:refusalText", "Projet non encore délibéré")));
        assertEquals(CaseStatus.REFUSED, officer.call(() -> engine.caseFile(code)).getStatus());
    }

    @Test
    void staffRegisterACounterVisitWithItsRealDateAndPrintTheReceipt() throws Exception {
        // Monday 16 November 2026 at the counter: LIGHTING (3 working days, the 18th off) is due Friday 20 at 23:59.
        CaseEngine.Receipt receipt = lighting.call(() -> engine.register(new CaseForm(CaseKind.REPORT, CaseChannel.COUNTER, "LIGHTING",
                Language.FR, "Trois lampadaires éteints avenue Hassan II", new CitizenCase.Requester("Omar", null, "0600112233", null),
                new CitizenCase.Location(null, null, null, "Avenue Hassan II"), true, false, at(2026, 11, 16, 10, 30))));
        assertEquals(LocalDateTime.of(2026, 11, 20, 23, 59), LocalDateTime.ofInstant(receipt.dueAt(), CommuneTime.ZONE));

        String text = pdfText(lighting.call(() -> inbox.receipt(receipt.trackingCode(), "https://portail.example.ma/track")));
        for (String expected : List.of("Commune de Ben Guerir", receipt.trackingCode(), "Signalement Allo Citoyen", "16/11/2026",
                "20/11/2026 23:59", "https://portail.example.ma/track")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertFalse(text.contains("0600112233") || text.contains("Omar"), "no personal data on the receipt");

        // The Arabic receipt, through the page's link, for an agent who registered a case of another department.
        CaseEngine.Receipt arabic = lighting.call(() -> engine.register(new CaseForm(CaseKind.REPORT, CaseChannel.PHONE, "CLEANLINESS",
                Language.AR, "نفايات متراكمة قرب السوق", null, null, true, false, at(2026, 11, 16, 11, 0))));
        Browserless agent = new Browserless();
        agent.login(LIGHTING_AGENT, PASSWORD);
        HttpResponse<byte[]> pdf = agent.getBytes("/admin/requests/receipt/" + arabic.trackingCode());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String arabicText = pdfText(pdf.body());
        for (String expected : List.of("جماعة ابن جرير", "وصل إيداع طلب", arabic.trackingCode(), "16/11/2026", "/track")) {
            assertTrue(arabicText.contains(expected), expected + " in\n" + arabicText);
        }
        assertEquals(404, agent.get("/admin/requests/case?code=" + arabic.trackingCode()).statusCode(),
                "registered for another department: the receipt, not the case");
        // The tracking address printed on a receipt is the configured public address, whatever Host the
        // agent's browser named (issue 12, finding 9).
        RawHttp.Answer forged = RawHttp.get("/admin/requests/receipt/" + arabic.trackingCode(), "evil.example",
                "Cookie", agent.cookieHeader());
        assertEquals(200, forged.status(), forged.all());
        String forgedText = pdfText(forged.bytes());
        assertTrue(forgedText.contains(Browserless.BASE + "/track") && !forgedText.contains("evil.example"), forgedText);

        // The registration page itself: a receipt date in the future is refused with its message.
        String form = agent.get("/admin/requests/register?lang=fr").body();
        assertTrue(form.contains("id=\"register:receivedAt\""));
        assertTrue(form.contains("id=\"nav-register\""));
    }

    @Test
    void theRegistrationPageRecordsTheRealReceiptDateAndRefusesAFutureOne() throws Exception {
        Browserless agent = new Browserless();
        agent.login(LIGHTING_AGENT, PASSWORD);
        HttpResponse<String> future = register(agent, "01/01/2099 10:00", "Lampadaire penché, rue 3");
        assertTrue(future.body().contains("ui-messages-error") && !future.body().contains("id=\"receipt-code\""), future.body());

        HttpResponse<String> done = register(agent, "16/11/2026 10:30", "Lampadaire penché, rue 4");
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"receipt-code\"[^>]*>([^<]+)<").matcher(done.body());
        assertTrue(shown.find(), done.body());
        String code = shown.group(1).strip();
        CitizenCase c = lighting.call(() -> engine.caseFile(code));
        assertEquals(CaseChannel.COUNTER, c.getChannel());
        assertEquals(LIGHTING_AGENT, c.getRegisteredBy());
        assertEquals(at(2026, 11, 16, 10, 30), c.getReceivedAt());
        assertEquals(LocalDateTime.of(2026, 11, 20, 23, 59), LocalDateTime.ofInstant(c.getDueAt(), CommuneTime.ZONE));
        assertEquals("Omar", c.getRequester().name());
        assertTrue(done.body().contains("/admin/requests/receipt/" + code), "the link to print the receipt");
    }

    @Test
    void theMorningEmailGoesOnceADayToTheHeadsOfDepartmentsWithCasesDue() throws Exception {
        account(LIGHTING_HEAD, "TECHNICAL_SERVICES", Role.AGENT, "head.lighting@example.ma", true);
        account(PROCUREMENT_HEAD, "PROCUREMENT", Role.AGENT, "head.procurement@example.ma", true);
        String late = lighting.call(() -> engine.register(phone("LIGHTING", at(2026, 11, 2, 9, 0)))).trackingCode();

        // A working day ahead of any real morning run, so that the server's own timer cannot have sent it.
        LocalDate candidate = LocalDate.now(CommuneTime.ZONE).plusDays(40);
        while (!calendars.around(Instant.now()).isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        LocalDate day = candidate;
        Instant early = day.atTime(6, 0).atZone(CommuneTime.ZONE).toInstant();
        Instant morning = day.atTime(7, 45).atZone(CommuneTime.ZONE).toInstant();
        assertEquals(0, digest.runAt(early), "not before the configured 07:30");
        int sent = digest.runAt(morning);
        assertTrue(sent >= 1, "at least the lighting head");
        assertEquals(day, digest.lastSentDay());

        String reference = "digest " + day + " TECHNICAL_SERVICES";
        List<OutboxMessage> toLighting = asAdmin.call(() -> outbox.search(new PageRequest(0, 50, Map.of("reference", reference), null, false)));
        assertEquals(1, toLighting.size());
        OutboxMessage mail = toLighting.get(0);
        assertEquals("head.lighting@example.ma", mail.getRecipient());
        assertTrue(mail.getBody().contains(late) && mail.getBody().contains("EN RETARD") && mail.getBody().contains("متأخر"), mail.getBody());
        assertFalse(mail.getBody().contains("0600") || mail.getBody().contains("@example.ma"), "no requester's data by email");
        assertEquals(List.of(), asAdmin.call(() -> outbox.search(new PageRequest(0, 50, Map.of("reference", "digest " + day + " PROCUREMENT"), null, false))),
                "no email for a department with nothing due");

        // Not twice the same day, whichever instance or hour asks again.
        assertEquals(0, digest.runAt(morning.plusSeconds(3600)));
        assertEquals(1, asAdmin.call(() -> outbox.search(new PageRequest(0, 50, Map.of("reference", reference), null, false))).size());
    }

    // ---- helpers

    private static CaseForm report(String category, String email) {
        return new CaseForm(CaseKind.REPORT, CaseChannel.WEB, category, Language.FR, "Signalement de test " + category,
                new CitizenCase.Requester("Karim Benali", email, null, null),
                new CitizenCase.Location(32.2359, -7.9536, null, "Rue 12, Hay Al Qods"), true, false, null);
    }

    private static CaseForm phone(String category, Instant received) {
        return new CaseForm(CaseKind.REPORT, CaseChannel.PHONE, category, Language.AR, "بلاغ هاتفي " + category,
                new CitizenCase.Requester("مواطن", null, "0600000000", null), null, true, false, received);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CommuneTime.ZONE).toInstant();
    }

    private List<String> codes(Object runner, Map<String, String> filters) throws Exception {
        Callable<List<String>> work = () -> inbox.search(new PageRequest(0, 50, filters, null, false)).stream()
                .map(InboxRow::getTrackingCode).toList();
        if (runner instanceof CaseStaff.AsLightingAgent a) {
            return a.call(work);
        }
        if (runner instanceof CaseStaff.AsCleaningAgent a) {
            return a.call(work);
        }
        if (runner instanceof CaseStaff.AsOfficer a) {
            return a.call(work);
        }
        return ((RunAs.AsAdmin) runner).call(work);
    }

    private static Throwable assertThrowsAny(org.junit.jupiter.api.function.Executable work) {
        return org.junit.jupiter.api.Assertions.assertThrows(Exception.class, work);
    }

    /** A PrimeFaces Ajax click on the case page, as the browser sends it. */
    private static HttpResponse<String> ajax(Browserless browser, String code, String page, String button, Map<String, String> fields)
            throws Exception {
        return browser.ajax("/admin/requests/case?code=" + code, page, "case", button, fields);
    }

    /** The registration form sent as PrimeFaces' Ajax submit does (the whole form). */
    private static HttpResponse<String> register(Browserless browser, String receivedAt, String description) throws Exception {
        String page = browser.get("/admin/requests/register").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "register:save");
        form.put("jakarta.faces.partial.execute", "register");
        form.put("jakarta.faces.partial.render", "register");
        form.put("register:save", "register:save");
        form.put("register", "register");
        form.put("register:kind_input", "REPORT");
        form.put("register:channel_input", "COUNTER");
        form.put("register:receivedAt_input", receivedAt);
        form.put("register:category_input", "LIGHTING");
        form.put("register:language_input", "FR");
        form.put("register:description", description);
        form.put("register:address", "Rue 4");
        form.put("register:name", "Omar");
        form.put("register:phone", "0600112233");
        form.put("register:consent_input", "on");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        form.put("primefaces.nonce", Browserless.hidden(page, "primefaces.nonce"));
        HttpResponse<String> response = browser.post("/admin/requests/register", form);
        assertEquals(200, response.statusCode());
        return response;
    }

    private static void assertAjaxOk(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<partial-response") && !response.body().contains("<error>")
                && !response.body().contains("ui-messages-error"), response.body());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertNotNull(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void account(String username, String departmentCode, Role role, String email, boolean head) throws Exception {
        CaseStaff.account(accounts, asAdmin, username, departmentCode, role, email, head, PASSWORD);
    }

}
