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
        return new PublicHoliday(name, Kind.FIXED, day.getMonthValue(), day.getDayOfMonth(), since, 1);
    }

    /** An Islamic holiday of one year, from its first day, lasting {@code days} days. */
    public static PublicHoliday islamic(LocalizedText name, LocalDate first, int days) {
        return new PublicHoliday(name, Kind.ISLAMIC, null, null, first, days);
    }

    /** The days off this holiday gives in a year. */
    public Stream<LocalDate> daysIn(int year) {
        if (kind == Kind.FIXED) {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isBefore(firstDate) ? Stream.empty() : Stream.of(date);
        }
        return Stream.iterate(firstDate, d -> d.plusDays(1)).limit(days).filter(d -> d.getYear() == year);
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
