package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.ExifJpeg;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.Accountability;
import ma.commune.portal.requests.boundary.AccountabilityReport;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.boundary.CaseRetentions;
import ma.commune.portal.requests.boundary.PersonalDataRights;
import ma.commune.portal.requests.boundary.RetentionRun;
import ma.commune.portal.requests.control.CaseAnonymiser;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseRetention;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.Outbox;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.Leases;
import ma.commune.portal.shared.control.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention of residents' personal data (law 09-08; issue 12) on the real server and database: a
 * case closed longer ago than its kind's retention is anonymised by the daily run — the clock moved two
 * years on, never slept — with its attachments' files and the requester's messages gone, its point
 * rounded, the audit naming fields and no value, the public figures the same; a case on legal hold is
 * skipped; the run is done once a day across instances (its lease); the people's rights (access,
 * rectification, opposition) through an administrator; every door closed to other staff; bad input
 * answered in the administrator's language with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class RetentionIT {

    private static final String LIGHTING_AGENT = "it-retention-lighting";
    private static final String CLEANING_AGENT = "it-retention-cleaning";
    private static final String OFFICER = "it-retention-officer";
    private static final String ADMIN = "it-retention-admin";
    private static final String PASSWORD = "Correct-Horse-42-Battery";
    private static final String LEASE_KEY = "requests.retention";

    @Deployment
    static EnterpriseArchive deployment() {
        return CaseStaff.deployment(new java.io.File[0], LIGHTING_AGENT, CLEANING_AGENT, OFFICER, RetentionIT.class, ExifJpeg.class);
    }

    @EJB
    CaseEngine engine;

    @EJB
    CaseRetentions retentions;

    @EJB
    RetentionRun run;

    @EJB
    PersonalDataRights rights;

    @EJB
    Accountability accountability;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @EJB
    FileStore files;

    @EJB
    Leases leases;

    @EJB
    Accounts accounts;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    CaseStaff.AsLightingAgent lighting;

    @Inject
    PortalClock clock;

    @BeforeEach
    void staff() throws Exception {
        CaseStaff.account(accounts, asAdmin, LIGHTING_AGENT, "TECHNICAL_SERVICES", Role.AGENT, null, false, PASSWORD);
        CaseStaff.account(accounts, asAdmin, ADMIN, "GENERAL_DIRECTORATE", Role.ADMIN, null, false, PASSWORD);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCaseClosedLongerThanItsRetentionIsAnonymisedOnceItsFiguresKeptAndAHeldCaseSkipped() throws Exception {
        String email = unique("retained") + "@example.ma";
        String code = closedReport(email, "0612345678", true);
        String held = closedReport(unique("held") + "@example.ma", null, false);
        CitizenCase before = asAdmin.call(() -> engine.caseFile(code));
        List<Long> attachments = before.getAttachments();
        assertEquals(1, attachments.size());
        assertTrue(asAdmin.call(() -> files.keyOf(attachments.get(0))).isPresent());
        assertFalse(messagesOf(code).isEmpty(), "the requester was told by email");
        assertNotNull(before.getRetentionFrom(), "closed: its retention runs");

        // The administrators see it among the next to go, with its date: two years after it was closed.
        CaseAnonymiser.Due listed = upcoming(code);
        assertEquals(before.getRetentionFrom().atOffset(java.time.ZoneOffset.UTC).plusMonths(24).toInstant(), listed.getDueAt());
        assertEquals(listed.getDueAt(), asAdmin.call(() -> retentions.dueOf(before)).orElseThrow());

        asAdmin.call(() -> {
            retentions.hold(held, "Recours devant le tribunal administratif n° 12/2026");
            return null;
        });
        Instant realNow = Instant.now();
        String figuresBefore = figures(accountability.report(24, realNow));

        LocalDate day = runDay(listed.getDueAt());
        clock.moveTo(at(day, 2, 0));
        assertEquals(0, run.run(), "not before the configured hour (03:00)");
        assertFalse(asAdmin.call(() -> engine.caseFile(code)).isAnonymised());

        clock.moveTo(at(day, 4, 0));
        run.run();
        CitizenCase after = asAdmin.call(() -> engine.caseFile(code));
        assertTrue(after.isAnonymised());
        CitizenCase.Requester nobody = after.getRequester();
        assertNull(nobody.name());
        assertNull(nobody.email());
        assertNull(nobody.phone());
        assertNull(after.getLocation().address());
        assertEquals(32.236, after.getLocation().latitude(), 1e-9, "about 100 m: three decimals");
        assertEquals(-7.954, after.getLocation().longitude(), 1e-9);
        assertEquals(CitizenCase.ANONYMISED, after.getDescription(), "never reviewed: the resident's own words go");
        assertTrue(after.getAttachments().isEmpty());
        assertTrue(asAdmin.call(() -> files.keyOf(attachments.get(0))).isEmpty(), "the stored file is deleted");
        assertTrue(messagesOf(code).isEmpty(), "the messages to the requester are deleted");
        assertFalse(after.getEvents().stream().anyMatch(e -> e.getType() == CaseEvent.Type.INTERNAL_NOTE), "the internal notes are deleted");
        // The facts stay: kind, category, department, dates, statuses, public answers.
        assertEquals(CaseStatus.CLOSED, after.getStatus());
        assertEquals(before.getReceivedAt(), after.getReceivedAt());
        assertEquals("LIGHTING", after.getCategory().getCode());
        assertTrue(after.getEvents().stream().anyMatch(e -> e.getType() == CaseEvent.Type.PUBLIC_ANSWER && "Lampe changée.".equals(e.getText())));
        assertEquals(figuresBefore, figures(accountability.report(24, realNow)), "the public figures are the same");

        // The audit names the fields, never their values.
        List<AuditEntry> entries = anonymisations(code);
        assertEquals(1, entries.size());
        String entry = entries.get(0).getAfter();
        for (String field : List.of("requesterName", "requesterEmail", "requesterPhone", "address", "coordinates")) {
            assertTrue(entry.contains(field), field + " in " + entry);
        }
        for (String value : List.of(email, "612345678", "Karim", "Hay Al Qods", "32.2359")) {
            assertFalse(entry.contains(value), value + " in " + entry);
        }

        // The held case is kept whole, and says why; lifted, the next day's run takes it.
        CitizenCase kept = asAdmin.call(() -> engine.caseFile(held));
        assertFalse(kept.isAnonymised());
        assertNotNull(kept.getRequester().email());
        assertTrue(asAdmin.call(() -> retentions.upcoming(new PageRequest(0, 200, Map.of(), null, false))).stream()
                .noneMatch(d -> d.getTrackingCode().equals(held)), "a held case is not listed as next");
        asAdmin.call(() -> {
            retentions.liftHold(held);
            return null;
        });
        clock.moveTo(at(day.plusDays(1), 4, 0));
        run.run();
        assertTrue(asAdmin.call(() -> engine.caseFile(held)).isAnonymised());
        // Anonymised once: never touched again.
        assertEquals(1, anonymisations(code).size());
        DomainRuleViolation again = assertThrows(DomainRuleViolation.class, () -> after.anonymise(Instant.now()));
        assertEquals("retention.rule.anonymised", again.messageKey());
    }

    @Test
    void theDailyRunIsDoneOnceAcrossServerInstances() throws Exception {
        String code = closedReport(unique("once") + "@example.ma", null, false);
        LocalDate day = runDay(upcoming(code).getDueAt());
        clock.moveTo(at(day, 5, 0));

        // Another instance holds the day's lease: this one does nothing.
        String other = "other-instance/" + java.util.UUID.randomUUID();
        assertTrue(leases.claimDay(LEASE_KEY, day, other, Duration.ofMinutes(10)));
        assertEquals(0, run.run());
        assertFalse(asAdmin.call(() -> engine.caseFile(code)).isAnonymised());
        leases.abandon(LEASE_KEY, other);

        // Two instances at once: the case is anonymised once, and the day is done.
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = two.submit(() -> run.run());
            Future<Integer> b = two.submit(() -> run.run());
            a.get();
            b.get();
        } finally {
            two.shutdown();
        }
        assertTrue(asAdmin.call(() -> engine.caseFile(code)).isAnonymised());
        assertEquals(1, anonymisations(code).size());
        assertEquals(day, run.lastRunDay());
        assertEquals(0, run.run(), "the day is done");
    }

    @Test
    void anAdministratorFindsExportsCorrectsAndAnonymisesAPersonsCases() throws Exception {
        String email = unique("Person") + "@Example.ma";
        String phone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String first = closedReport(email, phone, false);
        String second = engine.submit(report(email, null)).trackingCode();

        // By email whatever its case, by phone whatever its spelling: the same person.
        List<String> byEmail = asAdmin.call(() -> rights.cases(email.toUpperCase())).stream().map(CitizenCase::getTrackingCode).toList();
        assertEquals(List.of(second, first), byEmail);
        String spelled = "+212 " + phone.substring(1, 2) + " " + phone.substring(2);
        assertEquals(List.of(first), asAdmin.call(() -> rights.cases(spelled)).stream().map(CitizenCase::getTrackingCode).toList());

        String json = new String(asAdmin.call(() -> rights.export(email)), StandardCharsets.UTF_8);
        assertTrue(json.contains(first) && json.contains(second) && json.contains("Karim Benali") && json.contains("Lampe changée."), json);
        assertFalse(json.contains("Poteau 14"), "staff's internal notes are not the person's data");

        asAdmin.call(() -> {
            rights.rectify(email, first, CitizenCase.PersonalField.PHONE, "0699887766");
            rights.rectify(email, first, CitizenCase.PersonalField.NAME, "Karim Ben Ali");
            return null;
        });
        CitizenCase corrected = asAdmin.call(() -> engine.caseFile(first));
        assertEquals("+212699887766", corrected.getRequester().phone());
        assertEquals("Karim Ben Ali", corrected.getRequester().name());

        asAdmin.call(() -> {
            rights.anonymise(email, second);
            return null;
        });
        CitizenCase opposed = asAdmin.call(() -> engine.caseFile(second));
        assertTrue(opposed.isAnonymised());
        assertNull(opposed.getRequester().email());
        assertTrue(messagesOf(second).isEmpty());

        // Every request is audited: who, which right, which cases — never the contact nor a value.
        List<AuditEntry> requests = asAdmin.call(() -> audit.search(new PageRequest(0, 50, Map.of("entityType", "PersonalData"), null, false)));
        AuditEntry export = requests.stream().filter(e -> e.getAction().equals("personalDataExport") && e.getAfter().contains(first))
                .findFirst().orElseThrow();
        assertTrue(export.getAfter().contains("ACCESS") && export.getAfter().contains(second));
        AuditEntry rectified = requests.stream().filter(e -> e.getAction().equals("personalDataRectify") && e.getAfter().contains("requesterPhone"))
                .findFirst().orElseThrow();
        assertTrue(rectified.getAfter().contains("RECTIFICATION") && rectified.getAfter().contains(first));
        assertTrue(requests.stream().anyMatch(e -> e.getAction().equals("personalDataAnonymise") && e.getAfter().contains("OPPOSITION")
                && e.getAfter().contains(second)));
        for (AuditEntry e : requests) {
            String text = e.getAfter() + e.getBefore();
            for (String value : List.of(email.toLowerCase(), "699887766", phone.substring(1), "Ben Ali")) {
                assertFalse(text.toLowerCase().contains(value.toLowerCase()), value + " in " + text);
            }
        }

        // A held case is not anonymised on request either: the hold comes first.
        asAdmin.call(() -> {
            retentions.hold(first, "Contentieux en cours");
            return null;
        });
        DomainRuleViolation held = RunAs.cause(assertThrows(Exception.class, () -> asAdmin.call(() -> {
            rights.anonymise(email, first);
            return null;
        })), DomainRuleViolation.class);
        assertEquals("retention.rule.held", held.messageKey());
        assertFalse(asAdmin.call(() -> engine.caseFile(first)).isAnonymised());
    }

    @Test
    void onlyAdministratorsAndBadInputIsRefusedInTheirLanguageWithNothingSaved() throws Exception {
        String code = closedReport(unique("doors") + "@example.ma", null, false);
        // Other staff: refused by the services...
        for (Callable<?> work : List.<Callable<?>>of(() -> retentions.retentions(), () -> rights.cases("someone@example.ma"),
                () -> retentions.upcoming(PageRequest.of(0, 10)), () -> {
                    retentions.hold(code, "Litige");
                    return null;
                })) {
            RunAs.cause(assertThrows(Exception.class, () -> lighting.call(work)), EJBAccessException.class);
        }
        assertThrows(Exception.class, () -> rights.cases("someone@example.ma"), "nor anonymously");
        // ... and by the pages.
        Browserless agent = new Browserless();
        agent.login(LIGHTING_AGENT, PASSWORD);
        for (String page : List.of("/admin/requests/retention", "/admin/requests/rights")) {
            assertEquals(403, agent.get(page).statusCode(), page);
        }
        assertFalse(agent.get("/admin/requests/case?code=" + code).body().contains("id=\"case:holdButton\""), "the hold is for administrators");
        String agentMenu = agent.get("/admin/").body();
        assertFalse(agentMenu.contains("id=\"nav-retention\"") || agentMenu.contains("id=\"nav-rights\""), "no menu entries for an agent");

        // A retention out of range: the rule's message, nothing saved.
        CaseRetention report = asAdmin.call(() -> retentions.retentions()).get(0);
        assertEquals(CaseKind.REPORT, report.getKind());
        assertEquals(CaseRetention.DEFAULT_MONTHS, report.getMonths());
        for (int months : new int[] {0, -3, 121, 100_000}) {
            DomainRuleViolation refused = RunAs.cause(assertThrows(Exception.class,
                    () -> asAdmin.call(() -> retentions.change(CaseKind.REPORT, report.getVersion(), months))), DomainRuleViolation.class);
            assertEquals("retention.rule.months", refused.messageKey());
        }
        Browserless admin = new Browserless();
        admin.login(ADMIN, PASSWORD);
        String page = admin.get("/admin/requests/retention").body();
        assertTrue(page.contains("id=\"nav-retention\"") && page.contains("id=\"nav-rights\""), "the administrators' menu entries");
        assertTrue(page.contains(code) || page.contains("id=\"retention:upcoming\""), "the next cases' list");
        HttpResponse<String> zero = admin.ajax("/admin/requests/retention", page, "retention", "retention:kinds:0:save",
                Map.of("retention:kinds:0:months", "0"));
        assertTrue(zero.body().contains("حددوا مدة حفظ بين 1 و120 شهرا"), zero.body());
        HttpResponse<String> words = admin.ajax("/admin/requests/retention?lang=fr", admin.get("/admin/requests/retention?lang=fr").body(),
                "retention", "retention:kinds:0:save", Map.of("retention:kinds:0:months", "deux ans"));
        assertTrue(words.body().contains("Indiquez une durée de conservation entre 1 et 120 mois."), words.body());
        assertEquals(CaseRetention.DEFAULT_MONTHS, asAdmin.call(() -> retentions.retentions()).get(0).getMonths(), "nothing saved");
        HttpResponse<String> saved = admin.ajax("/admin/requests/retention", admin.get("/admin/requests/retention?lang=ar").body(), "retention",
                "retention:kinds:1:save", Map.of("retention:kinds:1:months", "36"));
        assertTrue(saved.body().contains("سجلت مدة الحفظ."), saved.body());
        assertEquals(36, asAdmin.call(() -> retentions.retentions()).get(1).getMonths());
        asAdmin.call(() -> retentions.change(CaseKind.COMPLAINT, retentions.retentions().get(1).getVersion(), CaseRetention.DEFAULT_MONTHS));

        // An unknown person, or something that is no contact: a message, nothing found.
        String rightsPage = admin.get("/admin/requests/rights").body();
        HttpResponse<String> unknown = admin.ajax("/admin/requests/rights", rightsPage, "rights", "rights:search",
                Map.of("rights:contact", "nobody-" + unique("x") + "@example.ma"));
        assertTrue(unknown.body().contains("لا يوجد أي ملف بهذا العنوان أو الرقم."), unknown.body());
        HttpResponse<String> garbage = admin.ajax("/admin/requests/rights", admin.get("/admin/requests/rights").body(), "rights",
                "rights:search", Map.of("rights:contact", "not a contact"));
        assertTrue(garbage.body().contains("أدخلوا بريدا إلكترونيا"), garbage.body());
        assertThrows(Exception.class, () -> asAdmin.call(() -> rights.export("nobody@example.ma")));

        // A hold needs its reason.
        DomainRuleViolation noReason = RunAs.cause(assertThrows(Exception.class, () -> asAdmin.call(() -> {
            retentions.hold(code, "  ");
            return null;
        })), DomainRuleViolation.class);
        assertEquals("retention.rule.holdNeedsReason", noReason.messageKey());
        assertNull(asAdmin.call(() -> engine.caseFile(code)).getLegalHold());
        // Through the case page, for an administrator: placed and audited.
        String casePage = admin.get("/admin/requests/case?code=" + code).body();
        assertTrue(casePage.contains("id=\"case:holdButton\""), casePage);
        HttpResponse<String> placed = admin.ajax("/admin/requests/case?code=" + code, casePage, "case", "case:holdButton",
                Map.of("case:holdReason", "Litige en cours"));
        assertTrue(placed.statusCode() == 200 && !placed.body().contains("ui-messages-error"), placed.body());
        assertEquals("Litige en cours", asAdmin.call(() -> engine.caseFile(code)).getLegalHold());
        assertTrue(asAdmin.call(() -> audit.search(new PageRequest(0, 50, Map.of("action", "placeLegalHold"), null, false))).stream()
                .anyMatch(e -> code.equals(e.getEntityId()) && ADMIN.equals(e.getActor())));
    }

    // ---- helpers

    /** A report with a photo, handled and closed by the lighting agent, with an internal note and a public answer. */
    private String closedReport(String email, String phone, boolean withPhoto) throws Exception {
        List<CaseEngine.Attachment> photo = withPhoto ? List.of(new CaseEngine.Attachment("lampe.jpg", ExifJpeg.photo())) : List.of();
        String code = engine.submit(report(email, phone), photo).trackingCode();
        lighting.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.IN_PROGRESS, null);
            engine.note(code, "Poteau 14 — M. Benali rappelé au téléphone");
            engine.answer(code, "Lampe changée.");
            engine.move(code, CaseStatus.RESOLVED, null);
            engine.move(code, CaseStatus.CLOSED, null);
            return null;
        });
        return code;
    }

    private static CaseForm report(String email, String phone) {
        return new CaseForm(CaseKind.REPORT, CaseChannel.WEB, "LIGHTING", Language.FR, "Lampadaire éteint devant chez Karim, rue 12",
                new CitizenCase.Requester("Karim Benali", email, phone, null),
                new CitizenCase.Location(32.23591, -7.95362, null, "Rue 12, Hay Al Qods"), true, false, null);
    }

    private CaseAnonymiser.Due upcoming(String code) throws Exception {
        for (int first = 0; ; first += 200) {
            int from = first;
            List<CaseAnonymiser.Due> page = asAdmin.call(() -> retentions.upcoming(new PageRequest(from, 200, Map.of(), null, false)));
            for (CaseAnonymiser.Due d : page) {
                if (d.getTrackingCode().equals(code)) {
                    return d;
                }
            }
            if (page.size() < 200) {
                throw new AssertionError(code + " is not listed as next");
            }
        }
    }

    /** A day after the case is due and after the last run (each run of this class takes a day of its own). */
    private LocalDate runDay(Instant due) {
        LocalDate day = due.atZone(CommuneTime.ZONE).toLocalDate().plusDays(1);
        LocalDate last = run.lastRunDay();
        return last != null && !last.isBefore(day) ? last.plusDays(1) : day;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CommuneTime.ZONE).toInstant();
    }

    private List<?> messagesOf(String code) throws Exception {
        return asAdmin.call(() -> outbox.search(new PageRequest(0, 50, Map.of("reference", code), null, false)));
    }

    private List<AuditEntry> anonymisations(String code) throws Exception {
        return asAdmin.call(() -> audit.search(new PageRequest(0, 200, Map.of("action", "anonymise", "entityType", "CitizenCase"), null, false)))
                .stream().filter(e -> code.equals(e.getEntityId()) && e.getAction().equals("anonymise")).toList();
    }

    private static String figures(AccountabilityReport report) {
        StringBuilder s = new StringBuilder(tally(report.getTotal()));
        report.getDepartments().forEach(l -> s.append('|').append(l.getCode()).append(tally(l.getTally())));
        report.getCategories().forEach(l -> s.append('|').append(l.getCode()).append(l.getKind()).append(tally(l.getTally())));
        return s.toString();
    }

    private static String tally(ma.commune.portal.requests.entity.ResponseTally t) {
        return t.getReceived() + "/" + t.getAnswered() + "/" + t.getAnsweredOnTime() + "/" + t.getOverdue() + "/" + t.getMedianDays();
    }

    private static String unique(String name) {
        return name + "." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
