package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * A committee of the council (the permanent ones the law requires: budget and finance, planning and
 * urbanism, social and cultural affairs; others the council creates) with its remit and its members.
 */
@Entity
@Table(name = "council_committee")
public class Committee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "name_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))})
    private LocalizedText name = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "remit_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "remit_fr"))})
    private LocalizedText remit = new LocalizedText();

    @Column(nullable = false)
    private boolean permanent = true;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("role, startDate")
    private List<CommitteeSeat> seats = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected Committee() {
    }

    public Committee(Mandate mandate, LocalizedText name, LocalizedText remit, boolean permanent, int position) {
        this.mandate = mandate;
        this.name = name;
        this.remit = remit;
        this.permanent = permanent;
        this.position = position;
    }

    /** Seats a member in the committee from a day; a member holds one seat at a time. */
    public CommitteeSeat seat(CouncilMember member, CommitteeRole role, LocalDate from, Instant now) {
        boolean seated = seats.stream().anyMatch(seat -> seat.getMember().equals(member) && seat.getEndDate() == null);
        if (seated) {
            throw new DomainRuleViolation("council.rule.alreadySeated");
        }
        CommitteeSeat seat = new CommitteeSeat(this, member, role, from, now);
        seats.add(seat);
        updatedAt = now;
        return seat;
    }

    /** The members seated that day. */
    public List<CommitteeSeat> seatsOn(LocalDate day) {
        return seats.stream().filter(seat -> seat.isHeldOn(day)).toList();
    }

    public void edited(Instant now) {
        if (!getName().isComplete()) {
            throw new DomainRuleViolation("council.rule.committeeNameInBothLanguages");
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public LocalizedText getName() {
        return name == null ? new LocalizedText() : name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getRemit() {
        return remit == null ? new LocalizedText() : remit;
    }

    public void setRemit(LocalizedText remit) {
        this.remit = remit;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public void setPermanent(boolean permanent) {
        this.permanent = permanent;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<CommitteeSeat> getSeats() {
        return seats;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
