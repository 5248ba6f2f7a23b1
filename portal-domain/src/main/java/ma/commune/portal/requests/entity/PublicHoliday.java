package ma.commune.portal.requests.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.Stream;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * A Moroccan public holiday: a fixed one (the same day every year, from the year it was instituted:
 * Yennayer since 2024, Aïd Al Wahda since 2025) or an Islamic one, whose dates follow the lunar calendar
 * and are entered by administrators for each year once announced (one or more days from its first).
 */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { FIXED, ISLAMIC }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "name_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))})
    private LocalizedText name = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    /** FIXED: the month and day; ISLAMIC: unused. */
    @Column(name = "fixed_month")
    private Integer month;

    @Column(name = "fixed_day")
    private Integer day;

    /** FIXED: the first day it applies; ISLAMIC: its first day. */
    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(nullable = false)
    private int days = 1;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected PublicHoliday() {
    }

    private PublicHoliday(LocalizedText name, Kind kind, Integer month, Integer day, LocalDate firstDate, int days) {
        if (name == null || !name.isComplete()) {
            throw new DomainRuleViolation("holiday.rule.nameInBothLanguages");
        }
        if (days < 1 || days > 5) {
            throw new DomainRuleViolation("holiday.rule.days");
        }
        this.name = name;
        this.kind = kind;
        this.month = month;
        this.day = day;
        this.firstDate = firstDate;
        this.days = days;
    }

    /** A holiday on the same day every year from {@code since} on. */
    public static PublicHoliday fixed(LocalizedText name, MonthDay day, LocalDate since) {
        if (day == null || since == null) {
            throw new DomainRuleViolation("holiday.rule.date");
        }
        return new PublicHoliday(name, Kind.FIXED, day.getMonthValue(), day.getDayOfMonth(), since, 1);
    }

    /** An Islamic holiday of one year, from its first day, lasting {@code days} days. */
    public static PublicHoliday islamic(LocalizedText name, LocalDate first, int days) {
        if (first == null) {
            throw new DomainRuleViolation("holiday.rule.date");
        }
        return new PublicHoliday(name, Kind.ISLAMIC, null, null, first, days);
    }

    /**
     * An administrator corrects the holiday: its names, and its first day and length (ISLAMIC) or its
     * month and day and the date it applies from (FIXED). The same rules as a new one.
     */
    public void change(LocalizedText newName, MonthDay newDay, LocalDate newFirstDate, int newDays, Instant now) {
        PublicHoliday checked = kind == Kind.FIXED
                ? fixed(newName, newDay, newFirstDate)
                : islamic(newName, newFirstDate, newDays);
        this.name = checked.name;
        this.month = checked.month;
        this.day = checked.day;
        this.firstDate = checked.firstDate;
        this.days = checked.days;
        this.updatedAt = now;
    }

    /** The days off this holiday gives in a year. */
    public Stream<LocalDate> daysIn(int year) {
        if (kind == Kind.FIXED) {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isBefore(firstDate) ? Stream.empty() : Stream.of(date);
        }
        return Stream.iterate(firstDate, d -> d.plusDays(1)).limit(days).filter(d -> d.getYear() == year);
    }

    /** Every day this holiday covers (ISLAMIC), or its first day (FIXED). */
    public Stream<LocalDate> allDays() {
        return Stream.iterate(firstDate, d -> d.plusDays(1)).limit(kind == Kind.FIXED ? 1 : days);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public int getDays() {
        return days;
    }

    public Integer getMonth() {
        return month;
    }

    public Integer getDay() {
        return day;
    }

    public long getVersion() {
        return version;
    }
}
