package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.council.boundary.CommitteeMeetings;
import ma.commune.portal.council.boundary.CouncilDirectory;
import ma.commune.portal.council.boundary.CouncilOpenData;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.boundary.SessionPlan;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CommitteeRole;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.LocalizedText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's machine interfaces on the real server and database: the back office records a council of
 * its own (as an administrator: the secretariat's run-as identity is refused by Payara in this deployment) (a mandate in 2040, so that no demo or other test data meets it) through the real services, and
 * then the iCalendar feed is read with ical4j and the OParl API walked from its system and checked against
 * the OParl 1.1 schemas, over HTTP, as calendar clients and harvesters read them.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouncilApisIT {

    /** The sessions of the test's council, by their start (the client side finds them by it). */
    static final Instant CONVENED = at(2041, 5, 6, 10);
    static final Instant CONVENED_MOVED = at(2041, 5, 7, 10);
    static final Instant CONCLUDED = at(2041, 10, 7, 10);
    static final Instant CANCELLED = at(2041, 7, 15, 10);
    static final Instant PLANNED = at(2041, 2, 4, 10);
    static final Instant COMMITTEE_PUBLIC = at(2041, 9, 20, 10);
    static final Instant COMMITTEE_CLOSED = at(2041, 9, 21, 10);
    static final Instant COMMITTEE_PLANNED = at(2041, 9, 22, 10);

    static final String MANDATE = "2040-2046 (API test)";
    static final String COMMITTEE_AR = "لجنة الميزانية والشؤون المالية والبرمجة والممتلكات الجماعية والتعمير وإعداد التراب والبيئة";
    static final String COMMITTEE_FR = "Commission du budget, des finances, de la programmation, du patrimoine, de l'urbanisme et de l'environnement";
    static final String ITEM_AR = "الدراسة والتصويت على مشروع ميزانية الجماعة، برسم السنة المالية 2042";
    static final String ITEM_FR = "Examen et vote du projet de budget de la commune; exercice 2042";
    static final String PLANNED_ITEM_AR = "نقطة لا يجب أن يراها أحد";

    private static final Pattern SESSION_UID = Pattern.compile("session-([0-9]+)@.+");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CouncilApisIT.class);
    }

    @EJB
    CouncilDirectory directory;

    @EJB
    CouncilSessions sessions;

    @EJB
    CommitteeMeetings meetings;

    @EJB
    CouncilOpenData openData;

    @EJB
    RunAs.AsAdmin asAdmin;

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, CommuneTime.ZONE).toInstant();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static LocalizedText text(String ar, String fr) {
        return LocalizedText.of(ar, fr);
    }

    private static SessionPlan plan(SessionKind kind, Instant start, boolean open) {
        return new SessionPlan(kind, start, start.plus(3, ChronoUnit.HOURS), text("قاعة الاجتماعات الكبرى، مقر الجماعة",
                "Grande salle des réunions, siège de la commune"), open);
    }

    @Test
    @Order(1)
    void theSecretariatsRecordsReachTheApisAndNothingUnpublishedDoes() throws Exception {
        StringBuilder plannedFileKey = new StringBuilder();
        Map<String, Long> ids = asAdmin.call(() -> {
            Map<String, Long> made = new LinkedHashMap<>();
            Mandate mandate = directory.createMandate(MANDATE, LocalDate.of(2040, 9, 15), LocalDate.of(2046, 9, 14), 5);
            LocalDate from = LocalDate.of(2040, 9, 15);
            List<CouncilMember> members = new ArrayList<>();
            members.add(directory.saveMember(null, mandate.getId(), text("عبد الرحيم الإدريسي", "Abderrahim El Idrissi"),
                    text("حزب الاختبار", "Parti de l'essai"), CouncilRole.PRESIDENT, 0, from, null));
            members.add(directory.saveMember(null, mandate.getId(), text("فاطمة الزهراء بنعلي", "Fatima Zahra Benali"),
                    text("حزب الاختبار", "Parti de l'essai"), CouncilRole.VICE_PRESIDENT, 1, from, null));
            members.add(directory.saveMember(null, mandate.getId(), text("يوسف العلوي", "Youssef Alaoui"),
                    text("حزب المثال", "Parti de l'exemple"), CouncilRole.SECRETARY, 0, from, null));
            members.add(directory.saveMember(null, mandate.getId(), text("نادية الفاسي", "Nadia El Fassi"),
                    text("حزب المثال", "Parti de l'exemple"), CouncilRole.MEMBER, 0, from, null));
            members.add(directory.saveMember(null, mandate.getId(), text("محمد أمين الصنهاجي", "Mohamed Amine Sanhaji"),
                    new LocalizedText(), CouncilRole.MEMBER, 0, from, null));
            Committee committee = directory.saveCommittee(null, mandate.getId(), text(COMMITTEE_AR, COMMITTEE_FR),
                    text("الميزانية والمالية", "Budget et finances"), true, 1);
            directory.seat(committee.getId(), members.get(1).getId(), CommitteeRole.CHAIR, from);
            directory.seat(committee.getId(), members.get(3).getId(), CommitteeRole.RAPPORTEUR, from);
            directory.seat(committee.getId(), members.get(4).getId(), CommitteeRole.MEMBER, from);

            // Convened: an agenda of two items with documents.
            CouncilSession convened = sessions.plan(plan(SessionKind.ORDINARY, CONVENED, true), true);
            AgendaItem budget = sessions.addItem(convened.getId(), 1, text(ITEM_AR, ITEM_FR), text("ملخص", "Résumé"));
            sessions.addItem(convened.getId(), 2, text("اتفاقية شراكة للنقل المدرسي", "Convention de transport scolaire, avenant n° 2"),
                    null);
            sessions.attachDocument(budget.getId(), "budget-2042.pdf", pdf("budget"), text("مشروع الميزانية", "Projet de budget"));
            sessions.publishAgenda(convened.getId(), true);
            made.put("convened", convened.getId());
            made.put("budgetItem", budget.getId());

            // Concluded: attendance, decisions, minutes in two versions.
            CouncilSession concluded = sessions.plan(plan(SessionKind.ORDINARY, CONCLUDED, true), true);
            AgendaItem adopted = sessions.addItem(concluded.getId(), 1, text("برنامج عمل الجماعة", "Programme d'action de la commune"), null);
            AgendaItem postponed = sessions.addItem(concluded.getId(), 2, text("تسمية الشوارع", "Dénomination des rues"), null);
            sessions.attachDocument(adopted.getId(), "pac.pdf", pdf("pac"), text("برنامج العمل", "Programme d'action"));
            sessions.publishAgenda(concluded.getId(), true);
            Map<Long, Presence> presences = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                presences.put(members.get(i).getId(), i == 4 ? Presence.EXCUSED : Presence.PRESENT);
            }
            sessions.recordAttendance(concluded.getId(), presences);
            sessions.recordDecision(adopted.getId(), new Decision(DecisionOutcome.ADOPTED, 3, 1, 0,
                    text("صادق المجلس على برنامج العمل", "Le conseil adopte le programme d'action")), true);
            sessions.recordDecision(postponed.getId(), new Decision(DecisionOutcome.POSTPONED, null, null, null, null), true);
            sessions.attachMinutes(concluded.getId(), "pv.pdf", pdf("pv v1"));
            sessions.publishMinutes(concluded.getId(), true);
            sessions.correctMinutes(concluded.getId(), "pv-v2.pdf", pdf("pv v2"), "Coquille dans la liste des présents");
            made.put("concluded", concluded.getId());
            made.put("adoptedItem", adopted.getId());

            // Cancelled after it was convened.
            CouncilSession cancelled = sessions.plan(plan(SessionKind.EXTRAORDINARY, CANCELLED, true), true);
            sessions.addItem(cancelled.getId(), 1, text("نقطة فريدة", "Point unique"), null);
            sessions.publishAgenda(cancelled.getId(), true);
            sessions.cancel(cancelled.getId());
            made.put("cancelled", cancelled.getId());

            // Planned only: its agenda and document are nobody's business yet.
            CouncilSession planned = sessions.plan(plan(SessionKind.ORDINARY, PLANNED, true), true);
            AgendaItem secret = sessions.addItem(planned.getId(), 1, text(PLANNED_ITEM_AR, "Un point que personne ne doit voir"), null);
            AgendaItem withDocument = sessions.attachDocument(secret.getId(), "draft.pdf", pdf("draft"), text("مسودة", "Brouillon"));
            made.put("planned", planned.getId());
            made.put("plannedItem", secret.getId());
            made.put("plannedFile", withDocument.getDocuments().get(0).getFile().getId());
            plannedFileKey.append(withDocument.getDocuments().get(0).getFile().getPublicKey());

            // Committee meetings: one public, one closed to the public, one not announced.
            CommitteeMeeting open = meetings.save(null, committee.getId(), plan(null, COMMITTEE_PUBLIC, true),
                    text("1. دراسة مشروع برنامج العمل", "1. Examen du projet de programme d'action"));
            meetings.announce(open.getId());
            meetings.recordAttendance(open.getId(), Map.of(members.get(1).getId(), Presence.PRESENT,
                    members.get(3).getId(), Presence.PRESENT, members.get(4).getId(), Presence.ABSENT));
            meetings.attachReport(open.getId(), "rapport.pdf", pdf("rapport"));
            meetings.prepares(open.getId(), List.of(adopted.getId()));
            CommitteeMeeting closed = meetings.save(null, committee.getId(), plan(null, COMMITTEE_CLOSED, false),
                    text("1. نقطة", "1. Point"));
            meetings.announce(closed.getId());
            CommitteeMeeting unannounced = meetings.save(null, committee.getId(), plan(null, COMMITTEE_PLANNED, true),
                    text("1. نقطة", "1. Point"));
            made.put("committeeMeeting", open.getId());
            made.put("closedMeeting", closed.getId());
            made.put("unannouncedMeeting", unannounced.getId());
            return made;
        });

        // Nothing still being prepared is readable through the open-data facade.
        assertTrue(openData.session(ids.get("planned")).isEmpty());
        assertTrue(openData.agendaItem(ids.get("plannedItem")).isEmpty());
        assertTrue(openData.file(plannedFileKey.toString()).isEmpty());
        assertTrue(openData.meeting(ids.get("unannouncedMeeting")).isEmpty());
        assertTrue(openData.session(ids.get("convened")).isPresent());
        assertTrue(openData.calendarSessions().stream().noneMatch(s -> s.getId().equals(ids.get("planned"))));
        assertTrue(openData.calendarMeetings().stream().noneMatch(m -> m.getId().equals(ids.get("closedMeeting"))),
                "a meeting closed to the public is not in the calendar");
        String budgetFile = openData.agendaItem(ids.get("budgetItem")).orElseThrow().getDocuments().get(0).getFile().getPublicKey();
        assertEquals(ids.get("budgetItem"), openData.file(budgetFile).orElseThrow().documents().get(0).item().getId(),
                "a convened session's document is public, with the item it supports");

        // Over HTTP, with the ids only this side knows: an unpublished session is not found, in each format.
        Browserless browser = new Browserless();
        HttpResponse<String> ics = browser.get("/api/council/sessions/" + ids.get("planned") + ".ics");
        assertEquals(404, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        for (String path : List.of("meeting/session-" + ids.get("planned"), "agendaItem/" + ids.get("plannedItem"),
                "paper/" + ids.get("plannedItem"), "file/" + plannedFileKey, "consultation/" + ids.get("plannedItem"),
                "meeting/committee-" + ids.get("unannouncedMeeting"), "location/session-" + ids.get("planned"))) {
            HttpResponse<String> hidden = browser.get("/api/oparl/v1/" + path);
            assertEquals(404, hidden.statusCode(), path);
            assertTrue(hidden.body().contains("\"type\":\"NotFound\""), path + ": " + hidden.body());
        }
        assertEquals(404, browser.get("/files/" + plannedFileKey).statusCode());
        HttpResponse<String> closed = browser.get("/api/oparl/v1/meeting/committee-" + ids.get("closedMeeting"));
        assertEquals(200, closed.statusCode(), "a meeting closed to the public is still on the record");

        // modified_since: a change after an instant is all that a harvester polling since then receives.
        Thread.sleep(1100);
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(1100);
        asAdmin.call(() -> {
            CouncilSession convened = sessions.find(ids.get("convened"));
            return sessions.reschedule(convened.getId(), convened.getVersion(), plan(SessionKind.ORDINARY, CONVENED_MOVED, true), true);
        });
        HttpResponse<String> changed = browser.get("/api/oparl/v1/body/" + bodyKey(browser) + "/meeting?limit=100&modified_since=" + since);
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("/meeting/session-" + ids.get("convened") + "\""), changed.body());
        assertFalse(changed.body().contains("/meeting/session-" + ids.get("concluded") + "\""));
        assertFalse(changed.body().contains("/meeting/committee-" + ids.get("committeeMeeting") + "\""));
        HttpResponse<String> before = browser.get("/api/oparl/v1/body/" + bodyKey(browser) + "/meeting?limit=100&modified_until="
                + since.toString().replace("Z", "%2B00:00"));
        assertTrue(before.body().contains("/meeting/session-" + ids.get("concluded") + "\""), "an encoded + offset is read");
        assertFalse(before.body().contains("/meeting/session-" + ids.get("convened") + "\""));
    }

    /** The body's key, as the system announces it. */
    private static String bodyKey(Browserless browser) throws Exception {
        HttpResponse<String> bodies = browser.get("/api/oparl/v1/body");
        Matcher key = Pattern.compile("/api/oparl/v1/body/([a-z0-9-]+)\"").matcher(bodies.body());
        assertTrue(key.find(), bodies.body());
        return key.group(1);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCalendarIsStrictRfc5545WithStableUidsUpdatesAndCancellations() throws Exception {
        Browserless browser = new Browserless();
        HttpResponse<String> feed = browser.get("/api/council/sessions.ics");
        assertEquals(200, feed.statusCode());
        assertEquals("text/calendar;charset=utf-8", feed.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        byte[] raw = feed.body().getBytes(StandardCharsets.UTF_8);
        String body = feed.body();
        assertTrue(body.endsWith("\r\n") && !body.replace("\r\n", "").contains("\n") && !body.replace("\r\n", "").contains("\r"),
                "every line ends with CRLF");
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertEquals(new String(raw, StandardCharsets.UTF_8), body, "valid UTF-8 (no character cut by the folding)");

        Map<String, Map<String, String>> events = CalendarCheck.events(body);
        Map<String, String> convened = byStart(events, CONVENED_MOVED);
        Map<String, String> concluded = byStart(events, CONCLUDED);
        Map<String, String> cancelled = byStart(events, CANCELLED);
        Map<String, String> committee = byStart(events, COMMITTEE_PUBLIC);
        assertTrue(events.values().stream().noneMatch(e -> e.get("DTSTART").equals(utc(PLANNED))), "no planned session");
        assertTrue(events.values().stream().noneMatch(e -> e.get("DTSTART").equals(utc(COMMITTEE_CLOSED))), "no closed meeting");
        assertTrue(events.values().stream().noneMatch(e -> e.get("DTSTART").equals(utc(COMMITTEE_PLANNED))), "no unannounced meeting");
        assertTrue(events.values().stream().noneMatch(e -> e.get("DTSTART").equals(utc(CONVENED))), "the old date is gone");

        Matcher uid = SESSION_UID.matcher(convened.get("UID"));
        assertTrue(uid.matches(), convened.get("UID"));
        String sessionId = uid.group(1);
        assertEquals("الدورة العادية لشهر ماي 2041", convened.get("SUMMARY"));
        assertEquals("ar", convened.get("SUMMARY;LANGUAGE"));
        assertEquals("1", convened.get("SEQUENCE"), "moving a convened session raises its sequence");
        assertEquals("CONFIRMED", convened.get("STATUS"));
        assertEquals(utc(CONVENED_MOVED.plus(3, ChronoUnit.HOURS)), convened.get("DTEND"));
        assertEquals("قاعة الاجتماعات الكبرى، مقر الجماعة", convened.get("LOCATION"));
        assertTrue(convened.get("DESCRIPTION").contains("1. " + ITEM_AR), convened.get("DESCRIPTION"));
        assertTrue(convened.get("URL").endsWith("/council/sessions/" + sessionId + "?lang=ar"), convened.get("URL"));
        assertTrue(convened.get("DTSTAMP").endsWith("Z") && convened.get("LAST-MODIFIED").endsWith("Z"));
        assertEquals("CONFIRMED", concluded.get("STATUS"));
        assertEquals("0", concluded.get("SEQUENCE"));
        assertEquals("CANCELLED", cancelled.get("STATUS"));
        assertEquals("1", cancelled.get("SEQUENCE"), "a cancellation is a new sequence");
        assertTrue(committee.get("UID").startsWith("committee-meeting-"));
        assertEquals("اجتماع " + COMMITTEE_AR, committee.get("SUMMARY"), "the long Arabic summary survives folding");
        assertTrue(body.contains("SUMMARY;LANGUAGE=ar:اجتماع لجنة"), "the summary is folded: its first line is in the feed");
        assertFalse(body.contains("SUMMARY;LANGUAGE=ar:اجتماع " + COMMITTEE_AR + "\r\n"), "and it is not on one line");
        assertTrue(committee.get("URL").contains("/council/meetings/"));

        // Stable: the same UIDs and ETag on the next request, and in French.
        HttpResponse<String> again = browser.get("/api/council/sessions.ics");
        assertEquals(events.keySet(), CalendarCheck.events(again.body()).keySet());
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        Map<String, Map<String, String>> french = CalendarCheck.events(browser.get("/api/council/sessions.ics?lang=fr").body());
        assertEquals(events.keySet(), french.keySet(), "UIDs do not depend on the language");
        assertEquals("Session ordinaire de mai 2041", french.get(convened.get("UID")).get("SUMMARY"));
        assertEquals("Réunion : " + COMMITTEE_FR, french.get(committee.get("UID")).get("SUMMARY"));

        // Conditional requests: a calendar client polling an unchanged feed gets a 304.
        assertEquals(304, browser.get("/api/council/sessions.ics", "If-None-Match", etag).statusCode());
        String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, browser.get("/api/council/sessions.ics", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, browser.get("/api/council/sessions.ics", "If-None-Match", "W/\"other\"").statusCode());

        // One session, for its page's "add to my calendar".
        HttpResponse<String> one = browser.get("/api/council/sessions/" + sessionId + ".ics");
        assertEquals(200, one.statusCode());
        Map<String, Map<String, String>> single = CalendarCheck.events(one.body());
        assertEquals(Set.of(convened.get("UID")), single.keySet());
        for (String unknown : List.of("999999999", "abc", "-1")) {
            HttpResponse<String> missing = browser.get("/api/council/sessions/" + unknown + ".ics");
            assertEquals(404, missing.statusCode(), unknown);
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), unknown);
        }
    }

    private static Map<String, String> byStart(Map<String, Map<String, String>> events, Instant start) {
        List<Map<String, String>> found = events.values().stream().filter(e -> utc(start).equals(e.get("DTSTART"))).toList();
        assertEquals(1, found.size(), "one event starting " + start + " in " + events.keySet());
        return found.get(0);
    }

    private static String utc(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }

    @Test
    @Order(3)
    @RunAsClient
    void everyOParlObjectReachableFromTheSystemIsValidOParl11AndLinksResolve() throws Exception {
        OParlWalk walk = new OParlWalk();
        walk.walk(Browserless.BASE + "/api/oparl/v1/system");
        for (String type : List.of("System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting",
                "AgendaItem", "Paper", "Consultation", "File", "Location")) {
            assertTrue(walk.validated.getOrDefault(type, 0) > 0, "objects of type " + type + " were validated: " + walk.validated);
        }
        for (String list : List.of("organization", "person", "membership", "meeting", "agendaItem", "paper", "file", "legislativeTerm")) {
            assertTrue(walk.lists.stream().anyMatch(url -> url.matches(".*/body/[a-z0-9-]+/" + list + "(\\?.*)?")), "the list " + list);
        }
        // Every public page named by "web" answers.
        assertFalse(walk.webPages.isEmpty());
        for (String page : walk.webPages) {
            assertEquals(200, walk.get(page).statusCode(), "web page " + page);
        }

        // Back references, on the test's own council.
        var objects = walk.objects;
        var committee = objects.values().stream().filter(o -> o.path("name").asText().equals(COMMITTEE_AR)).findFirst().orElseThrow();
        var council = objects.get(committee.path("subOrganizationOf").asText());
        assertTrue(council.path("name").asText().contains(MANDATE), council.toString());
        for (var membership : committee.path("membership")) {
            var seat = objects.get(membership.asText());
            assertEquals(committee.path("id").asText(), seat.path("organization").asText());
            var person = objects.get(seat.path("person").asText());
            assertTrue(person.path("membership").findValuesAsText("id").contains(membership.asText()), "the person lists the seat");
        }
        var concluded = objects.values().stream()
                .filter(o -> o.path("type").asText().endsWith("/Meeting") && o.path("start").asText().startsWith("2041-10-07")).findFirst()
                .orElseThrow();
        assertEquals("concluded", concluded.path("meetingState").asText());
        assertEquals(4, concluded.path("participant").size(), "the members present");
        assertTrue(concluded.path("resultsProtocol").path("name").asText().contains("2"), "the current minutes are version 2");
        assertEquals(1, concluded.path("auxiliaryFile").size(), "the first minutes stay public");
        var item = concluded.path("agendaItem").get(0);
        assertTrue(item.path("result").asText().contains("3"), item.toString());
        assertEquals("صادق المجلس على برنامج العمل", item.path("resolutionText").asText());
        var consultation = objects.get(item.path("consultation").asText());
        var paper = objects.get(consultation.path("paper").asText());
        assertEquals(2, paper.path("consultation").size(), "the council's deliberation and the committee's preparation");
        assertTrue(paper.path("consultation").findValuesAsText("meeting").stream().anyMatch(m -> m.contains("/meeting/committee-")));
        var file = objects.get(item.path("auxiliaryFile").get(0).path("id").asText());
        assertEquals(item.path("id").asText(), file.path("agendaItem").get(0).asText(), "the file points back to its item");
        assertTrue(file.path("accessUrl").asText().matches(".*/files/[0-9a-f]{32}"));
        assertTrue(objects.values().stream().noneMatch(o -> o.toString().contains(PLANNED_ITEM_AR)), "nothing planned is published");
    }

    @Test
    @Order(3)
    @RunAsClient
    void oparlListsPageThroughLinksAndAnswerBadRequestsInJson() throws Exception {
        OParlWalk walk = new OParlWalk();
        Browserless browser = new Browserless();
        String meetings = walk.getJson(Browserless.BASE + "/api/oparl/v1/body/" + bodyKey(browser)).path("meeting").asText();
        var first = walk.getJson(meetings + "?limit=2&lang=fr");
        long total = first.path("pagination").path("totalElements").asLong();
        assertTrue(total >= 5, "the test's sessions and meetings: " + total);
        assertEquals(2, first.path("pagination").path("elementsPerPage").asInt());
        assertEquals((total + 1) / 2, first.path("pagination").path("totalPages").asLong());
        assertEquals(2, first.path("data").size());
        assertFalse(first.path("links").has("prev"));
        String next = first.path("links").path("next").asText();
        assertTrue(next.contains("page=2") && next.contains("limit=2") && next.contains("lang=fr"), next);
        var second = walk.getJson(next);
        assertEquals(2, second.path("pagination").path("currentPage").asInt());
        assertTrue(second.path("links").path("prev").asText().contains("page=1"));
        assertNotEquals(first.path("data").get(0).path("id"), second.path("data").get(0).path("id"));
        var last = walk.getJson(first.path("links").path("last").asText());
        assertFalse(last.path("links").has("next"));
        assertTrue(last.path("data").size() >= 1);
        assertTrue(first.toString().contains("Session") || first.toString().contains("Réunion"), "texts in French");

        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put(meetings + "?page=0", 400);
        bad.put(meetings + "?page=abc", 400);
        bad.put(meetings + "?limit=-3", 400);
        bad.put(meetings + "?page=" + (total + 5), 404);
        bad.put(meetings + "?modified_since=yesterday", 400);
        bad.put(meetings + "?created_until=2025-13-45", 400);
        bad.put(Browserless.BASE + "/api/oparl/v1/meeting/session-999999999", 404);
        bad.put(Browserless.BASE + "/api/oparl/v1/meeting/nothing", 404);
        bad.put(Browserless.BASE + "/api/oparl/v1/person/abc", 404);
        bad.put(Browserless.BASE + "/api/oparl/v1/organization/party-1", 404);
        bad.put(Browserless.BASE + "/api/oparl/v1/body/elsewhere", 404);
        bad.put(Browserless.BASE + "/api/oparl/v1/body/" + bodyKey(browser) + "/nothing", 404);
        bad.put(Browserless.BASE + "/api/oparl/v1/no/such/thing", 404);
        for (Map.Entry<String, Integer> request : bad.entrySet()) {
            HttpResponse<String> response = walk.get(request.getKey());
            assertEquals(request.getValue(), response.statusCode(), request.getKey());
            assertEquals("application/json;charset=utf-8",
                    response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""), request.getKey());
            assertTrue(response.body().matches("\\{\"type\":\"(NotFound|BadRequest)\",\"message\":\"[^\"]+\"}"), response.body());
        }
        HttpResponse<String> root = walk.get(Browserless.BASE + "/api/oparl/v1");
        assertEquals(303, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/api/oparl/v1/system"));
        String filtered = walk.get(meetings + "?modified_since=2999-01-01T00:00:00Z").body();
        assertTrue(filtered.contains("\"data\":[]") && filtered.contains("\"totalElements\":0"), filtered);
        var system = walk.get(Browserless.BASE + "/api/oparl/v1/system");
        String etag = system.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, browser.get("/api/oparl/v1/system", "If-None-Match", etag).statusCode());
    }
}
