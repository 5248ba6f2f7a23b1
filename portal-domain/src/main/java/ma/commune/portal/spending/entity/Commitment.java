package ma.commune.portal.spending.entity;

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

/**
 * A commitment (GID, ENGAGEMENTS): written by the nightly import, read by the public pages. A supplier
 * without an ICE may be a natural person: {@link #isNaturalPerson()} ones are never named publicly.
 */
@Entity
@Table(name = "commitment")
public class Commitment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "fiscal_year", updatable = false, insertable = false)
    private int fiscalYear;

    @Column(updatable = false, insertable = false)
    private String number;

    @Column(name = "committed_on", updatable = false, insertable = false)
    private LocalDate committedOn;

    @Column(name = "budget_line_code", updatable = false, insertable = false)
    private String budgetLineCode;

    @Column(updatable = false, insertable = false)
    private String subject;

    @Column(name = "supplier_name", updatable = false, insertable = false)
    private String supplierName;

    @Column(name = "supplier_ice", updatable = false, insertable = false)
    private String supplierIce;

    @Column(name = "contract_reference", updatable = false, insertable = false)
    private String contractReference;

    @Column(updatable = false, insertable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, insertable = false)
    private CommitmentStatus status;

    @Column(name = "updated_at", updatable = false, insertable = false)
    private Instant updatedAt;

    protected Commitment() {
    }

    /** No ICE: possibly a natural person, published as "personne physique / شخص ذاتي", never by name. */
    public boolean isNaturalPerson() {
        return supplierIce == null;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getCommittedOn() {
        return committedOn;
    }

    public String getBudgetLineCode() {
        return budgetLineCode;
    }

    public String getSubject() {
        return subject;
    }

    /** The supplier's name: for staff and for suppliers with an ICE; public pages use {@link #isNaturalPerson()} first. */
    public String getSupplierName() {
        return supplierName;
    }

    public String getSupplierIce() {
        return supplierIce;
    }

    public String getContractReference() {
        return contractReference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
