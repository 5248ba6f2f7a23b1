package ma.commune.portal.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * How long the requester's personal data of one kind of case is kept after the case was closed (law
 * 09-08, article 3: no longer than the purpose needs), in months; then the case is anonymised and only its
 * facts remain for the statistics. Administrators set it per kind; two years by default (the migration V22
 * says why). Less than a month would erase a case a resident may still reopen or appeal; more than ten
 * years is archiving, not retention.
 */
@Entity
@Table(name = "case_retention")
public class CaseRetention implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MONTHS = 24;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CaseKind kind;

    @Column(nullable = false)
    private int months;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CaseRetention() {
    }

    /** A retention as given (the rows are the database's; this serves tests). */
    public CaseRetention(CaseKind kind, int months) {
        this.kind = kind;
        this.updatedAt = Instant.EPOCH;
        change(months, Instant.EPOCH);
    }

    /** A new retention, refused unless between {@link #MIN_MONTHS} and {@link #MAX_MONTHS} months. */
    public void change(int newMonths, Instant now) {
        if (newMonths < MIN_MONTHS || newMonths > MAX_MONTHS) {
            throw new DomainRuleViolation("retention.rule.months");
        }
        this.months = newMonths;
        this.updatedAt = now;
    }

    /** The instant a case whose retention started at {@code from} is due for anonymisation (months counted in UTC, as the database does). */
    public Instant dueFrom(Instant from) {
        return from.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    public CaseKind getKind() {
        return kind;
    }

    public int getMonths() {
        return months;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
