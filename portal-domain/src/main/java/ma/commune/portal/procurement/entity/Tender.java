package ma.commune.portal.procurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A call for tenders (procurement portal, AVIS): written by the nightly import, read by the public pages. */
@Entity
@Table(name = "tender")
public class Tender implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(updatable = false, insertable = false)
    private String reference;

    @Column(name = "subject_fr", updatable = false, insertable = false)
    private String subjectFr;

    @Column(name = "subject_ar", updatable = false, insertable = false)
    private String subjectAr;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, insertable = false)
    private TenderCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind", updatable = false, insertable = false)
    private TenderProcedure procedure;

    @Column(updatable = false, insertable = false)
    private BigDecimal estimate;

    @Column(name = "provisional_guarantee", updatable = false, insertable = false)
    private BigDecimal provisionalGuarantee;

    @Column(name = "published_on", updatable = false, insertable = false)
    private LocalDate publishedOn;

    /** The bid deadline, an instant (written in Casablanca time in the export). */
    @Column(name = "deadline_at", updatable = false, insertable = false)
    private Instant deadlineAt;

    @Column(name = "bid_opening_at", updatable = false, insertable = false)
    private Instant bidOpeningAt;

    @Column(name = "bid_opening_place", updatable = false, insertable = false)
    private String bidOpeningPlace;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, insertable = false)
    private TenderStatus status;

    @Column(name = "updated_at", updatable = false, insertable = false)
    private Instant updatedAt;

    protected Tender() {
    }

    /** Open to bids at {@code now}: published and its deadline not passed. */
    public boolean isOpenAt(Instant now) {
        return status == TenderStatus.PUBLIE && deadlineAt != null && now.isBefore(deadlineAt);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getSubjectFr() {
        return subjectFr;
    }

    public String getSubjectAr() {
        return subjectAr;
    }

    public TenderCategory getCategory() {
        return category;
    }

    public TenderProcedure getProcedure() {
        return procedure;
    }

    public BigDecimal getEstimate() {
        return estimate;
    }

    public BigDecimal getProvisionalGuarantee() {
        return provisionalGuarantee;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getBidOpeningAt() {
        return bidOpeningAt;
    }

    public String getBidOpeningPlace() {
        return bidOpeningPlace;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
