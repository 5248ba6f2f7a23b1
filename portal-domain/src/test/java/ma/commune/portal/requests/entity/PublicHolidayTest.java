package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** An administrator corrects a holiday under the same rules as a new one; a refused change leaves it as it was. */
class PublicHolidayTest {

    private static final LocalizedText FITR = LocalizedText.of("عيد الفطر 1448", "Aïd al-Fitr 1448");

    @Test
    void anIslamicHolidayMovesToTheAnnouncedDay() {
        PublicHoliday fitr = PublicHoliday.islamic(FITR, LocalDate.of(2027, 3, 10), 2);
        fitr.change(FITR, null, LocalDate.of(2027, 3, 11), 2, Instant.now());
        assertEquals(List.of(LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 12)), fitr.daysIn(2027).toList());
    }

    @Test
    void aFixedHolidayKeepsItsKindAndAppliesFromItsNewDate() {
        PublicHoliday wahda = PublicHoliday.fixed(LocalizedText.of("عيد الوحدة", "Aïd Al Wahda"), MonthDay.of(10, 31), LocalDate.of(2025, 1, 1));
        wahda.change(wahda.getName(), MonthDay.of(10, 31), LocalDate.of(2026, 1, 1), 1, Instant.now());
        assertEquals(PublicHoliday.Kind.FIXED, wahda.getKind());
        assertEquals(List.of(), wahda.daysIn(2025).toList());
        assertEquals(List.of(LocalDate.of(2026, 10, 31)), wahda.daysIn(2026).toList());
    }

    @Test
    void aRefusedChangeLeavesTheHolidayAsItWas() {
        PublicHoliday fitr = PublicHoliday.islamic(FITR, LocalDate.of(2027, 3, 10), 2);
        assertEquals("holiday.rule.days", assertThrows(DomainRuleViolation.class,
                () -> fitr.change(FITR, null, LocalDate.of(2027, 3, 11), 6, Instant.now())).messageKey());
        assertEquals("holiday.rule.nameInBothLanguages", assertThrows(DomainRuleViolation.class,
                () -> fitr.change(LocalizedText.of("عيد", ""), null, LocalDate.of(2027, 3, 11), 2, Instant.now())).messageKey());
        assertEquals("holiday.rule.date", assertThrows(DomainRuleViolation.class,
                () -> fitr.change(FITR, null, null, 2, Instant.now())).messageKey());
        assertEquals(LocalDate.of(2027, 3, 10), fitr.getFirstDate());
        assertEquals(2, fitr.getDays());
    }
}
