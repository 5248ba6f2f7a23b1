package ma.commune.portal.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * A council's term of office (2021–2027): the period between two communal elections and the number of
 * seats the law gives the commune for its population. OParl calls it a legislative term.
 */
@Entity
@Table(name = "council_mandate")
public class Mandate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int seats;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected Mandate() {
    }

    public Mandate(String name, LocalDate startDate, LocalDate endDate, int seats) {
        if (!endDate.isAfter(startDate)) {
            throw new DomainRuleViolation("council.rule.mandatePeriod");
        }
        if (seats <= 0) {
            throw new DomainRuleViolation("council.rule.mandateSeats");
        }
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getSeats() {
        return seats;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
