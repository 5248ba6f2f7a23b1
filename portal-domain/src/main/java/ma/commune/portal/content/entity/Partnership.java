package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A partnership of the commune: a convention with a partner (local, national or international), its
 * subject, what each side commits in MAD, its stage from drafting to end, its signed PDF, and the
 * projects it funds.
 */
@Entity
@Table(name = "partnership")
public class Partnership extends PublishedContent {

    private static final long serialVersionUID = 1L;

    // JPA reads an embedded text whose columns are all empty back as null: the getter stands for it.
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "partner_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "partner_fr"))})
    private LocalizedText partner = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "subject_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "subject_fr"))})
    private LocalizedText subject = new LocalizedText();

    /** Plain text; blank lines separate paragraphs. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))})
    private LocalizedText description = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipKind kind = PartnershipKind.LOCAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipStage stage = PartnershipStage.IN_PREPARATION;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "partnership_contribution", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderBy("position")
    private List<Contribution> contributions = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "convention_id")
    private StoredFile convention;

    @ManyToMany(mappedBy = "partnerships", fetch = FetchType.LAZY)
    @OrderBy("startDate DESC")
    private List<Project> projects = new ArrayList<>();

    public Partnership() {
    }

    public Partnership(LocalizedText partner, LocalizedText subject, PartnershipKind kind) {
        this.partner = partner;
        this.subject = subject;
        this.kind = kind;
    }

    /**
     * Residents read the portal in Arabic and French: the partner and the subject must exist in both.
     * A convention past its drafting was signed: it has its date of signature and its signed PDF.
     */
    @Override
    protected void checkPublishable() {
        if (!getPartner().isComplete()) {
            throw new DomainRuleViolation("partnership.rule.partnerInBothLanguages");
        }
        if (!getSubject().isComplete()) {
            throw new DomainRuleViolation("partnership.rule.subjectInBothLanguages");
        }
        if (stage.isSigned() && signedOn == null) {
            throw new DomainRuleViolation("partnership.rule.signedOnRequired");
        }
        if (stage.isSigned() && convention == null) {
            throw new DomainRuleViolation("partnership.rule.conventionRequired");
        }
    }

    /** The amount every party commits together, in MAD. */
    public BigDecimal getTotalAmount() {
        return contributions.stream().map(Contribution::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The last day of the convention, when its signature date and duration are known. */
    public LocalDate getEndsOn() {
        return signedOn == null || durationMonths == null ? null : signedOn.plusMonths(durationMonths);
    }

    public void setDurationMonths(Integer durationMonths) {
        if (durationMonths != null && durationMonths <= 0) {
            throw new DomainRuleViolation("partnership.rule.durationPositive");
        }
        this.durationMonths = durationMonths;
    }

    public void replaceContributions(List<Contribution> contributions) {
        this.contributions.clear();
        this.contributions.addAll(contributions);
    }

    public LocalizedText getPartner() {
        return partner == null ? new LocalizedText() : partner;
    }

    public void setPartner(LocalizedText partner) {
        this.partner = partner;
    }

    public LocalizedText getSubject() {
        return subject == null ? new LocalizedText() : subject;
    }

    public void setSubject(LocalizedText subject) {
        this.subject = subject;
    }

    public LocalizedText getDescription() {
        return description == null ? new LocalizedText() : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public PartnershipKind getKind() {
        return kind;
    }

    public void setKind(PartnershipKind kind) {
        this.kind = kind;
    }

    public PartnershipStage getStage() {
        return stage;
    }

    public void setStage(PartnershipStage stage) {
        this.stage = stage;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public List<Contribution> getContributions() {
        return contributions;
    }

    public StoredFile getConvention() {
        return convention;
    }

    public void setConvention(StoredFile convention) {
        this.convention = convention;
    }

    public List<Project> getProjects() {
        return projects;
    }
}
