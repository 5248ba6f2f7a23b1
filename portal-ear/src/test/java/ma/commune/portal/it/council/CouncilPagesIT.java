package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.council.boundary.CommitteeMeetings;
import ma.commune.portal.council.boundary.CouncilDirectory;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.boundary.CouncilSessions;
import ma.commune.portal.council.boundary.SessionPlan;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CommitteeRole;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's public pages over HTTP, on data this class writes through the council's services as an administrator (a
 * mandate of its own, in years no other data uses): the council page, the sessions list with its filters
 * and pages, a convened, a concluded (with corrected minutes and decision), a cancelled and a planned
 * session, a committee and its meeting — in Arabic and French, escaped, with their files downloadable
 * only when public.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class CouncilPagesIT {

    private static final int YEAR = 2088;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CouncilPagesIT.class);
    }

    @EJB
    CouncilDirectory directory;

    @EJB
    CouncilSessions sessions;

    @EJB
    CommitteeMeetings meetings;

    @EJB
    CouncilRecords records;

    @EJB
    Projects projects;

    @EJB
    RunAs.AsAdmin asAdmin;

    /** The ids of what the fixture wrote; written once per deployment, read by every test. */
    /** The ids of what the test made; files by their keys, which name them in URLs. */
    record Council(long mandate, long president, long vicePresident1, long vicePresident2, String photo, long committee,
                   Long project, long convened, String convenedDocument, long concluded, long concludedItem, String minutesV1,
                   String minutesV2, long cancelled, long planned, String plannedDocument, long meeting, String report,
                   List<Long> extraordinary) {
    }

    private static Council council;

    private synchronized Council council() throws Exception {
        if (council == null) {
            council = asAdmin.call(this::write);
        }
        return council;
    }

    private static LocalizedText text(String ar, String fr) {
        return LocalizedText.of(ar, fr);
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(YEAR, month, day, hour, 0).atZone(CommuneTime.ZONE).toInstant();
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private Council write() throws Exception {
        LocalDate from = LocalDate.of(2086, 3, 1);
        long mandate = directory.createMandate("IT 2086-2092", from, LocalDate.of(2092, 2, 28), 9).getId();
        long president = directory.saveMember(null, mandate, text("رئيس اختبار", "Président Essai"), text("حزب الاختبار", "Parti de l'essai"),
                CouncilRole.PRESIDENT, 0, from, null).getId();
        long vp2 = directory.saveMember(null, mandate, text("نائب ثان اختبار", "Second Vice Essai"), null,
                CouncilRole.VICE_PRESIDENT, 2, from, null).getId();
        long vp1 = directory.saveMember(null, mandate, text("نائب أول اختبار", "Premier Vice Essai"), null,
                CouncilRole.VICE_PRESIDENT, 1, from, null).getId();
        long secretary = directory.saveMember(null, mandate, text("كاتب اختبار", "Secrétaire Essai"), null,
                CouncilRole.SECRETARY, 0, from, null).getId();
        List<Long> members = new ArrayList<>(List.of(president, vp1, vp2, secretary));
        for (int i = 1; i <= 5; i++) {
            members.add(directory.saveMember(null, mandate, text("عضو اختبار " + i, "Membre Essai " + i), null,
                    CouncilRole.MEMBER, 0, from, null).getId());
        }
        String photo = directory.photo(president, "president.png", png()).getPhoto().getPublicKey();

        long committee = directory.saveCommittee(null, mandate, text("لجنة الميزانية اختبار", "Commission du budget Essai"),
                text("الميزانية والشؤون المالية", "Budget, finances et programmation"), true, 1).getId();
        directory.seat(committee, vp1, CommitteeRole.CHAIR, from);
        directory.seat(committee, members.get(4), CommitteeRole.MEMBER, from);
        directory.seat(committee, members.get(5), CommitteeRole.RAPPORTEUR, from);

        List<ma.commune.portal.content.entity.Project> published = projects.published(
                new PageRequest(0, 1, Map.of(), "startDate", false));
        Long project = published.isEmpty() ? null : published.get(0).getId();
        long axis = directory.addAxis(mandate, text("محور الاختبار", "Axe Essai : cadre de vie")).getId();
        long action = directory.addAction(axis, text("إنارة الأحياء اختبار", "Éclairage des quartiers Essai"),
                new BigDecimal("2500000.00"), text("مصلحة الأشغال", "Service des travaux"), project).getId();
        directory.progress(action, 2087, 40);
        directory.progress(action, 2086, 15);

        // A convened session: its agenda (with a title that tries to be markup) and a document.
        long convened = sessions.plan(new SessionPlan(SessionKind.ORDINARY, at(5, 4, 10), at(5, 4, 13),
                text("قاعة الاجتماعات اختبار", "Salle des délibérations Essai"), true), true).getId();
        AgendaItem scripted = sessions.addItem(convened, 1, text("<script>alert(1)</script> نقطة", "<script>alert(1)</script> Point"),
                text("ملخص النقطة", "Résumé du point"));
        sessions.attachDocument(scripted.getId(), "annexe-mai.pdf", pdf("convened"), text("ملحق", "Annexe budgétaire"));
        sessions.publishAgenda(convened, true);
        String convenedDocument = records.session(convened).orElseThrow().getItems().get(0).getDocuments().get(0).getFile().getPublicKey();

        // A concluded session: attendance, decisions, minutes, then one correction of each.
        long concluded = sessions.plan(new SessionPlan(SessionKind.ORDINARY, at(2, 3, 10), null,
                text("مقر الجماعة اختبار", "Siège de la commune Essai"), true), true).getId();
        long adopted = sessions.addItem(concluded, 1, text("المصادقة على الميزانية اختبار", "Adoption du budget Essai"), null).getId();
        long postponed = sessions.addItem(concluded, 2, text("اتفاقية شراكة اختبار", "Convention de partenariat Essai"), null).getId();
        sessions.publishAgenda(concluded, true);
        Map<Long, Presence> attendance = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.put(members.get(i), i < 6 ? Presence.PRESENT : i < 8 ? Presence.EXCUSED : Presence.ABSENT);
        }
        sessions.recordAttendance(concluded, attendance);
        sessions.recordDecision(adopted, new Decision(DecisionOutcome.ADOPTED, 5, 1, 0,
                text("صادق المجلس على الميزانية", "Le conseil adopte le budget Essai")), true);
        sessions.recordDecision(postponed, new Decision(DecisionOutcome.POSTPONED, null, null, null, null), true);
        sessions.attachMinutes(concluded, "pv-fevrier.pdf", pdf("minutes v1"));
        String minutesV1 = sessions.publishMinutes(concluded, true).getFile().getPublicKey();
        String minutesV2 = sessions.correctMinutes(concluded, "pv-fevrier-v2.pdf", pdf("minutes v2"), "Erreur matérielle en page 2")
                .getFile().getPublicKey();
        sessions.correctDecision(adopted, new Decision(DecisionOutcome.ADOPTED, 6, 0, 0,
                text("صادق المجلس على الميزانية", "Le conseil adopte le budget Essai")), "Voix mal comptée lors du vote");

        // The committee meeting that prepared the adopted item.
        long meeting = meetings.save(null, committee, new SessionPlan(SessionKind.ORDINARY, at(1, 20, 9), null,
                text("قاعة اللجان اختبار", "Salle des commissions Essai"), true), text("دراسة الميزانية\nأسئلة متفرقة", "Examen du budget\nQuestions diverses")).getId();
        meetings.announce(meeting);
        meetings.prepares(meeting, List.of(adopted));
        String report = meetings.attachReport(meeting, "rapport.pdf", pdf("report")).getReport().getPublicKey();
        meetings.recordAttendance(meeting, Map.of(vp1, Presence.PRESENT, members.get(4), Presence.PRESENT, members.get(5), Presence.EXCUSED));

        // A cancelled session, a planned one (not public) and extraordinary sessions enough for two pages.
        long cancelled = sessions.plan(new SessionPlan(SessionKind.EXTRAORDINARY, at(3, 10, 10), null,
                text("مقر الجماعة", "Siège de la commune"), true), true).getId();
        sessions.addItem(cancelled, 1, text("نقطة ملغاة اختبار", "Point annulé Essai"), null);
        sessions.publishAgenda(cancelled, true);
        sessions.cancel(cancelled);
        long planned = sessions.plan(new SessionPlan(SessionKind.ORDINARY, at(10, 6, 10), null,
                text("مقر الجماعة", "Siège de la commune"), true), true).getId();
        AgendaItem secret = sessions.addItem(planned, 1, text("نقطة غير منشورة", "Point pas encore public"), null);
        sessions.attachDocument(secret.getId(), "brouillon.pdf", pdf("planned"), text("مسودة", "Brouillon"));
        String plannedDocument = sessions.find(planned).getItems().get(0).getDocuments().get(0).getFile().getPublicKey();
        List<Long> extraordinary = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long id = sessions.plan(new SessionPlan(SessionKind.EXTRAORDINARY, at(6 + i / 3, 5 + 7 * (i % 3), 10), null,
                    text("مقر الجماعة", "Siège de la commune"), true), true).getId();
            sessions.addItem(id, 1, text("نقطة استثنائية " + i, "Point extraordinaire " + i), null);
            sessions.publishAgenda(id, true);
            extraordinary.add(id);
        }
        return new Council(mandate, president, vp1, vp2, photo, committee, project, convened, convenedDocument, concluded, adopted,
                minutesV1, minutesV2, cancelled, planned, plannedDocument, meeting, report, extraordinary);
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> response = new Browserless().get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static int status(String path) throws Exception {
        return new Browserless().get(path).statusCode();
    }

    private static void assertPdf(String path) throws Exception {
        HttpResponse<String> file = new Browserless().get(path);
        assertEquals(200, file.statusCode(), path);
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""), path);
    }

    private static Set<String> sessionLinks(String html) {
        Set<String> ids = new HashSet<>();
        Matcher link = Pattern.compile("href=\"/council/sessions/([0-9]+)\"").matcher(html);
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    // ---- the council

    @Test
    void theCouncilPageShowsTheBureauInOrderTheMembersCommitteesAndProgramme() throws Exception {
        Council c = council();
        String fr = page("/council?mandate=" + c.mandate() + "&lang=fr");
        assertTrue(fr.contains("IT 2086-2092"), "the mandate's name");
        assertTrue(fr.contains("Président du conseil") && fr.contains("1er vice-président") && fr.contains("2e vice-président"));
        int first = fr.indexOf("Premier Vice Essai");
        int second = fr.indexOf("Second Vice Essai");
        assertTrue(first > 0 && first < second, "vice-presidents in their rank order");
        assertTrue(fr.indexOf("Président Essai") < first, "the president first");
        assertTrue(fr.contains("src=\"/files/" + c.photo() + "\""), "the president's photo");
        assertTrue(fr.contains("member-placeholder"), "a neutral placeholder for members without photo");
        assertTrue(fr.contains("Parti de l'essai") || fr.contains("Parti de l&#39;essai"), "the party");
        assertTrue(fr.contains("href=\"/council/committees/" + c.committee() + "\""), "the committee's page");
        assertTrue(fr.contains("Commission du budget Essai") && fr.contains("Budget, finances et programmation"));
        assertTrue(fr.contains("Rapporteur"), "committee roles");
        assertTrue(fr.contains("Axe Essai : cadre de vie") && fr.contains("Éclairage des quartiers Essai") && fr.contains("Service des travaux"));
        assertTrue(Pattern.compile("class=\"amount\">2.500.000,00</span> MAD").matcher(fr).find(), "the budget in MAD");
        assertTrue(fr.contains("2087 : 40 %") && fr.contains("max=\"100\" value=\"40\""), "the yearly progress as a bar and as text");
        assertTrue(fr.indexOf("2086 : 15 %") < fr.indexOf("2087 : 40 %"), "years in order");
        if (c.project() != null) {
            assertTrue(fr.contains("href=\"/projects/" + c.project() + "\""), "the linked project");
        }
        assertTrue(fr.contains("href=\"/council/sessions/" + c.convened() + "\""), "the next session");
        assertTrue(fr.contains("href=\"/council/sessions\"") && fr.contains("href=\"/council/sessions#calendar\""));
        assertTrue(fr.contains("href=\"/council\""), "the council in the navigation");

        String ar = page("/council?mandate=" + c.mandate() + "&lang=ar");
        assertTrue(ar.contains("lang=\"ar\" dir=\"rtl\""));
        assertTrue(ar.contains("رئيس المجلس") && ar.contains("النائب الأول للرئيس") && ar.contains("النائب الثاني للرئيس"));
        assertTrue(ar.contains("محور الاختبار") && ar.contains("إنارة الأحياء اختبار"));
        assertTrue(ar.contains("الدورة العادية لشهر ماي 2088"), "the next session's title in Arabic");

        assertEquals(200, status("/council"));
        assertEquals(404, status("/council?mandate=999999999"));
        assertEquals(404, status("/council/nothing-here"));
        assertTrue(page("/?lang=fr").contains("href=\"/council/sessions/"), "the home page links the latest sessions");
    }

    @Test
    void aCommitteeAndItsMeetingHaveTheirPages() throws Exception {
        Council c = council();
        String committee = page("/council/committees/" + c.committee() + "?lang=fr");
        assertTrue(committee.contains("Commission du budget Essai") && committee.contains("Budget, finances et programmation"));
        assertTrue(committee.contains("Premier Vice Essai") && committee.contains("Président"));
        assertTrue(committee.contains("href=\"/council/meetings/" + c.meeting() + "\""), "its announced meeting");

        String meeting = page("/council/meetings/" + c.meeting() + "?lang=fr");
        assertTrue(meeting.contains("Examen du budget") && meeting.contains("Questions diverses"), "the agenda, a point per line");
        assertTrue(meeting.contains("Salle des commissions Essai"));
        assertTrue(meeting.contains("href=\"/files/" + c.report() + "\""), "the report");
        assertPdf("/files/" + c.report());
        assertTrue(meeting.contains("href=\"/council/sessions/" + c.concluded() + "#item-1\""), "the item it prepared");
        assertTrue(meeting.contains("Présents (2)") && meeting.contains("Excusés (1)"), "its attendance");
        assertTrue(page("/council/meetings/" + c.meeting() + "?lang=ar").contains("دراسة الميزانية"));
        assertEquals(200, status("/council/committees"));
        assertEquals(404, status("/council/committees/999999999"));
        assertEquals(404, status("/council/meetings/999999999"));
        assertEquals(404, status("/council/meetings"));
    }

    // ---- sessions

    @Test
    void theSessionsListFiltersByYearAndKindAndPagesWithoutRepeating() throws Exception {
        Council c = council();
        long total = records.countSessions(new PageRequest(0, 1, Map.of("year", "" + YEAR), null, false));
        assertTrue(total >= 12, "the twelve public sessions of the year");
        String first = page("/council/sessions?year=" + YEAR + "&lang=fr");
        assertTrue(first.contains("Résultats : " + total));
        assertTrue(first.contains("<option value=\"" + YEAR + "\" selected=\"selected\">"), "the filter shows its choice");
        assertTrue(first.contains("rel=\"next\""), "a second page");
        Set<String> one = sessionLinks(first);
        assertEquals(10, one.size());
        String second = page("/council/sessions?year=" + YEAR + "&page=2&lang=fr");
        Set<String> two = sessionLinks(second);
        assertEquals(total - 10, two.size());
        assertTrue(two.stream().noneMatch(one::contains), "two pages never repeat a session");
        Set<String> all = new HashSet<>(one);
        all.addAll(two);
        assertFalse(all.contains("" + c.planned()), "a planned session is not listed");
        assertTrue(all.containsAll(List.of("" + c.convened(), "" + c.concluded(), "" + c.cancelled())));
        assertTrue(first.indexOf("/council/sessions/" + c.extraordinary().get(8) + "\"") < first.indexOf("/council/sessions/" + c.convened() + "\""),
                "newest first");
        assertTrue(first.contains("Convoquée") && (first + second).contains("Procès-verbal publié") && (first + second).contains("Annulée"));
        assertTrue(first.contains("webcal://") && first.contains("/api/council/sessions.ics\""), "subscribe to the calendar");
        assertEquals(404, status("/council/sessions?year=" + YEAR + "&page=9"));

        String extraordinary = page("/council/sessions?year=" + YEAR + "&kind=EXTRAORDINARY&lang=fr");
        Set<String> kind = sessionLinks(extraordinary);
        assertEquals(10, kind.size(), "nine extraordinary sessions and the cancelled one");
        assertFalse(kind.contains("" + c.convened()) || kind.contains("" + c.concluded()));
        assertFalse(extraordinary.contains("<td>Ordinaire</td>"));
        String ordinary = page("/council/sessions?year=" + YEAR + "&kind=ORDINARY&lang=ar");
        assertEquals(Set.of("" + c.convened(), "" + c.concluded()), sessionLinks(ordinary));
        assertTrue(ordinary.contains("عادية"));
        assertEquals(200, status("/council/sessions?year=nineteen&kind=NONE"), "a hand-edited filter is ignored");
    }

    @Test
    void aConvenedSessionShowsItsAgendaEscapedWithItsDocuments() throws Exception {
        Council c = council();
        String fr = page("/council/sessions/" + c.convened() + "?lang=fr");
        assertTrue(fr.contains("Session ordinaire de mai 2088"));
        assertTrue(fr.contains("4 mai 2088, 10:00"), "date and time in Africa/Casablanca");
        assertTrue(fr.contains("Salle des délibérations Essai") && fr.contains("Ouverte au public") && fr.contains("Convoquée"));
        assertTrue(fr.contains(LocalDate.now(CommuneTime.ZONE).toString()), "the convocation date");
        assertTrue(fr.contains("&lt;script&gt;alert(1)&lt;/script&gt; Point"), "user text is escaped");
        assertFalse(fr.contains("<script>alert(1)"), "never markup");
        assertTrue(fr.contains("Résumé du point") && fr.contains("Annexe budgétaire"));
        assertTrue(fr.contains("href=\"/files/" + c.convenedDocument() + "\""));
        assertPdf("/files/" + c.convenedDocument());
        String ar = page("/council/sessions/" + c.convened() + "?lang=ar");
        assertTrue(ar.contains("الدورة العادية لشهر ماي 2088") && ar.contains("تمت الدعوة إليها") && ar.contains("&lt;script&gt;"));
    }

    @Test
    void aConcludedSessionShowsAttendanceDecisionsAndTheHistoryOfItsCorrections() throws Exception {
        Council c = council();
        String fr = page("/council/sessions/" + c.concluded() + "?lang=fr");
        assertTrue(fr.contains("Session ordinaire de février 2088") && fr.contains("Procès-verbal publié"));
        assertTrue(fr.contains("6 présents sur 9 membres en fonction"), "the quorum");
        assertTrue(fr.contains("Présents (6)") && fr.contains("Excusés (2)") && fr.contains("Absents (1)"));
        assertTrue(fr.contains("Adopté") && fr.contains("Reporté") && fr.contains("Le conseil adopte le budget Essai"));
        assertTrue(fr.contains("<dt>Pour</dt><dd>6</dd>") && fr.contains("<dt>Contre</dt><dd>0</dd>"), "the corrected vote");
        assertTrue(fr.contains("<dt>Pour</dt><dd>5</dd>"), "the first vote in the history");
        assertTrue(fr.contains("Voix mal comptée lors du vote"), "the decision's correction reason");
        assertTrue(fr.contains("Erreur matérielle en page 2"), "the minutes' correction reason");
        int current = fr.indexOf("href=\"/files/" + c.minutesV2() + "\"");
        assertTrue(current > 0 && fr.contains("href=\"/files/" + c.minutesV1() + "\""), "both versions of the minutes");
        assertTrue(current < fr.indexOf("href=\"/files/" + c.minutesV1() + "\""), "the current version first");
        assertTrue(fr.contains("href=\"/council/meetings/" + c.meeting() + "\""), "the meeting that prepared the item");
        assertPdf("/files/" + c.minutesV1());
        assertPdf("/files/" + c.minutesV2());

        String ar = page("/council/sessions/" + c.concluded() + "?lang=ar");
        assertTrue(ar.contains("المحضر منشور") && ar.contains("6 حاضرا من أصل 9 عضوا مزاولا مهامه") && ar.contains("صودق عليه"));
        assertTrue(ar.contains("Voix mal comptée lors du vote"), "the reason as the secretariat wrote it");
    }

    @Test
    void aCancelledSessionSaysSoAndAPlannedOneIsNotThere() throws Exception {
        Council c = council();
        String fr = page("/council/sessions/" + c.cancelled() + "?lang=fr");
        assertTrue(fr.contains("Cette session est annulée") && fr.contains("Session extraordinaire de mars 2088"));
        assertTrue(page("/council/sessions/" + c.cancelled() + "?lang=ar").contains("ألغيت هذه الدورة"));

        assertEquals(404, status("/council/sessions/" + c.planned()), "a planned session is not public");
        assertEquals(404, status("/files/" + c.plannedDocument()), "nor its documents");
        assertEquals(404, status("/council/sessions/999999999"));
        assertEquals(404, status("/council/sessions/abc"));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
