package ma.commune.portal.procurement.batch;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An award and its contract (ATTRIBUTIONS). Key: contract number, which commitments name as their contract reference. */
public record AwardRow(String tenderReference, String contractNumber, String supplier, String ice, BigDecimal amount,
                       LocalDate approvedOn, Integer executionDays) implements Serializable {
}
