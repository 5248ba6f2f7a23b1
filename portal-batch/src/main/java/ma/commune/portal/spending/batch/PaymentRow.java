package ma.commune.portal.spending.batch;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import ma.commune.portal.spending.entity.PaymentMode;
import ma.commune.portal.spending.entity.PaymentStatus;

/** A payment order and its payment (PAIEMENTS). Key: year + order number. */
public record PaymentRow(int year, String orderNumber, LocalDate orderDate, String commitmentNumber, BigDecimal ordered,
                         LocalDate paidOn, BigDecimal paid, PaymentMode mode, PaymentStatus status) implements Serializable {
}
