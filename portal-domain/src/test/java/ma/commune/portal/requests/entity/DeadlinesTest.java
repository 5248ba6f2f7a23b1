package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final List<PublicHoliday> HOLIDAYS = List.of(
            PublicHoliday.fixed(LocalizedText.of("رأس السنة الميلادية", "Nouvel an"), MonthDay.of(1, 1), LocalDate.of(1956, 1, 1)),
            PublicHoliday.fixed(LocalizedText.of("ذكرى تقديم وثيقة الاستقلال", "Manifeste de l'indépendance"), MonthDay.of(1, 11),
                    LocalDate.of(1956, 1, 1)),
            PublicHoliday.fixed(LocalizedText.of("رأس السنة الأمازيغية", "Yennayer"), MonthDay.of(1, 14), LocalDate.of(2024, 1, 1)),
            PublicHoliday.fixed(LocalizedText.of("عيد الوحدة", "Aïd Al Wahda"), MonthDay.of(10, 31), LocalDate.of(2025, 1, 1)),
            PublicHoliday.fixed(LocalizedText.of("ذكرى المسيرة الخضراء", "Marche verte"), MonthDay.of(11, 6), LocalDate.of(1976, 1, 1)),
            PublicHoliday.fixed(LocalizedText.of("عيد الاستقلال", "Fête de l'indépendance"), MonthDay.of(11, 18), LocalDate.of(1956, 1, 1)),
            PublicHoliday.islamic(LocalizedText.of("عيد الفطر", "Aïd al-Fitr"), LocalDate.of(2026, 3, 20), 2));

    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(HOLIDAYS, 2023, 2027);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CommuneTime.ZONE).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, CommuneTime.ZONE);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDaysAndRecentHolidaysCountOnlySinceTheyExist() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 28)), "Saturday");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 29)), "Sunday");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 18)), "Independence day");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 20)), "Aïd al-Fitr, first day");
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2023, 1, 16)), "a Monday");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 14)), "Yennayer, a Thursday in 2027");
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2023, 1, 13)), "a Friday");
        assertTrue(WorkingCalendar.of(HOLIDAYS, 2023, 2023).isWorkingDay(LocalDate.of(2023, 1, 13)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2024, 10, 31)), "Aïd Al Wahda is a holiday only since 2025");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2025, 10, 31)));
    }

    @Test
    void anInformationRequestIsDueAtTheEndOfItsTwentiethWorkingDayDayZeroBeingTheDayOfReceipt() {
        // Received Monday 2 November 2026, late in the evening: day 0 is that Monday in Morocco.
        Instant received = at(2026, 11, 2, 22, 30);
        Instant due = Deadlines.DEFAULT.due(CaseKind.INFORMATION, received, false, false, 0, null, CALENDAR);
        // 20 working days after 2 November, skipping 6 and 18 November and the weekends: 2 December.
        assertEquals(LocalDateTime.of(2026, 12, 2, 23, 59), local(due));
    }

    @Test
    void theExtensionAddsTwentyWorkingDaysAndAnUrgentRequestHasThree() {
        Instant received = at(2026, 11, 2, 9, 0);
        assertEquals(LocalDateTime.of(2026, 12, 30, 23, 59),
                local(Deadlines.DEFAULT.due(CaseKind.INFORMATION, received, false, true, 0, null, CALENDAR)));
        // Urgent, received Wednesday 4 November: Thursday 5, (6 is a holiday), Monday 9, Tuesday 10.
        assertEquals(LocalDateTime.of(2026, 11, 10, 23, 59),
                local(Deadlines.DEFAULT.due(CaseKind.INFORMATION, at(2026, 11, 4, 9, 0), true, false, 0, null, CALENDAR)));
    }

    @Test
    void aComplaintIsDueSixtyCalendarDaysLaterMovedToTheNextWorkingDay() {
        // 3 September 2026 + 60 days = Monday 2 November: a working day.
        assertEquals(LocalDateTime.of(2026, 11, 2, 23, 59),
                local(Deadlines.DEFAULT.due(CaseKind.COMPLAINT, at(2026, 9, 3, 10, 0), false, false, 0, null, CALENDAR)));
        // 7 September + 60 = Friday 6 November, Green March day: moves to Monday 9 November.
        assertEquals(LocalDateTime.of(2026, 11, 9, 23, 59),
                local(Deadlines.DEFAULT.due(CaseKind.COMPLAINT, at(2026, 9, 7, 10, 0), false, false, 0, null, CALENDAR)));
        // 19 September + 60 = Wednesday 18 November, Independence day: Thursday 19 November.
        assertEquals(LocalDateTime.of(2026, 11, 19, 23, 59),
                local(Deadlines.DEFAULT.due(CaseKind.COMPLAINT, at(2026, 9, 19, 10, 0), false, false, 0, null, CALENDAR)));
    }

    @Test
    void urgentReportsAreCountedInHoursAroundTheClockOthersInWorkingDays() {
        Instant saturdayNight = at(2026, 11, 28, 23, 15);
        assertEquals(LocalDateTime.of(2026, 11, 29, 1, 15),
                local(Deadlines.DEFAULT.due(CaseKind.REPORT, saturdayNight, false, false, 2, TargetUnit.HOURS, CALENDAR)));
        assertEquals(LocalDateTime.of(2026, 12, 2, 23, 59),
                local(Deadlines.DEFAULT.due(CaseKind.REPORT, saturdayNight, false, false, 3, TargetUnit.WORKING_DAYS, CALENDAR)));
    }

    @Test
    void theDayOfReceiptIsMoroccosDayEvenWhenUtcIsStillTheDayBefore() {
        // 00:30 in Morocco (UTC+1) on Tuesday 3 November is 23:30 UTC on Monday 2 November.
        Instant justAfterMidnight = at(2026, 11, 3, 0, 30);
        assertEquals(LocalDateTime.of(2026, 11, 4, 23, 59), local(CALENDAR.dueInWorkingDays(justAfterMidnight, 1)));
    }

    @Test
    void workingDaysLeftCountDownToZeroOnTheLastDayAndBelowOnceOverdue() {
        Instant due = at(2026, 12, 1, 23, 59);
        assertEquals(2, CALENDAR.workingDaysLeft(at(2026, 11, 27, 10, 0), due), "Friday: Monday and Tuesday left");
        assertEquals(0, CALENDAR.workingDaysLeft(at(2026, 12, 1, 10, 0), due));
        assertTrue(CALENDAR.workingDaysLeft(at(2026, 12, 2, 10, 0), due) < 0);
    }
}
