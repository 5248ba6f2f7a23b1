package ma.commune.portal.procurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An award and its contract (procurement portal, ATTRIBUTIONS): written by the nightly import, read by
 * the public pages. Commitments name its contract number ({@code reference_marche}); a supplier
 * without an ICE is never named publicly.
 */
@Entity
@Table(name = "award")
public class Award implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "tender_reference", updatable = false, insertable = false)
    private String tenderReference;

    @Column(name = "contract_number", updatable = false, insertable = false)
    private String contractNumber;

    @Column(name = "supplier_name", updatable = false, insertable = false)
    private String supplierName;

    @Column(name = "supplier_ice", updatable = false, insertable = false)
    private String supplierIce;

    @Column(updatable = false, insertable = false)
    private BigDecimal amount;

    @Column(name = "approved_on", updatable = false, insertable = false)
    private LocalDate approvedOn;

    @Column(name = "execution_days", updatable = false, insertable = false)
    private Integer executionDays;

    @Column(name = "updated_at", updatable = false, insertable = false)
    private Instant updatedAt;

    protected Award() {
    }

    public boolean isNaturalPerson() {
        return supplierIce == null;
    }

    public Long getId() {
        return id;
    }

    public String getTenderReference() {
        return tenderReference;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getSupplierIce() {
        return supplierIce;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Integer getExecutionDays() {
        return executionDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
