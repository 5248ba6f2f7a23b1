package db.demo;

import db.demo.CasesDemoCatalogue.Problem;
import db.demo.CasesDemoCatalogue.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.RefusalGround;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.TargetUnit;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo content only: a year of residents' cases, so that the agents' inboxes, the tracking page and the
 * public accountability page have something to show. A few hundred Allo Citizen reports, complaints,
 * suggestions and information requests received over the last 12 months (dates relative to the day the
 * demo is loaded), by every channel, in Arabic and French, from invented residents (example.org
 * addresses, no phone numbers). Each case is built and moved by the case's own rules ({@link CitizenCase}:
 * the status machine, the extension once, the reopening within 15 days) on the working calendar of the
 * seeded holidays and the legal clocks of {@code request_settings}, so that due dates and histories are
 * exactly what the engine would have written: most answered on time, some late, some open and overdue
 * now. Tracking codes are random ({@link TrackingCode}, the commune's prefix) and nothing is logged: staff
 * find the codes in their inbox.
 */
public class V13__Demo_cases extends BaseJavaMigration {

    /** How many cases the demo holds. */
    static final int CASES = 340;
    static final String AGENT = "agent";
    static final String OFFICER = "information";

    /** A category of the seed, as the generator needs it. */
    record Category(long id, RequestCategory category) {
    }

    /** What the generator read from the database. */
    record Setting(String prefix, Map<String, Department> departments, Map<String, Long> departmentIds, List<Category> categories,
                   List<Text> places, List<Long> districts, WorkingCalendar calendar, Deadlines deadlines,
                   String complaintsDepartment, String informationDepartment) {
    }

    private Connection connection;

    @Override
    public void migrate(Context context) throws Exception {
        connection = context.getConnection();
        Instant now = Instant.now();
        Setting setting = read(connection, now);
        if (setting == null) {
            return; // another commune's demo without categories or settings: nothing to give a history to
        }
        Map<CitizenCase, Long> categoryIds = new LinkedHashMap<>();
        List<CitizenCase> cases = generate(setting, now, new Random(LocalDate.ofInstant(now, CommuneTime.ZONE).toEpochDay()), categoryIds);
        write(cases, setting, categoryIds);
    }

    // ---- what the generator needs

    static Setting read(Connection connection, Instant now) throws SQLException {
        String prefix = single(connection, "select code from commune_profile order by id");
        if (prefix == null) {
            return null;
        }
        Map<String, Department> departments = new LinkedHashMap<>();
        Map<String, Long> departmentIds = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select id, code, name_ar, name_fr from department")) {
            while (rows.next()) {
                departments.put(rows.getString(2), new Department(rows.getString(2), LocalizedText.of(rows.getString(3), rows.getString(4))));
                departmentIds.put(rows.getString(2), rows.getLong(1));
            }
        }
        List<Category> categories = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select c.id, c.code, c.name_ar, c.name_fr,"
                + " d.code, c.target_value, c.target_unit from request_category c join department d on d.id = c.department_id"
                + " where c.active = true order by c.position, c.id")) {
            while (rows.next()) {
                categories.add(new Category(rows.getLong(1), RequestCategory.of(rows.getString(2), LocalizedText.of(rows.getString(3),
                        rows.getString(4)), departments.get(rows.getString(5)), rows.getInt(6), TargetUnit.valueOf(rows.getString(7)))));
            }
        }
        Deadlines deadlines;
        String complaints;
        String information;
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select information_days,"
                + " information_extension_days, urgent_information_days, complaint_days, appeal_days, complaints_department_code,"
                + " information_department_code from request_settings where id = 1")) {
            if (!rows.next()) {
                return null;
            }
            deadlines = new Deadlines(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5));
            complaints = rows.getString(6);
            information = rows.getString(7);
        }
        if (categories.isEmpty() || !departments.containsKey(complaints) || !departments.containsKey(information)) {
            return null;
        }
        List<PublicHoliday> holidays = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select name_ar, name_fr, kind, fixed_month,"
                + " fixed_day, first_date, days from public_holiday")) {
            while (rows.next()) {
                LocalizedText name = LocalizedText.of(rows.getString(1), rows.getString(2));
                LocalDate first = rows.getDate(6).toLocalDate();
                holidays.add("FIXED".equals(rows.getString(3))
                        ? PublicHoliday.fixed(name, MonthDay.of(rows.getInt(4), rows.getInt(5)), first)
                        : PublicHoliday.islamic(name, first, rows.getInt(7)));
            }
        }
        int year = LocalDate.ofInstant(now, CommuneTime.ZONE).getYear();
        List<Text> places = new ArrayList<>(CasesDemoCatalogue.STREETS);
        List<Long> districts = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select id, name_ar, name_fr from district order by position, id")) {
            while (rows.next()) {
                districts.add(rows.getLong(1));
                places.add(new Text(rows.getString(2), rows.getString(3)));
            }
        }
        return new Setting(prefix, departments, departmentIds, categories, places, districts,
                WorkingCalendar.of(holidays, year - 2, year + 1), deadlines, complaints, information);
    }

    // ---- the cases

    /**
     * The demo's cases, each built and moved by the case's rules, none later than an hour before {@code now}.
     * {@code categoryIds} receives each report's category id (the domain's category has none outside the database).
     */
    static List<CitizenCase> generate(Setting setting, Instant now, Random random, Map<CitizenCase, Long> categoryIds) {
        Instant latest = now.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Set<String> codes = new HashSet<>();
        List<CitizenCase> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(new Generated(setting, random, latest, codes, categoryIds).build());
        }
        return cases;
    }

    /** One case: its kind, channel, requester and receipt, then its life up to an hour ago. */
    private static final class Generated {
        private final Setting setting;
        private final Random random;
        private final Instant latest;
        private final Set<String> codes;
        private final Map<CitizenCase, Long> categoryIds;

        Generated(Setting setting, Random random, Instant latest, Set<String> codes, Map<CitizenCase, Long> categoryIds) {
            this.setting = setting;
            this.random = random;
            this.latest = latest;
            this.codes = codes;
            this.categoryIds = categoryIds;
        }

        CitizenCase build() {
            double k = random.nextDouble();
            CaseKind kind = k < 0.70 ? CaseKind.REPORT : k < 0.82 ? CaseKind.COMPLAINT : k < 0.88 ? CaseKind.SUGGESTION : CaseKind.INFORMATION;
            Category category = kind == CaseKind.REPORT ? pick(setting.categories()) : null;
            boolean hours = category != null && category.category().getTargetUnit() == TargetUnit.HOURS;
            CaseChannel channel = channel(kind, hours);
            boolean arabic = random.nextDouble() < 0.65;
            Language language = arabic ? Language.AR : Language.FR;
            Problem problem = problem(kind, category);
            Text place = pick(setting.places());
            int year = LocalDate.ofInstant(latest, CommuneTime.ZONE).getYear() - 1;
            String description = problem.description().in(arabic).replace("{place}", place.in(arabic)).replace("{year}", String.valueOf(year));

            Instant received = receivedAt(channel, hours);
            Instant registered = switch (channel) {
                case WEB, API -> received;
                case PHONE, COUNTER -> earliest(received.plus(Duration.ofMinutes(2 + random.nextInt(12))));
                case LETTER -> earliest(received.plus(Duration.ofDays(1 + random.nextInt(3))).plus(Duration.ofMinutes(random.nextInt(120))));
            };
            String registeredBy = channel.isSelfService() ? CitizenCase.RESIDENT : kind == CaseKind.INFORMATION ? OFFICER : AGENT;
            boolean urgent = kind == CaseKind.INFORMATION && random.nextDouble() < 0.08;
            Department department = switch (kind) {
                case REPORT -> category.category().getDepartment();
                case INFORMATION -> setting.departments().get(setting.informationDepartment());
                case COMPLAINT, SUGGESTION -> setting.departments().get(setting.complaintsDepartment());
            };
            CitizenCase.Location location = location(kind, place, arabic);
            CitizenCase c = CitizenCase.open(code(), kind, channel, category == null ? null : category.category(), department, received,
                    urgent, language, description, requester(channel, kind, arabic), location, true, registeredBy, registered,
                    setting.calendar(), setting.deadlines());
            if (category != null) {
                categoryIds.put(c, category.id());
            }
            live(c, problem, arabic, registered, hours);
            return c;
        }

        /** From its registration to an hour ago: acknowledged, handled, answered on time or late, or still open. */
        private void live(CitizenCase c, Problem problem, boolean arabic, Instant registered, boolean hours) {
            String actor = c.getKind() == CaseKind.INFORMATION ? OFFICER : AGENT;
            Duration span = Duration.between(c.getReceivedAt(), c.getDueAt());
            Instant ack = registered.plus(hours ? Duration.ofMinutes(3 + random.nextInt(10)) : Duration.ofMinutes(20 + random.nextInt(300)));
            if (ack.isAfter(latest)) {
                return; // received in the last hours: still waiting for its acknowledgement
            }
            c.move(CaseStatus.ACKNOWLEDGED, null, actor, ack);
            c.take(actor, ack);
            if (random.nextDouble() < 0.35) {
                c.reviewDescription(actor, ack);
            }
            Instant progress = ack.plus(hours ? Duration.ofMinutes(5 + random.nextInt(10)) : Duration.ofMinutes(30 + random.nextInt(600)));
            if (progress.isAfter(latest)) {
                return;
            }
            // A request that the commune cannot handle is rejected soon, with its reason.
            if (c.getKind() != CaseKind.INFORMATION && !hours && random.nextDouble() < 0.07) {
                c.move(CaseStatus.REJECTED, pick(CasesDemoCatalogue.REJECTIONS).in(arabic), actor, progress);
                close(c, progress, actor);
                return;
            }
            c.move(CaseStatus.IN_PROGRESS, null, actor, progress);
            Instant cursor = progress;
            if (random.nextDouble() < 0.2) {
                cursor = cursor.plus(Duration.ofMinutes(10 + random.nextInt(120)));
                if (cursor.isBefore(latest)) {
                    c.note(pick(CasesDemoCatalogue.NOTES).in(arabic), actor, cursor);
                }
            }
            // Law 31.13: an information request may be extended once, with the reasoned notice, before its due date.
            if (c.getKind() == CaseKind.INFORMATION && !c.isUrgent() && cursor.isBefore(c.getDueAt()) && random.nextDouble() < 0.3) {
                Instant extension = cursor.plus(Duration.between(cursor, c.getDueAt()).multipliedBy(2).dividedBy(3))
                        .truncatedTo(ChronoUnit.SECONDS);
                if (extension.isBefore(latest) && extension.isBefore(c.getDueAt())) {
                    c.extend(pick(CasesDemoCatalogue.EXTENSIONS).in(arabic), actor, extension, setting.calendar(), setting.deadlines());
                    cursor = extension;
                    span = Duration.between(c.getReceivedAt(), c.getDueAt());
                }
            }
            if (c.getKind() != CaseKind.INFORMATION && !hours && random.nextDouble() < 0.05) {
                Instant waiting = cursor.plus(Duration.ofHours(2 + random.nextInt(24)));
                if (waiting.isBefore(latest) && waiting.isBefore(c.getDueAt())) {
                    c.move(CaseStatus.WAITING_FOR_REQUESTER, pick(CasesDemoCatalogue.WAITING).in(arabic), actor, waiting);
                    cursor = waiting;
                }
            }

            // When the answer comes: most before the due date, some after it, some not yet.
            Instant answer;
            boolean duePassed = c.getDueAt().isBefore(latest);
            double fate = random.nextDouble();
            long old = Duration.between(c.getReceivedAt(), latest).toDays();
            if (duePassed && fate < (old > 120 ? 0.04 : 0.14)) {
                answer = null; // open and overdue now
            } else if (duePassed && fate < 0.30) {
                Duration lateBy = hours ? Duration.ofMinutes(30 + random.nextInt(300)) : Duration.ofHours(6 + random.nextInt(24 * 20));
                answer = c.getDueAt().plus(lateBy);
            } else {
                double share = 0.1 + 0.85 * Math.pow(random.nextDouble(), 1.4);
                answer = c.getReceivedAt().plus(Duration.ofSeconds((long) (span.getSeconds() * share)));
                if (!duePassed && random.nextDouble() < 0.5) {
                    answer = null; // not due yet, still being handled
                }
            }
            // The public answer is written a minute before the status change: both after the last step.
            if (answer != null && answer.isBefore(cursor.plus(Duration.ofMinutes(2)))) {
                answer = cursor.plus(Duration.ofMinutes(5 + random.nextInt(30)));
            }
            if (answer == null || answer.isAfter(latest)) {
                return;
            }
            answer = answer.truncatedTo(ChronoUnit.SECONDS);
            Text text = problem.answer();
            if (c.getKind() == CaseKind.INFORMATION) {
                double outcome = random.nextDouble();
                if (outcome < 0.12) {
                    c.refuse(RefusalGround.PRIVATE_LIFE_AND_PERSONAL_DATA, pick(CasesDemoCatalogue.REFUSALS).in(arabic), actor, answer);
                } else {
                    c.answer(text.in(arabic), actor, answer.minusSeconds(60));
                    c.move(outcome < 0.25 ? CaseStatus.PARTIALLY_ANSWERED : CaseStatus.ANSWERED, null, actor, answer);
                }
                // Closed once the appeal window of law 31.13 has passed.
                Instant appealEnds = setting.deadlines().appealUntil(answer, setting.calendar());
                if (appealEnds.isBefore(latest) && random.nextDouble() < 0.8) {
                    c.move(CaseStatus.CLOSED, null, actor, appealEnds.plus(Duration.ofHours(10)).isBefore(latest)
                            ? appealEnds.plus(Duration.ofHours(10)) : latest);
                }
                return;
            }
            c.answer(text.in(arabic), actor, answer.minusSeconds(60));
            c.move(CaseStatus.RESOLVED, null, actor, answer);
            // Now and then the resident reopens within 15 days: the problem came back.
            Instant reopened = answer.plus(Duration.ofDays(2 + random.nextInt(5)));
            if (random.nextDouble() < 0.03 && reopened.plus(Duration.ofDays(2)).isBefore(latest)) {
                c.reopen(pick(CasesDemoCatalogue.REOPENINGS).in(arabic), reopened);
                Instant again = reopened.plus(Duration.ofDays(1));
                c.answer(text.in(arabic), actor, again.minusSeconds(60));
                c.move(CaseStatus.RESOLVED, null, actor, again);
                answer = again;
            }
            close(c, answer, actor);
        }

        /** Closed after the 15 days a resident has to reopen, most of the time. */
        private void close(CitizenCase c, Instant answered, String actor) {
            Instant closing = answered.plus(CitizenCase.REOPEN_WINDOW).plus(Duration.ofHours(2 + random.nextInt(72)));
            if (closing.isBefore(latest) && random.nextDouble() < 0.85) {
                c.move(CaseStatus.CLOSED, null, actor, closing);
            }
        }

        private CaseChannel channel(CaseKind kind, boolean hours) {
            double r = random.nextDouble();
            if (hours) {
                return r < 0.8 ? CaseChannel.PHONE : CaseChannel.WEB;
            }
            return switch (kind) {
                case REPORT -> r < 0.42 ? CaseChannel.WEB : r < 0.75 ? CaseChannel.PHONE : r < 0.88 ? CaseChannel.COUNTER
                        : r < 0.94 ? CaseChannel.API : CaseChannel.LETTER;
                case COMPLAINT -> r < 0.45 ? CaseChannel.WEB : r < 0.7 ? CaseChannel.LETTER : r < 0.9 ? CaseChannel.COUNTER : CaseChannel.PHONE;
                case SUGGESTION -> r < 0.7 ? CaseChannel.WEB : CaseChannel.COUNTER;
                case INFORMATION -> r < 0.55 ? CaseChannel.WEB : r < 0.8 ? CaseChannel.LETTER : CaseChannel.COUNTER;
            };
        }

        private Problem problem(CaseKind kind, Category category) {
            return switch (kind) {
                case REPORT -> pick(CasesDemoCatalogue.PROBLEMS.getOrDefault(category.category().getCode(),
                        CasesDemoCatalogue.PROBLEMS.get("CLEANLINESS")));
                case COMPLAINT -> pick(CasesDemoCatalogue.COMPLAINTS);
                case SUGGESTION -> pick(CasesDemoCatalogue.SUGGESTIONS);
                case INFORMATION -> pick(CasesDemoCatalogue.INFORMATION);
            };
        }

        /**
         * Over the last 12 months, more in recent months (the service became known); in office hours on working
         * days for the counter and phone, at any time on the web and for the urgent services.
         */
        private Instant receivedAt(CaseChannel channel, boolean hours) {
            for (int attempt = 0; ; attempt++) {
                int daysAgo = (int) (364 * Math.pow(random.nextDouble(), 1.3));
                LocalDate day = LocalDate.ofInstant(latest, CommuneTime.ZONE).minusDays(daysAgo);
                boolean office = !hours && (channel == CaseChannel.PHONE || channel == CaseChannel.COUNTER || channel == CaseChannel.LETTER);
                if (office && !setting.calendar().isWorkingDay(day) && attempt < 20) {
                    continue;
                }
                int minute = office ? 8 * 60 + 30 + random.nextInt(8 * 60) : 7 * 60 + random.nextInt(16 * 60);
                if (hours) {
                    minute = random.nextInt(24 * 60);
                }
                Instant at = day.atStartOfDay(CommuneTime.ZONE).plus(Duration.ofMinutes(minute)).plusSeconds(random.nextInt(60)).toInstant();
                if (!at.isAfter(latest.minus(Duration.ofMinutes(30)))) {
                    return at;
                }
            }
        }

        private Instant earliest(Instant at) {
            return at.isAfter(latest) ? latest : at;
        }

        /**
         * An invented resident: a name always at the counter and by letter, an example.org address on the
         * web; an information request names its requester and their ID number (law 31.13, article 14), a
         * number that no card bears ({@code DEMO…}).
         */
        private CitizenCase.Requester requester(CaseChannel channel, CaseKind kind, boolean arabic) {
            Text first = pick(CasesDemoCatalogue.FIRST_NAMES);
            Text last = pick(CasesDemoCatalogue.LAST_NAMES);
            String name = arabic ? first.ar() + " " + last.ar() : first.fr() + " " + last.fr();
            boolean email = channel.isSelfService() || random.nextDouble() < 0.4;
            String address = !email ? null : (first.fr() + "." + last.fr()).toLowerCase(Locale.ROOT).replace(' ', '-')
                    + (random.nextInt(90) + 10) + "@example.org";
            boolean anonymous = channel == CaseChannel.PHONE && kind != CaseKind.INFORMATION && random.nextDouble() < 0.3;
            String nationalId = kind == CaseKind.INFORMATION ? "DEMO" + (random.nextInt(90_000) + 10_000) : null;
            return new CitizenCase.Requester(anonymous ? null : name, address, null, nationalId);
        }

        private CitizenCase.Location location(CaseKind kind, Text place, boolean arabic) {
            if (kind != CaseKind.REPORT || random.nextDouble() < 0.3) {
                return CitizenCase.Location.NONE;
            }
            // Around the centre of Ben Guerir.
            double latitude = Math.round((32.236 + (random.nextDouble() - 0.5) * 0.03) * 1e6) / 1e6;
            double longitude = Math.round((-7.954 + (random.nextDouble() - 0.5) * 0.03) * 1e6) / 1e6;
            Long district = setting.districts().isEmpty() || random.nextDouble() < 0.4 ? null : pick(setting.districts());
            return new CitizenCase.Location(latitude, longitude, district, place.in(arabic));
        }

        private String code() {
            while (true) {
                String code = TrackingCode.generate(setting.prefix());
                if (codes.add(code)) {
                    return code;
                }
            }
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    // ---- writing them

    private void write(List<CitizenCase> cases, Setting setting, Map<CitizenCase, Long> categoryIds) throws SQLException {
        String insertCase = "INSERT INTO citizen_case (tracking_code, kind, channel, category_id, department_id, status, received_at,"
                + " registered_at, registered_by, due_at, extended, urgent, language, description, description_reviewed, latitude,"
                + " longitude, district_id, address, requester_name, requester_email, requester_phone, requester_national_id, consent_at,"
                + " assignee, refusal_ground, status_reason, resolved_at, closed_at, created_at, updated_at, retention_from, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        String insertEvent = "INSERT INTO case_event (case_id, at, actor, type, from_status, to_status, text, public_flag, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement caseRow = connection.prepareStatement(insertCase, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement eventRow = connection.prepareStatement(insertEvent)) {
            int pending = 0;
            for (CitizenCase c : cases) {
                CitizenCase.Location where = c.getLocation();
                CitizenCase.Requester who = c.getRequester();
                bind(caseRow, c.getTrackingCode(), c.getKind().name(), c.getChannel().name(), categoryIds.get(c),
                        setting.departmentIds().get(c.getDepartment().getCode()), c.getStatus().name(), c.getReceivedAt(),
                        c.getRegisteredAt(), c.getRegisteredBy(), c.getDueAt(), c.isExtended(), c.isUrgent(), c.getLanguage().tag(),
                        c.getDescription(), c.isDescriptionReviewed(), where.latitude(), where.longitude(), where.districtId(),
                        where.address(), who.name(), who.email(), who.phone(), who.nationalId(), c.getConsentAt(), c.getAssignee(),
                        c.getRefusalGround() == null ? null : c.getRefusalGround().name(), c.getStatusReason(), c.getResolvedAt(),
                        c.getClosedAt(), c.getCreatedAt(), c.getUpdatedAt(), c.getRetentionFrom());
                caseRow.executeUpdate();
                long id;
                try (ResultSet keys = caseRow.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (CaseEvent e : c.getEvents()) {
                    bind(eventRow, id, e.getAt(), e.getActor(), e.getType().name(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                            e.getToStatus() == null ? null : e.getToStatus().name(), e.getText(), e.isPublic(), e.getPosition());
                    eventRow.addBatch();
                    if (++pending == 200) {
                        eventRow.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                eventRow.executeBatch();
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Instants as the entities store them: their UTC date and time (InstantAsUtc). */
    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            } else if (value == null) {
                statement.setObject(i + 1, null);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
