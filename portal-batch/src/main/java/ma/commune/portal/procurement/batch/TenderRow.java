package ma.commune.portal.procurement.batch;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.commune.portal.procurement.entity.TenderCategory;
import ma.commune.portal.procurement.entity.TenderProcedure;
import ma.commune.portal.procurement.entity.TenderStatus;

/** A call for tenders (AVIS). Key: reference. Deadlines are the commune's local time. */
public record TenderRow(String reference, String subjectFr, String subjectAr, TenderCategory category,
                        TenderProcedure procedure, BigDecimal estimate, BigDecimal provisionalGuarantee, LocalDate publishedOn,
                        LocalDateTime deadline, LocalDateTime bidOpening, String bidOpeningPlace, TenderStatus status)
        implements Serializable {
}
