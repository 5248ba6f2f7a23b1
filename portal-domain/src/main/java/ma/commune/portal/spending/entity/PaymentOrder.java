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

/** A payment order and its payment (GID, PAIEMENTS): written by the nightly import, read by the public pages. */
@Entity
@Table(name = "payment_order")
public class PaymentOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "fiscal_year", updatable = false, insertable = false)
    private int fiscalYear;

    @Column(updatable = false, insertable = false)
    private String number;

    @Column(name = "ordered_on", updatable = false, insertable = false)
    private LocalDate orderedOn;

    @Column(name = "commitment_number", updatable = false, insertable = false)
    private String commitmentNumber;

    @Column(name = "amount_ordered", updatable = false, insertable = false)
    private BigDecimal amountOrdered;

    @Column(name = "paid_on", updatable = false, insertable = false)
    private LocalDate paidOn;

    @Column(name = "amount_paid", updatable = false, insertable = false)
    private BigDecimal amountPaid;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", updatable = false, insertable = false)
    private PaymentMode paymentMode;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, insertable = false)
    private PaymentStatus status;

    @Column(name = "updated_at", updatable = false, insertable = false)
    private Instant updatedAt;

    protected PaymentOrder() {
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

    public LocalDate getOrderedOn() {
        return orderedOn;
    }

    public String getCommitmentNumber() {
        return commitmentNumber;
    }

    public BigDecimal getAmountOrdered() {
        return amountOrdered;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
