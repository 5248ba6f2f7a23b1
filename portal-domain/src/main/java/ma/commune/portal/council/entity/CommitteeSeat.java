package ma.commune.portal.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ma.commune.portal.shared.DomainRuleViolation;

/** A member's seat in a committee, with its role and period (OParl: a membership of the committee). */
@Entity
@Table(name = "council_committee_seat")
public class CommitteeSeat implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private CouncilMember member;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_role", nullable = false, length = 20)
    private CommitteeRole role;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CommitteeSeat() {
    }

    CommitteeSeat(Committee committee, CouncilMember member, CommitteeRole role, LocalDate startDate, Instant now) {
        this.committee = committee;
        this.member = member;
        this.role = role;
        this.startDate = startDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean isHeldOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** The member leaves the committee after that day. */
    public void end(LocalDate lastDay, Instant now) {
        if (lastDay.isBefore(startDate)) {
            throw new DomainRuleViolation("council.rule.memberTerm");
        }
        this.endDate = lastDay;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public CouncilMember getMember() {
        return member;
    }

    public CommitteeRole getRole() {
        return role;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
