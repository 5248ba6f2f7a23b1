package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.Accountability;
import ma.commune.portal.requests.boundary.AccountabilityReport;
import ma.commune.portal.requests.boundary.DeadlineCalendar;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.ResponseTally;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public accountability figures on the real server and database: a department and a category of its
 * own (so that the demo's cases do not blur the figures) receive cases with known receipt and answer times,
 * built through the case's own rules; the service and the page give the right counts, share on time, median
 * time to answer and overdue cases, the commune's totals and months move by exactly these cases, and the
 * page shows no requester's name, address or words.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class AccountabilityIT {

    private static final String SECRET_NAME = "Zineb Témoin-Secret";
    private static final String SECRET_EMAIL = "zineb.temoin.secret@example.org";
    private static final String SECRET_WORDS = "Lampadaire éteint devant ma maison, rue des Témoins";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(AccountabilityIT.class);
    }

    @EJB
    Accountability accountability;

    @EJB
    DeadlineCalendar calendar;

    @EJB
    RunAs.AsAdmin asAdmin;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** What the tests built, and the commune's figures just before (both at the same instant). */
    private record Scenario(String department, String category, Instant now, AccountabilityReport before,
                            Map<YearMonth, int[]> months) {
    }

    private static Scenario scenario;

    @Test
    void theServiceCountsADepartmentsCasesTheirShareOnTimeMedianAndOverdue() throws Exception {
        Scenario s = scenario();
        AccountabilityReport after = accountability.report(12, s.now());
        ResponseTally department = line(after.getDepartments(), s.department());
        assertEquals(6, department.getReceived(), "the six cases received in the last 12 months");
        assertEquals(4, department.getAnswered(), "resolved, resolved, resolved, rejected");
        assertEquals(3, department.getAnsweredOnTime(), "one answer came after its due date");
        assertEquals(75, department.getOnTimePercent());
        assertEquals(3.0, department.getMedianDays(), "answers after 1, 2, 4 and 15 days: (2 + 4) / 2");
        assertEquals(2, department.getOverdue(), "one open case of this year, one of last year, past due now");

        ResponseTally category = line(after.getCategories(), s.category());
        assertEquals(department.getReceived(), category.getReceived());
        assertEquals(department.getOverdue(), category.getOverdue());
        assertEquals(3.0, category.getMedianDays());

        // The commune's totals and months move by exactly these cases.
        ResponseTally total = after.getTotal();
        ResponseTally was = s.before().getTotal();
        assertEquals(was.getReceived() + 6, total.getReceived());
        assertEquals(was.getAnswered() + 4, total.getAnswered());
        assertEquals(was.getAnsweredOnTime() + 3, total.getAnsweredOnTime());
        assertEquals(was.getOverdue() + 2, total.getOverdue());
        assertEquals(12, after.getMonthly().size());
        assertEquals(YearMonth.from(s.now().atZone(CommuneTime.ZONE)), after.getMonthly().get(11).getMonth(), "the current month last");
        for (int i = 0; i < 12; i++) {
            YearMonth month = after.getMonthly().get(i).getMonth();
            int[] expected = s.months().getOrDefault(month, new int[2]);
            assertEquals(s.before().getMonthly().get(i).getTally().getReceived() + expected[0],
                    after.getMonthly().get(i).getTally().getReceived(), "received in " + month);
            assertEquals(s.before().getMonthly().get(i).getTally().getAnsweredOnTime() + expected[1],
                    after.getMonthly().get(i).getTally().getAnsweredOnTime(), "answered on time, received in " + month);
        }

        // A shorter period leaves out the older cases; a period out of bounds is the default one.
        ResponseTally thisMonth = line(accountability.report(1, s.now()).getDepartments(), s.department());
        int receivedThisMonth = s.months().getOrDefault(YearMonth.from(s.now().atZone(CommuneTime.ZONE)), new int[2])[0];
        assertEquals(receivedThisMonth, thisMonth.getReceived(), "only this month's cases");
        assertEquals(2, thisMonth.getOverdue(), "overdue counts every open case past due, whenever received");
        assertEquals(12, accountability.report(0, s.now()).getMonths());
        assertEquals(12, accountability.report(500, s.now()).getMonths());
    }

    @Test
    void thePageShowsTheFiguresWithChartsAndTablesAndNoPersonalData() throws Exception {
        Scenario s = scenario();
        Browserless resident = new Browserless();
        HttpResponse<String> page = resident.get("/allo/accountability?lang=fr");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertNull(page.headers().firstValue("X-Portal-Cache").orElse(null), "computed afresh, never a kept copy");
        Matcher row = Pattern.compile("<tr class=\"department-" + s.department() + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "the department's line");
        String cells = row.group(1);
        assertTrue(cells.contains("Service témoin"), cells);
        assertEquals("6", cell(cells, "received"));
        assertEquals("4", cell(cells, "answered"));
        assertEquals("3", cell(cells, "on-time"));
        assertEquals("75 %", cell(cells, "share"));
        assertEquals("3", cell(cells, "median"));
        assertEquals("2", cell(cells, "overdue"));
        assertTrue(html.contains("<svg") && html.contains("role=\"img\"") && html.contains("monthly-chart-title"), "the charts");
        assertTrue(html.contains("class=\"data-table accountability-monthly\""), "the monthly table beside the chart");
        assertFalse(html.contains("<script>"), "no inline script");
        for (String personal : List.of(SECRET_NAME, SECRET_EMAIL, "zineb", SECRET_WORDS, "Témoins")) {
            assertFalse(html.toLowerCase().contains(personal.toLowerCase()), "no personal data: " + personal);
        }
        assertFalse(html.contains("???"), "every text has its key");

        HttpResponse<String> arabic = resident.get("/allo/accountability?months=3&lang=ar");
        assertEquals(200, arabic.statusCode());
        assertTrue(arabic.body().contains("lang=\"ar\"") && arabic.body().contains("dir=\"rtl\""));
        assertTrue(arabic.body().contains("<option value=\"3\" selected=\"selected\""), "the period asked for");
        assertEquals(200, resident.get("/allo/accountability?months=abc").statusCode(), "a bad period is the default one");
        assertTrue(resident.get("/?lang=fr").body().contains("/allo/accountability\""), "in the public navigation");
    }

    // ---- the scenario

    private synchronized Scenario scenario() throws Exception {
        if (scenario == null) {
            scenario = asAdmin.call(this::build);
        }
        return scenario;
    }

    /**
     * A department and a category of their own (target: 5 working days), and cases received 100, 80, 60, 50
     * and 30 days and 2 hours ago, one 14 months ago (answered) and one 13 months ago (still open).
     */
    private Scenario build() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String departmentCode = "ACC_IT_" + suffix;
        String categoryCode = "ACC_CAT_" + suffix;
        em.createNativeQuery("insert into department (code, name_ar, name_fr) values (?1, ?2, ?3)")
                .setParameter(1, departmentCode).setParameter(2, "مصلحة الشاهد").setParameter(3, "Service témoin " + suffix)
                .executeUpdate();
        Department department = em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", departmentCode).getSingleResult();
        em.createNativeQuery("insert into request_category (code, name_ar, name_fr, icon, department_id, target_value, target_unit,"
                        + " position, active, updated_at) values (?1, ?2, ?3, 'lightbulb', ?4, 5, 'WORKING_DAYS', 99, false, ?5)")
                .setParameter(1, categoryCode).setParameter(2, "فئة الشاهد").setParameter(3, "Catégorie témoin")
                .setParameter(4, department.getId()).setParameter(5, java.time.LocalDateTime.now()).executeUpdate();
        RequestCategory category = em.createQuery("select c from RequestCategory c where c.code = :code", RequestCategory.class)
                .setParameter("code", categoryCode).getSingleResult();

        Instant now = Instant.now();
        AccountabilityReport before = accountability.report(12, now);
        int year = LocalDate.now(CommuneTime.ZONE).getYear();
        WorkingCalendar days = WorkingCalendar.of(calendar.holidays(), year - 3, year + 2);
        Map<YearMonth, int[]> months = new HashMap<>();

        answered(department, category, now.minus(Duration.ofDays(100)), Duration.ofDays(2), CaseStatus.RESOLVED, days, months, true);
        answered(department, category, now.minus(Duration.ofDays(80)), Duration.ofDays(15), CaseStatus.RESOLVED, days, months, true);
        answered(department, category, now.minus(Duration.ofDays(60)), Duration.ofDays(1), CaseStatus.RESOLVED, days, months, true);
        answered(department, category, now.minus(Duration.ofDays(50)), Duration.ofDays(4), CaseStatus.REJECTED, days, months, true);
        open(department, category, now.minus(Duration.ofDays(30)), days, months, true);
        open(department, category, now.minus(Duration.ofHours(2)), days, months, true);
        answered(department, category, now.minus(Duration.ofDays(425)), Duration.ofDays(3), CaseStatus.RESOLVED, days, months, false);
        open(department, category, now.minus(Duration.ofDays(395)), days, months, false);
        em.flush();
        return new Scenario(departmentCode, categoryCode, now, before, months);
    }

    private void answered(Department department, RequestCategory category, Instant received, Duration after, CaseStatus answer,
                          WorkingCalendar days, Map<YearMonth, int[]> months, boolean inPeriod) {
        CitizenCase c = opened(department, category, received, days);
        Instant answeredAt = received.plus(after);
        c.move(CaseStatus.ACKNOWLEDGED, null, "agent", received.plus(Duration.ofMinutes(30)));
        if (answer == CaseStatus.REJECTED) {
            c.move(CaseStatus.REJECTED, "Hors des compétences de la commune", "agent", answeredAt);
        } else {
            c.move(CaseStatus.IN_PROGRESS, null, "agent", received.plus(Duration.ofHours(1)));
            c.move(answer, null, "agent", answeredAt);
            c.move(CaseStatus.CLOSED, null, "agent", answeredAt.plus(Duration.ofHours(1)));
        }
        em.persist(c);
        boolean onTime = !answeredAt.isAfter(c.getDueAt());
        assertEquals(after.toDays() < 5, onTime, "the scenario: on time unless answered after 15 days");
        if (inPeriod) {
            int[] month = months.computeIfAbsent(YearMonth.from(received.atZone(CommuneTime.ZONE)), m -> new int[2]);
            month[0]++;
            month[1] += onTime ? 1 : 0;
        }
    }

    private void open(Department department, RequestCategory category, Instant received, WorkingCalendar days,
                      Map<YearMonth, int[]> months, boolean inPeriod) {
        CitizenCase c = opened(department, category, received, days);
        c.move(CaseStatus.ACKNOWLEDGED, null, "agent", received.plus(Duration.ofMinutes(30)));
        c.move(CaseStatus.IN_PROGRESS, null, "agent", received.plus(Duration.ofHours(1)));
        em.persist(c);
        if (inPeriod) {
            months.computeIfAbsent(YearMonth.from(received.atZone(CommuneTime.ZONE)), m -> new int[2])[0]++;
        }
    }

    private CitizenCase opened(Department department, RequestCategory category, Instant received, WorkingCalendar days) {
        CitizenCase c = CitizenCase.open(TrackingCode.generate("BG"), CaseKind.REPORT, CaseChannel.PHONE, category, department,
                received, false, Language.FR, SECRET_WORDS, new CitizenCase.Requester(SECRET_NAME, SECRET_EMAIL, "+212612345678", null),
                CitizenCase.Location.NONE, true, "agent", received, days, Deadlines.DEFAULT);
        c.reviewDescription("agent", received);
        assertNotNull(c.getDueAt());
        return c;
    }

    private static ResponseTally line(List<AccountabilityReport.Line> lines, String code) {
        return lines.stream().filter(l -> code.equals(l.getCode())).findFirst().orElseThrow(() -> new AssertionError("no line " + code))
                .getTally();
    }

    private static String cell(String row, String column) {
        Matcher cell = Pattern.compile("<td class=\"number " + column + "\">([^<]*)</td>").matcher(row);
        assertTrue(cell.find(), column + " in " + row);
        return cell.group(1).replace('\u00a0', ' ').replace('\u202f', ' ').trim();
    }
}
