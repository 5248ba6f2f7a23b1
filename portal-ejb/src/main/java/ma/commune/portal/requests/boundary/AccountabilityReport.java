package ma.commune.portal.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.ResponseTally;
import ma.commune.portal.shared.LocalizedText;

/**
 * The public accountability figures of a period (classes with getters: the pages' EL reads no record):
 * per department, per category (reports by their category, the other kinds each as one line), per month of
 * receipt, and for the whole commune. Counts and names of the commune's services only, never a resident's.
 */
public final class AccountabilityReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int months;
    private final LocalDate from;
    private final Instant at;
    private final List<Line> departments;
    private final List<Line> categories;
    private final List<MonthLine> monthly;
    private final ResponseTally total;

    public AccountabilityReport(int months, LocalDate from, Instant at, List<Line> departments, List<Line> categories,
                                List<MonthLine> monthly, ResponseTally total) {
        this.months = months;
        this.from = from;
        this.at = at;
        this.departments = List.copyOf(departments);
        this.categories = List.copyOf(categories);
        this.monthly = List.copyOf(monthly);
        this.total = total;
    }

    /** One department, or one category (then {@link #getKind()} is null for a report category). */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final LocalizedText name;
        private final CaseKind kind;
        private final ResponseTally tally;

        public Line(String code, LocalizedText name, CaseKind kind, ResponseTally tally) {
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.tally = tally;
        }

        public String getCode() {
            return code;
        }

        /** The service's or the category's name; null for a kind of case without category (the page names it). */
        public LocalizedText getName() {
            return name;
        }

        public CaseKind getKind() {
            return kind;
        }

        public ResponseTally getTally() {
            return tally;
        }
    }

    /** The cases received in one month and what became of them. */
    public static final class MonthLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final YearMonth month;
        private final ResponseTally tally;

        public MonthLine(YearMonth month, ResponseTally tally) {
            this.month = month;
            this.tally = tally;
        }

        public YearMonth getMonth() {
            return month;
        }

        /** {@code 2026-11}, for the table's machine-readable time. */
        public String getIso() {
            return month.toString();
        }

        public ResponseTally getTally() {
            return tally;
        }
    }

    public int getMonths() {
        return months;
    }

    /** The first day of the period (the first day of its first month, in Morocco). */
    public LocalDate getFrom() {
        return from;
    }

    /** When the figures were computed: the end of the period, and the moment "overdue" refers to. */
    public Instant getAt() {
        return at;
    }

    public List<Line> getDepartments() {
        return departments;
    }

    public List<Line> getCategories() {
        return categories;
    }

    public List<MonthLine> getMonthly() {
        return monthly;
    }

    public ResponseTally getTotal() {
        return total;
    }
}
