package ma.commune.portal.spending.batch;

import java.io.Serializable;
import java.math.BigDecimal;
import ma.commune.portal.spending.entity.BudgetSection;

/** A budget line's credits opened for a year (CREDITS). Key: year + line code. */
public record CreditRow(int year, BudgetSection section, String lineCode, String labelFr, String labelAr,
                        BigDecimal opened) implements Serializable {
}
