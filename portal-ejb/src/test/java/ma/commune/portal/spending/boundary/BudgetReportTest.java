package ma.commune.portal.spending.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetReportTest {

    private static BudgetReport.Row row(String opened, String committed, String paid) {
        return new BudgetReport.Row("10", "10", null, null, null, new BigDecimal(opened), new BigDecimal(committed), BigDecimal.ZERO,
                new BigDecimal(paid));
    }

    @Test
    void ratesArePercentsOfTheCreditsOpenedWithOneDecimal() {
        BudgetReport.Row row = row("5500000.00", "3500000.00", "1270000.00");
        assertEquals(new BigDecimal("23.1"), row.getPaidRate());
        assertEquals(new BigDecimal("63.6"), row.getCommittedRate());
    }

    @Test
    void aLineWithNoCreditOpenedHasNoRate() {
        assertNull(row("0.00", "10.00", "0.00").getPaidRate());
    }

    @Test
    void rowsAddUp() {
        BudgetReport.Row sum = row("1.00", "2.00", "3.00").plus(row("10.00", "20.00", "30.00"));
        assertEquals(new BigDecimal("11.00"), sum.getOpened());
        assertEquals(new BigDecimal("22.00"), sum.getCommitted());
        assertEquals(new BigDecimal("33.00"), sum.getPaid());
        assertEquals("10", sum.getCode());
    }

    @Test
    void theLevelFollowsTheDrillDown() {
        assertEquals("CHAPTER", new BudgetReport(2029, null, null, null, java.util.List.of(), null, java.util.List.of(), null).getLevel());
        assertEquals("ARTICLE", new BudgetReport(2029, null, "10", null, java.util.List.of(), null, java.util.List.of(), null).getLevel());
        assertEquals("LINE", new BudgetReport(2029, null, "10", "20", java.util.List.of(), null, java.util.List.of(), null).getLevel());
    }
}
