package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import ma.commune.portal.shared.entity.StoredFile;

/**
 * An elected member of the council for a mandate: name and party in Arabic and French, office in the
 * bureau, photo, and the period in office (a member who resigns or dies leaves office; a successor
 * enters). "Members in office" on a day decide the quorum.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember implements Serializable {

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
            @AttributeOverride(name = "ar", column = @Column(name = "party_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "party_fr"))})
    private LocalizedText party = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false, length = 30)
    private CouncilRole role = CouncilRole.MEMBER;

    /** The order of the vice-presidents (1st, 2nd, ...); 0 for the other offices. */
    @Column(name = "role_rank", nullable = false)
    private int rank;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "photo_id")
    private StoredFile photo;

    @Column(name = "in_office_from", nullable = false)
    private LocalDate inOfficeFrom;

    @Column(name = "in_office_until")
    private LocalDate inOfficeUntil;

    @OneToMany(mappedBy = "member", fetch = FetchType.LAZY)
    @OrderBy("startDate")
    private List<CommitteeSeat> seats = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected CouncilMember() {
    }

    public CouncilMember(Mandate mandate, LocalizedText name, CouncilRole role, LocalDate inOfficeFrom) {
        this.mandate = mandate;
        this.name = name;
        this.role = role;
        this.inOfficeFrom = inOfficeFrom;
    }

    /** The member sits on the council that day. */
    public boolean isInOffice(LocalDate day) {
        return !day.isBefore(inOfficeFrom) && (inOfficeUntil == null || !day.isAfter(inOfficeUntil));
    }

    public void setOffice(CouncilRole role, int rank) {
        if (rank < 0 || (role == CouncilRole.VICE_PRESIDENT && rank == 0)) {
            throw new DomainRuleViolation("council.rule.vicePresidentRank");
        }
        this.role = role;
        this.rank = role == CouncilRole.VICE_PRESIDENT ? rank : 0;
    }

    public void setTerm(LocalDate from, LocalDate until) {
        if (from == null || (until != null && until.isBefore(from))) {
            throw new DomainRuleViolation("council.rule.memberTerm");
        }
        this.inOfficeFrom = from;
        this.inOfficeUntil = until;
    }

    public void edited(Instant now) {
        if (getName().isEmpty()) {
            throw new DomainRuleViolation("council.rule.memberName");
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

    public LocalizedText getParty() {
        return party == null ? new LocalizedText() : party;
    }

    public void setParty(LocalizedText party) {
        this.party = party;
    }

    public CouncilRole getRole() {
        return role;
    }

    public int getRank() {
        return rank;
    }

    public StoredFile getPhoto() {
        return photo;
    }

    public void setPhoto(StoredFile photo) {
        this.photo = photo;
    }

    public LocalDate getInOfficeFrom() {
        return inOfficeFrom;
    }

    public LocalDate getInOfficeUntil() {
        return inOfficeUntil;
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
