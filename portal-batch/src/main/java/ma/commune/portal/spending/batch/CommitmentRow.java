package ma.commune.portal.spending.batch;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import ma.commune.portal.spending.entity.CommitmentStatus;

/** A commitment (ENGAGEMENTS). Key: year + number. A supplier without an ICE may be a natural person. */
public record CommitmentRow(int year, String number, LocalDate date, String lineCode, String subject, String supplier,
                            String ice, String contractReference, BigDecimal amount, CommitmentStatus status)
        implements Serializable {
}
