package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.boundary.DeadlineCalendar;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.RequestSettings;
import ma.commune.portal.requests.entity.TargetUnit;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrators' legal calendar on the real server: an Islamic holiday added inside a report's
 * period moves its due date one working day later and deleting it moves it back; a category's new target
 * moves it too; new legal clocks move an open information request's due date and new routing sends new
 * complaints elsewhere, while an unknown department is refused; a closed case keeps its due date; an
 * editor is refused; bad input saves nothing; and the page answers administrators only.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class DeadlineCalendarIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DeadlineCalendarIT.class);
    }

    @EJB
    DeadlineCalendar calendar;

    @EJB
    CaseEngine engine;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    RunAs.AsEditor asEditor;

    @Test
    void anIslamicHolidayInsideAReportsPeriodMovesItsDueDateAndDeletingItMovesItBackButNotAClosedOnes() throws Exception {
        CaseEngine.Receipt open = engine.submit(report());
        CaseEngine.Receipt closed = engine.submit(report());
        admin(() -> {
            for (CaseStatus next : List.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED)) {
                engine.move(closed.trackingCode(), next, null);
            }
            return null;
        });
        WorkingCalendar before = WorkingCalendar.of(admin(() -> calendar.holidays()), year() - 2, year() + 2);
        assertEquals(before.dueInWorkingDays(open.receivedAt(), 3), due(open), "LIGHTING: 3 working days");
        Instant closedDue = due(closed);

        // A working day inside the period: the first one after the day of receipt.
        LocalDate inside = before.plusWorkingDays(open.receivedAt().atZone(CommuneTime.ZONE).toLocalDate(), 1);
        String family = "Fête IT " + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "x");
        PublicHoliday added = admin(() -> calendar.addIslamic(LocalizedText.of("عيد تجريبي", family + " 1"), inside, 1));
        assertEquals(before.dueInWorkingDays(open.receivedAt(), 4), due(open), "one working day later");
        assertEquals(closedDue, due(closed), "a closed case keeps its due date");
        assertTrue(admin(() -> calendar.daysOff(inside.getYear())).stream()
                .anyMatch(d -> d.getDate().equals(inside) && d.getHoliday().getId().equals(added.getId())), "listed in its year");
        List<AuditEntry> entries = admin(() -> audit.search(new PageRequest(0, 50, Map.of("entityType", "PublicHoliday"), null, false)));
        assertTrue(entries.stream().anyMatch(e -> "create".equals(e.getAction()) && String.valueOf(added.getId()).equals(e.getEntityId())),
                "audited");

        // The same family may not cover the same day twice; nothing is saved.
        int count = admin(() -> calendar.holidays()).size();
        assertEquals("calendar.rule.overlap", refused(() -> calendar.addIslamic(LocalizedText.of("عيد تجريبي", family + " 2"),
                inside.minusDays(1), 2)));
        assertEquals(count, admin(() -> calendar.holidays()).size());

        // Corrected to a day after the period (the Ministry announced it later): the due date comes back.
        LocalDate later = before.plusWorkingDays(inside, 10);
        PublicHoliday moved = admin(() -> calendar.change(added.getId(), added.getVersion(), added.getName(), null, null, later, 1));
        assertEquals(later, moved.getFirstDate());
        assertEquals(before.dueInWorkingDays(open.receivedAt(), 3), due(open), "the corrected day is outside the period");
        admin(() -> calendar.change(added.getId(), moved.getVersion(), added.getName(), null, null, inside, 1));
        assertEquals(before.dueInWorkingDays(open.receivedAt(), 4), due(open), "and inside again");
        assertEquals("error.concurrentChange", refused(() -> calendar.change(added.getId(), added.getVersion(), added.getName(), null,
                null, later, 1)), "a stale version");

        admin(() -> {
            calendar.delete(added.getId());
            return null;
        });
        assertEquals(before.dueInWorkingDays(open.receivedAt(), 3), due(open), "back to its first due date");
        assertEquals(closedDue, due(closed));
    }

    @Test
    void aCategorysNewTargetMovesTheDueDatesOfItsOpenReports() throws Exception {
        CaseEngine.Receipt open = engine.submit(report());
        RequestCategory lighting = admin(() -> calendar.categories()).stream().filter(c -> "LIGHTING".equals(c.getCode())).findFirst()
                .orElseThrow();
        WorkingCalendar days = WorkingCalendar.of(admin(() -> calendar.holidays()), year() - 2, year() + 2);
        try {
            admin(() -> calendar.target(lighting.getId(), 5, TargetUnit.WORKING_DAYS));
            assertEquals(days.dueInWorkingDays(open.receivedAt(), 5), due(open));
            admin(() -> calendar.target(lighting.getId(), 12, TargetUnit.HOURS));
            Instant received = engine.track(open.trackingCode()).orElseThrow().receivedAt();
            assertEquals(received.plusSeconds(12 * 3600), due(open), "hours, around the clock (as stored)");
        } finally {
            admin(() -> calendar.target(lighting.getId(), 3, TargetUnit.WORKING_DAYS));
        }
        assertEquals(days.dueInWorkingDays(open.receivedAt(), 3), due(open));
    }

    @Test
    void newLegalClocksMoveOpenInformationRequestsRouteNewCasesAndAnUnknownDepartmentIsRefused() throws Exception {
        CaseEngine.Receipt info = engine.submit(information());
        WorkingCalendar days = WorkingCalendar.of(admin(() -> calendar.holidays()), year() - 2, year() + 2);
        assertEquals(days.dueInWorkingDays(info.receivedAt(), 20), due(info), "the law's 20 working days");
        RequestSettings initial = admin(() -> calendar.settings());
        assertEquals(Deadlines.DEFAULT, initial.deadlines(), "seeded with the law's clocks");
        assertEquals("GENERAL_DIRECTORATE", initial.getComplaintsDepartmentCode());
        assertEquals("COMMUNICATION", initial.getInformationDepartmentCode());
        try {
            RequestSettings shorter = admin(() -> calendar.changeSettings(initial.getVersion(), new Deadlines(10, 20, 3, 60, 20),
                    "CIVIL_STATUS", "COMMUNICATION"));
            assertEquals(days.dueInWorkingDays(info.receivedAt(), 10), due(info), "the open request's due date moved");
            List<AuditEntry> entries = admin(() -> audit.search(new PageRequest(0, 20, Map.of("entityType", "RequestSettings"), null, false)));
            assertTrue(entries.stream().anyMatch(e -> "update".equals(e.getAction())), "audited");

            // A new complaint goes to the department the settings name now.
            CaseEngine.Receipt complaint = engine.submit(new CaseForm(CaseKind.COMPLAINT, CaseChannel.WEB, null, Language.FR,
                    "Réclamation sur l'accueil au guichet", new CitizenCase.Requester(null, "resident.settings@example.org", null, null),
                    null, true, false, null));
            assertEquals("CIVIL_STATUS", admin(() -> engine.caseFile(complaint.trackingCode()).getDepartment().getCode()));

            // A department that does not exist, a stale version, a clock out of bounds: refused, nothing saved.
            long version = shorter.getVersion();
            assertEquals("requests.settings.rule.unknownDepartment", refused(() -> calendar.changeSettings(version,
                    new Deadlines(5, 20, 3, 60, 20), "NO_SUCH_DEPARTMENT", "COMMUNICATION")));
            assertEquals("requests.settings.rule.unknownDepartment", refused(() -> calendar.changeSettings(version,
                    new Deadlines(5, 20, 3, 60, 20), "CIVIL_STATUS", "NOWHERE")));
            assertEquals("error.concurrentChange", refused(() -> calendar.changeSettings(initial.getVersion(),
                    new Deadlines(5, 20, 3, 60, 20), "CIVIL_STATUS", "COMMUNICATION")));
            assertEquals("requests.settings.rule.informationDays", refused(() -> calendar.changeSettings(version,
                    new Deadlines(0, 20, 3, 60, 20), "CIVIL_STATUS", "COMMUNICATION")));
            RequestSettings kept = admin(() -> calendar.settings());
            assertEquals(10, kept.getInformationDays(), "nothing saved");
            assertEquals("CIVIL_STATUS", kept.getComplaintsDepartmentCode());
            assertEquals(version, kept.getVersion());
            assertEquals(days.dueInWorkingDays(info.receivedAt(), 10), due(info), "due date unchanged by a refused change");

            RunAs.cause(assertThrows(Exception.class, () -> asEditor.call(() -> calendar.changeSettings(version, Deadlines.DEFAULT,
                    "GENERAL_DIRECTORATE", "COMMUNICATION"))), EJBAccessException.class);
        } finally {
            RequestSettings current = admin(() -> calendar.settings());
            admin(() -> calendar.changeSettings(current.getVersion(), Deadlines.DEFAULT, "GENERAL_DIRECTORATE", "COMMUNICATION"));
        }
        assertEquals(days.dueInWorkingDays(info.receivedAt(), 20), due(info), "back to 20 working days");
    }

    @Test
    void badInputSavesNothingAndAnEditorIsRefused() throws Exception {
        int count = admin(() -> calendar.holidays()).size();
        LocalDate day = LocalDate.now(CommuneTime.ZONE).plusYears(1);
        assertEquals("holiday.rule.nameInBothLanguages", refused(() -> calendar.addIslamic(LocalizedText.of("عيد", " "), day, 1)));
        assertEquals("holiday.rule.days", refused(() -> calendar.addIslamic(LocalizedText.of("عيد", "Aïd"), day, 0)));
        assertEquals("holiday.rule.days", refused(() -> calendar.addIslamic(LocalizedText.of("عيد", "Aïd"), day, 6)));
        assertEquals("holiday.rule.date", refused(() -> calendar.addIslamic(LocalizedText.of("عيد", "Aïd"), null, 1)));
        assertEquals("holiday.rule.date", refused(() -> calendar.addFixed(LocalizedText.of("عيد", "Fête"), 2, 30, day)));
        assertEquals(count, admin(() -> calendar.holidays()).size(), "nothing saved");

        RequestCategory lighting = admin(() -> calendar.categories()).stream().filter(c -> "LIGHTING".equals(c.getCode())).findFirst()
                .orElseThrow();
        assertEquals("requests.rule.targetPositive", refused(() -> calendar.target(lighting.getId(), 0, TargetUnit.WORKING_DAYS)));
        assertEquals("requests.rule.targetPositive", refused(() -> calendar.target(lighting.getId(), -2, TargetUnit.HOURS)));
        RequestCategory after = admin(() -> calendar.categories()).stream().filter(c -> "LIGHTING".equals(c.getCode())).findFirst()
                .orElseThrow();
        assertEquals(lighting.getTargetValue(), after.getTargetValue());
        assertEquals(lighting.getTargetUnit(), after.getTargetUnit());

        RunAs.cause(assertThrows(Exception.class, () -> asEditor.call(() -> calendar.addIslamic(
                LocalizedText.of("عيد", "Aïd de l'éditeur"), day, 1))), EJBAccessException.class);
        RunAs.cause(assertThrows(Exception.class, () -> asEditor.call(() -> calendar.target(lighting.getId(), 9, TargetUnit.WORKING_DAYS))),
                EJBAccessException.class);
        RunAs.cause(assertThrows(Exception.class, () -> asEditor.call(() -> calendar.holidays())), EJBAccessException.class);
        assertThrows(Exception.class, () -> calendar.holidays(), "anonymous");
        assertEquals(count, admin(() -> calendar.holidays()).size());
    }

    @Test
    @RunAsClient
    void thePageAnswersAnAdministratorButNotAnEditor() throws Exception {
        Browserless admin = new Browserless();
        assertEquals(302, admin.login("admin", System.getProperty("it.adminPassword", "It-admin-password-1")).statusCode());
        HttpResponse<String> page = admin.get("/admin/requests/calendar");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"nav-calendar\""), "the menu entry");
        assertTrue(page.body().contains("calendar:daysOff"), "the table of days off");
        assertTrue(page.body().contains("id=\"calendar:clockInformation\"") && page.body().contains("calendar:complaintsDepartment"),
                "the legal clocks and routing");
        assertTrue(!page.body().contains("???"), "every text has its key");

        // The targets' table works through the page (the row's fields sent as PrimeFaces' Ajax does).
        assertEquals("4", firstTarget(target(admin, "4").body()), "LIGHTING's new target shown");
        assertEquals("3", firstTarget(target(admin, "3").body()), "and back");

        // The legal clocks through the page: a new delay for information requests is saved and shown (read again
        // from the database by a new view), a delay of 0 is refused, then the law's is put back.
        assertEquals("19", clock(settings(admin, "19", "GENERAL_DIRECTORATE").body()), "the new delay shown");
        String refused = settings(admin, "0", "GENERAL_DIRECTORATE").body();
        assertEquals("19", clock(refused), "a delay of 0 is refused, nothing saved");
        assertEquals("20", clock(settings(admin, "20", "GENERAL_DIRECTORATE").body()), "and back");

        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", "BenGuerir-demo-2026").statusCode());
        assertEquals(403, editor.get("/admin/requests/calendar").statusCode());
        assertTrue(!editor.get("/admin/").body().contains("id=\"nav-calendar\""), "no menu entry for an editor");
    }

    // ---- helpers

    private static String firstTarget(String page) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*id=\"calendar:categories:0:targetValue\"[^>]*>").matcher(page);
        assertTrue(input.find(), "the first row's target");
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : null;
    }

    private static String clock(String page) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*id=\"calendar:clockInformation\"[^>]*>").matcher(page);
        assertTrue(input.find(), "the information requests' delay");
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : null;
    }

    /** Saves the legal clocks through the page (the law's, but {@code information} days), as the browser's Ajax request would. */
    private static HttpResponse<String> settings(Browserless admin, String information, String complaintsDepartment) throws Exception {
        String page = admin.get("/admin/requests/calendar").body();
        Map<String, String> form = new java.util.LinkedHashMap<>();
        String fields = "calendar:clockInformation calendar:clockExtension calendar:clockUrgent calendar:clockAppeal"
                + " calendar:clockComplaint calendar:complaintsDepartment calendar:informationDepartment";
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "calendar:saveSettings");
        form.put("jakarta.faces.partial.execute", "calendar:saveSettings " + fields);
        form.put("jakarta.faces.partial.render", "calendar");
        form.put("calendar:saveSettings", "calendar:saveSettings");
        form.put("calendar", "calendar");
        form.put("calendar:clockInformation", information);
        form.put("calendar:clockExtension", "20");
        form.put("calendar:clockUrgent", "3");
        form.put("calendar:clockAppeal", "20");
        form.put("calendar:clockComplaint", "60");
        form.put("calendar:complaintsDepartment_input", complaintsDepartment);
        form.put("calendar:informationDepartment_input", "COMMUNICATION");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        form.put("primefaces.nonce", Browserless.hidden(page, "primefaces.nonce"));
        HttpResponse<String> saved = admin.post("/admin/requests/calendar", form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("<partial-response") && !saved.body().contains("<error>"), saved.body());
        return admin.get("/admin/requests/calendar");
    }

    /** Sets LIGHTING's target (the first row) in working days through the page, as the browser's Ajax request would. */
    private static HttpResponse<String> target(Browserless admin, String value) throws Exception {
        String page = admin.get("/admin/requests/calendar").body();
        String row = "calendar:categories:0:";
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", row + "saveTarget");
        form.put("jakarta.faces.partial.execute", row + "saveTarget " + row + "targetValue " + row + "targetUnit");
        form.put("jakarta.faces.partial.render", "calendar");
        form.put(row + "saveTarget", row + "saveTarget");
        form.put("calendar", "calendar");
        form.put(row + "targetValue", value);
        form.put(row + "targetUnit_input", "WORKING_DAYS");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        form.put("primefaces.nonce", Browserless.hidden(page, "primefaces.nonce"));
        HttpResponse<String> saved = admin.post("/admin/requests/calendar", form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("<partial-response") && !saved.body().contains("<error>"), saved.body());
        assertTrue(page.contains("id=\"" + row + "targetValue\""), "LIGHTING is the first row");
        return admin.get("/admin/requests/calendar");
    }

    private <T> T admin(Callable<T> work) throws Exception {
        return asAdmin.call(work);
    }

    private String refused(Callable<?> work) {
        return assertThrows(DomainRuleViolation.class, () -> asAdmin.call(work)).messageKey();
    }

    private Instant due(CaseEngine.Receipt receipt) {
        return engine.track(receipt.trackingCode()).orElseThrow().dueAt();
    }

    private static int year() {
        return LocalDate.now(CommuneTime.ZONE).getYear();
    }

    private static CaseForm information() {
        return new CaseForm(CaseKind.INFORMATION, CaseChannel.WEB, null, Language.FR, "Copie du budget de l'année",
                new CitizenCase.Requester("Omar Settings", "resident.information@example.org", null, "EE112233"), null, true, false, null);
    }

    private static CaseForm report() {
        return new CaseForm(CaseKind.REPORT, CaseChannel.WEB, "LIGHTING", Language.FR, "Lampadaire éteint avenue Hassan II",
                new CitizenCase.Requester("Nadia El Idrissi", "resident.calendar@example.ma", null, null), null, true, false, null);
    }
}
