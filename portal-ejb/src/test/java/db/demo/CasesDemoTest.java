package db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.TargetUnit;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.LocalizedText;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo cases (V13) load on H2 with every migration and are what the case engine would have written:
 * every history follows the status machine from the registration to the case's status, in time order and
 * never in the future; every due date is the legal clock's on the seeded holidays; codes are valid and
 * random; residents are invented (example.org) and nobody's national ID or phone is made up; and the year
 * holds answers on time, late answers and cases overdue now.
 */
class CasesDemoTest {

    private static final String URL = "jdbc:h2:mem:cases-demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/seed")
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/demo")
                .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    private record Case(long id, String code, CaseKind kind, CaseChannel channel, CaseStatus status, Instant received,
                        Instant registered, Instant due, boolean extended, boolean urgent, Integer target, TargetUnit unit,
                        String department, String categoryDepartment, String email, String phone, String nationalId,
                        boolean reviewed, Instant resolved, Instant closed) {
    }

    private record Event(long caseId, Instant at, String type, CaseStatus from, CaseStatus to) {
    }

    @Test
    void everyHistoryFollowsTheStatusMachineInTimeOrderUpToTheCasesStatus() throws SQLException {
        Instant now = Instant.now();
        try (Connection c = connect()) {
            List<Case> cases = cases(c);
            Map<Long, List<Event>> events = events(c);
            for (Case k : cases) {
                List<Event> history = events.get(k.id());
                assertNotNull(history, k.code());
                assertEquals("REGISTERED", history.get(0).type(), k.code());
                assertEquals(CaseStatus.RECEIVED, history.get(0).to());
                assertEquals(k.registered(), history.get(0).at(), "registered when its history starts");
                assertFalse(k.received().isAfter(k.registered()), "received before it was typed");
                CaseStatus status = CaseStatus.RECEIVED;
                Instant previous = history.get(0).at();
                for (Event e : history) {
                    assertFalse(e.at().isBefore(previous), k.code() + ": in time order");
                    assertTrue(e.at().isBefore(now), "never in the future");
                    previous = e.at();
                    if ("STATUS".equals(e.type()) || "EXTENDED".equals(e.type())) {
                        assertEquals(status, e.from(), k.code());
                        assertTrue(status.mayMoveTo(k.kind(), e.to()), k.code() + ": " + status + " → " + e.to());
                        status = e.to();
                    }
                }
                assertEquals(k.status(), status, k.code() + ": the last status change is the case's status");
                assertEquals(k.extended(), history.stream().anyMatch(e -> "EXTENDED".equals(e.type())), k.code());
                assertEquals(k.closed() != null, k.status() == CaseStatus.CLOSED, k.code());
                if (k.status() == CaseStatus.RESOLVED) {
                    assertNotNull(k.resolved());
                }
            }
        }
    }

    @Test
    void everyDueDateIsTheLegalClockOnTheSeededHolidays() throws SQLException {
        try (Connection c = connect()) {
            WorkingCalendar calendar = calendar(c);
            Deadlines deadlines = Deadlines.DEFAULT;
            for (Case k : cases(c)) {
                Instant expected = deadlines.due(k.kind(), k.received(), k.urgent(), k.extended(), k.target() == null ? 0 : k.target(),
                        k.unit(), calendar);
                assertEquals(expected, k.due(), k.code() + " " + k.kind() + " " + k.unit());
                if (k.kind() == CaseKind.REPORT) {
                    assertEquals(k.categoryDepartment(), k.department(), "a report goes to its category's department");
                } else {
                    assertEquals(k.kind() == CaseKind.INFORMATION ? "COMMUNICATION" : "GENERAL_DIRECTORATE", k.department());
                }
            }
        }
    }

    @Test
    void aYearOfCasesByEveryKindAndChannelWithAnswersOnTimeLateAndOverdue() throws SQLException {
        Instant now = Instant.now();
        try (Connection c = connect()) {
            List<Case> cases = cases(c);
            assertTrue(cases.size() >= 300 && cases.size() <= 400, "a few hundred: " + cases.size());
            Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);
            Set<CaseChannel> channels = EnumSet.noneOf(CaseChannel.class);
            cases.forEach(k -> {
                kinds.add(k.kind());
                channels.add(k.channel());
            });
            assertEquals(EnumSet.allOf(CaseKind.class), kinds);
            assertEquals(EnumSet.allOf(CaseChannel.class), channels);
            LocalDate yearAgo = LocalDate.now(CommuneTime.ZONE).minusYears(1);
            assertTrue(cases.stream().allMatch(k -> !LocalDate.ofInstant(k.received(), CommuneTime.ZONE).isBefore(yearAgo)), "the last 12 months");
            assertTrue(cases.stream().anyMatch(k -> LocalDate.ofInstant(k.received(), CommuneTime.ZONE).isBefore(yearAgo.plusMonths(2))),
                    "as far back as a year");

            Map<Long, Instant> firstAnswer = firstAnswers(c);
            long onTime = cases.stream().filter(k -> firstAnswer.containsKey(k.id()) && !firstAnswer.get(k.id()).isAfter(k.due())).count();
            long late = cases.stream().filter(k -> firstAnswer.containsKey(k.id()) && firstAnswer.get(k.id()).isAfter(k.due())).count();
            long overdue = cases.stream().filter(k -> k.status().isOpen() && k.due().isBefore(now)).count();
            long open = cases.stream().filter(k -> k.status().isOpen() && !k.due().isBefore(now)).count();
            assertTrue(onTime > late * 2, "most answers on time: " + onTime + " vs " + late);
            assertTrue(late >= 10, "some late: " + late);
            assertTrue(overdue >= 5, "some overdue now: " + overdue);
            assertTrue(open >= 5, "some open, not yet due: " + open);
            assertTrue(cases.stream().filter(Case::extended).count() >= 2, "information requests extended");
            assertTrue(cases.stream().anyMatch(k -> k.status() == CaseStatus.REFUSED || k.status() == CaseStatus.CLOSED), "closed ones");
            assertTrue(cases.stream().filter(Case::reviewed).count() >= 40, "reviewed descriptions for the tracking page");
            assertTrue(count(c, "select count(*) from case_event where type = 'PUBLIC_ANSWER'") >= 150);
        }
    }

    @Test
    void codesAreValidAndResidentsInventedWithoutPhoneAndWithoutARealIdNumber() throws SQLException {
        try (Connection c = connect()) {
            for (Case k : cases(c)) {
                assertEquals(Optional.of(k.code()), TrackingCode.normalise("BG", k.code()), "a valid code with the commune's prefix");
                assertTrue(k.email() == null || k.email().endsWith("@example.org"), k.email());
                assertEquals(null, k.phone());
                // Law 31.13, article 14: an information request gives an ID number; the demo's is no card's.
                assertTrue(k.kind() == CaseKind.INFORMATION ? k.nationalId().matches("DEMO\\d{5}") : k.nationalId() == null, k.nationalId());
                if (k.channel().isSelfService()) {
                    assertNotNull(k.email(), "a way to tell whoever typed it");
                }
            }
            assertEquals(count(c, "select count(*) from citizen_case"), count(c, "select count(distinct tracking_code) from citizen_case"));
        }
    }

    @Test
    void theGeneratorKeepsTheRulesWhateverTheDayItRuns() throws SQLException {
        try (Connection c = connect()) {
            for (long seed = 1; seed <= 40; seed++) {
                Instant now = Instant.now().minus(Duration.ofDays(seed * 9));
                V13__Demo_cases.Setting setting = V13__Demo_cases.read(c, now);
                List<CitizenCase> cases = V13__Demo_cases.generate(setting, now, new Random(seed), new HashMap<>());
                for (CitizenCase k : cases) {
                    CaseStatus status = null;
                    Instant previous = k.getRegisteredAt();
                    for (CaseEvent e : k.getEvents()) {
                        assertFalse(e.getAt().isBefore(previous), "seed " + seed + ": in time order");
                        assertTrue(e.getAt().isBefore(now), "seed " + seed + ": never after the demo's day");
                        previous = e.getAt();
                        if (e.getType() == CaseEvent.Type.REGISTERED) {
                            status = e.getToStatus();
                        } else if (e.getType() == CaseEvent.Type.STATUS || e.getType() == CaseEvent.Type.EXTENDED) {
                            assertTrue(status.mayMoveTo(k.getKind(), e.getToStatus()), "seed " + seed);
                            status = e.getToStatus();
                        }
                    }
                    assertEquals(k.getStatus(), status, "seed " + seed);
                }
                // Whatever the day, the pages have answers on time and late, overdue and open cases to show.
                Instant at = now;
                assertTrue(cases.stream().filter(k -> k.getStatus().isOpen() && k.getDueAt().isBefore(at)).count() >= 5, "seed " + seed);
                assertTrue(cases.stream().filter(k -> k.getStatus().isOpen() && !k.getDueAt().isBefore(at)).count() >= 5, "seed " + seed);
                assertTrue(cases.stream().filter(CitizenCase::isExtended).count() >= 2, "seed " + seed);
                assertTrue(cases.stream().filter(CitizenCase::isDescriptionReviewed).count() >= 40, "seed " + seed);
            }
        }
    }

    // ---- reading the demo

    private static List<Case> cases(Connection c) throws SQLException {
        List<Case> cases = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select k.id, k.tracking_code, k.kind, k.channel, k.status, k.received_at,"
                + " k.registered_at, k.due_at, k.extended, k.urgent, r.target_value, r.target_unit, d.code, rd.code, k.requester_email,"
                + " k.requester_phone, k.requester_national_id, k.description_reviewed, k.resolved_at, k.closed_at"
                + " from citizen_case k join department d on d.id = k.department_id left join request_category r on r.id = k.category_id"
                + " left join department rd on rd.id = r.department_id order by k.id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cases.add(new Case(rows.getLong(1), rows.getString(2), CaseKind.valueOf(rows.getString(3)), CaseChannel.valueOf(rows.getString(4)),
                        CaseStatus.valueOf(rows.getString(5)), instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)),
                        instant(rows.getTimestamp(8)), rows.getBoolean(9), rows.getBoolean(10), (Integer) rows.getObject(11),
                        rows.getString(12) == null ? null : TargetUnit.valueOf(rows.getString(12)), rows.getString(13), rows.getString(14),
                        rows.getString(15), rows.getString(16), rows.getString(17), rows.getBoolean(18), instant(rows.getTimestamp(19)),
                        instant(rows.getTimestamp(20))));
            }
        }
        return cases;
    }

    private static Map<Long, List<Event>> events(Connection c) throws SQLException {
        Map<Long, List<Event>> events = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select case_id, at, type, from_status, to_status from case_event order by case_id, position");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                events.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new Event(rows.getLong(1), instant(rows.getTimestamp(2)),
                        rows.getString(3), rows.getString(4) == null ? null : CaseStatus.valueOf(rows.getString(4)),
                        rows.getString(5) == null ? null : CaseStatus.valueOf(rows.getString(5))));
            }
        }
        return events;
    }

    private static Map<Long, Instant> firstAnswers(Connection c) throws SQLException {
        Map<Long, Instant> first = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select case_id, min(at) from case_event where type = 'STATUS'"
                + " and to_status in ('RESOLVED', 'REJECTED', 'ANSWERED', 'PARTIALLY_ANSWERED', 'REFUSED') group by case_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                first.put(rows.getLong(1), instant(rows.getTimestamp(2)));
            }
        }
        return first;
    }

    private static WorkingCalendar calendar(Connection c) throws SQLException {
        List<PublicHoliday> holidays = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select name_ar, name_fr, kind, fixed_month, fixed_day, first_date, days from public_holiday");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                LocalizedText name = LocalizedText.of(rows.getString(1), rows.getString(2));
                holidays.add("FIXED".equals(rows.getString(3))
                        ? PublicHoliday.fixed(name, MonthDay.of(rows.getInt(4), rows.getInt(5)), rows.getDate(6).toLocalDate())
                        : PublicHoliday.islamic(name, rows.getDate(6).toLocalDate(), rows.getInt(7)));
            }
        }
        int year = LocalDate.now(CommuneTime.ZONE).getYear();
        return WorkingCalendar.of(holidays, year - 2, year + 1);
    }

    private static Instant instant(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
