package ma.commune.portal.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.ResponseTally;
import ma.commune.portal.shared.CommuneTime;

/**
 * The public accountability figures (issue 5, "Public accountability"): for the last months, per department
 * and per category, the cases received, answered, answered on time, the median time to answer, and those
 * overdue now; and the same per month of receipt.
 *
 * <p>The cases of the period are read as a streamed projection (a few columns per case and the time of its
 * first answering status change, computed by the database), never as entities, and tallied as they come:
 * the counts are sums, and the medians come from each group's answer times, sorted in Java. The median is
 * not computed in SQL because H2 and MariaDB share no median function (MariaDB has PERCENTILE_CONT only as
 * a window function, H2 as an aggregate); at a commune's volumes (thousands of cases a year) one long per
 * answered case is nothing. The overdue cases are counted by the database, grouped.
 */
@Stateless
@PermitAll
public class Accountability {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 24;

    private static final String ANSWERS = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isAnswer)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    private static final String OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private static final String CASES_OF_THE_PERIOD = "select c.department_id, c.category_id, c.kind, c.received_at, c.due_at,"
            + " (select min(e.at) from case_event e where e.case_id = c.id and e.type = 'STATUS' and e.to_status in (" + ANSWERS + "))"
            + " from citizen_case c where c.received_at >= ? and c.received_at <= ?";
    private static final String OVERDUE_NOW = "select c.department_id, c.category_id, c.kind, count(*) from citizen_case c"
            + " where c.status in (" + OPEN + ") and c.due_at < ? group by c.department_id, c.category_id, c.kind";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "jdbc/portal")
    DataSource db;

    /** The figures of the last {@code months} months (this one included), as of now. */
    public AccountabilityReport report(int months) {
        return report(months, Instant.now());
    }

    /**
     * The figures of the {@code months} months up to {@code now} (1 to {@link #MAX_MONTHS}; anything else
     * gives {@link #DEFAULT_MONTHS}), the current month included.
     */
    public AccountabilityReport report(int months, Instant now) {
        int span = months < 1 || months > MAX_MONTHS ? DEFAULT_MONTHS : months;
        YearMonth last = YearMonth.from(now.atZone(CommuneTime.ZONE));
        YearMonth first = last.minusMonths(span - 1L);
        LocalDate from = first.atDay(1);

        Map<Long, Department> departments = em.createQuery("select d from Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        Map<Long, RequestCategory> categories = em.createQuery("select c from RequestCategory c", RequestCategory.class)
                .getResultStream().collect(Collectors.toMap(RequestCategory::getId, Function.identity()));

        Map<Long, ResponseTally> byDepartment = new LinkedHashMap<>();
        Map<String, ResponseTally> byCategory = new LinkedHashMap<>();
        Map<YearMonth, ResponseTally> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new ResponseTally());
        }
        ResponseTally total = new ResponseTally();
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(CASES_OF_THE_PERIOD)) {
                select.setFetchSize(500);
                select.setTimestamp(1, utc(from.atStartOfDay(CommuneTime.ZONE).toInstant()));
                select.setTimestamp(2, utc(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long department = rows.getLong(1);
                        Long category = (Long) nullable(rows.getLong(2), rows.wasNull());
                        CaseKind kind = CaseKind.valueOf(rows.getString(3));
                        Instant received = instant(rows.getTimestamp(4));
                        Instant due = instant(rows.getTimestamp(5));
                        Instant answered = instant(rows.getTimestamp(6));
                        byDepartment.computeIfAbsent(department, d -> new ResponseTally()).add(received, due, answered);
                        byCategory.computeIfAbsent(categoryKey(category, kind), k -> new ResponseTally()).add(received, due, answered);
                        ResponseTally month = byMonth.get(YearMonth.from(received.atZone(CommuneTime.ZONE)));
                        if (month != null) {
                            month.add(received, due, answered);
                        }
                        total.add(received, due, answered);
                    }
                }
            }
            try (PreparedStatement overdue = connection.prepareStatement(OVERDUE_NOW)) {
                overdue.setTimestamp(1, utc(now));
                try (ResultSet rows = overdue.executeQuery()) {
                    while (rows.next()) {
                        long department = rows.getLong(1);
                        Long category = (Long) nullable(rows.getLong(2), rows.wasNull());
                        CaseKind kind = CaseKind.valueOf(rows.getString(3));
                        long count = rows.getLong(4);
                        byDepartment.computeIfAbsent(department, d -> new ResponseTally()).addOverdue(count);
                        byCategory.computeIfAbsent(categoryKey(category, kind), k -> new ResponseTally()).addOverdue(count);
                        total.addOverdue(count);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the accountability figures could not be read", e);
        }

        List<AccountabilityReport.Line> departmentLines = new ArrayList<>();
        byDepartment.forEach((id, tally) -> {
            Department d = departments.get(id);
            departmentLines.add(new AccountabilityReport.Line(d == null ? String.valueOf(id) : d.getCode(),
                    d == null ? null : d.getName(), null, tally));
        });
        departmentLines.sort(Comparator.comparing(AccountabilityReport.Line::getCode));

        List<AccountabilityReport.Line> categoryLines = new ArrayList<>();
        categories.values().stream().sorted(Comparator.comparingInt(RequestCategory::getPosition).thenComparing(RequestCategory::getCode))
                .forEach(c -> {
                    ResponseTally tally = byCategory.get(categoryKey(c.getId(), CaseKind.REPORT));
                    if (tally != null) {
                        categoryLines.add(new AccountabilityReport.Line(c.getCode(), c.getName(), null, tally));
                    }
                });
        for (CaseKind kind : List.of(CaseKind.COMPLAINT, CaseKind.SUGGESTION, CaseKind.INFORMATION)) {
            ResponseTally tally = byCategory.get(categoryKey(null, kind));
            if (tally != null) {
                categoryLines.add(new AccountabilityReport.Line(kind.name(), null, kind, tally));
            }
        }
        List<AccountabilityReport.MonthLine> monthly = byMonth.entrySet().stream()
                .map(e -> new AccountabilityReport.MonthLine(e.getKey(), e.getValue())).toList();
        return new AccountabilityReport(span, from, now, departmentLines, categoryLines, monthly, total);
    }

    /** A report's category, or the kind of a case that has none (complaints, suggestions, information requests). */
    private static String categoryKey(Long category, CaseKind kind) {
        return category != null ? "category:" + category : "kind:" + kind.name();
    }

    private static Object nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    /** Instants are stored as their UTC date and time (InstantAsUtc). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
