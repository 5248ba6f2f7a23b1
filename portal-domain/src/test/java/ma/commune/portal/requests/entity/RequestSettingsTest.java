package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The legal clocks as administrators set them: positive, bounded, urgent never longer than ordinary. */
class RequestSettingsTest {

    private static final WorkingCalendar NO_HOLIDAYS = WorkingCalendar.ofDays(Set.of());
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static void violates(String rule, Executable action) {
        assertEquals(rule, assertThrows(DomainRuleViolation.class, action).messageKey());
    }

    @Test
    void theDefaultsAreTheLaws() {
        Deadlines d = Deadlines.DEFAULT;
        assertEquals(20, d.informationDays());
        assertEquals(20, d.informationExtensionDays());
        assertEquals(3, d.urgentInformationDays());
        assertEquals(60, d.complaintDays());
        assertEquals(20, d.appealDays());
    }

    @Test
    void everyClockIsPositiveAndBounded() {
        violates("requests.settings.rule.informationDays", () -> new Deadlines(0, 20, 3, 60, 20));
        violates("requests.settings.rule.informationDays", () -> new Deadlines(-5, 20, 3, 60, 20));
        violates("requests.settings.rule.informationDays", () -> new Deadlines(Deadlines.MAX_WORKING_DAYS + 1, 20, 3, 60, 20));
        violates("requests.settings.rule.extensionDays", () -> new Deadlines(20, 0, 3, 60, 20));
        violates("requests.settings.rule.extensionDays", () -> new Deadlines(20, 200, 3, 60, 20));
        violates("requests.settings.rule.urgentDays", () -> new Deadlines(20, 20, 0, 60, 20));
        violates("requests.settings.rule.complaintDays", () -> new Deadlines(20, 20, 3, 0, 20));
        violates("requests.settings.rule.complaintDays", () -> new Deadlines(20, 20, 3, Deadlines.MAX_CALENDAR_DAYS + 1, 20));
        violates("requests.settings.rule.appealDays", () -> new Deadlines(20, 20, 3, 60, 0));
        violates("requests.settings.rule.appealDays", () -> new Deadlines(20, 20, 3, 60, 61));
        // The bounds themselves are allowed.
        new Deadlines(Deadlines.MAX_WORKING_DAYS, Deadlines.MAX_WORKING_DAYS, 1, Deadlines.MAX_CALENDAR_DAYS, Deadlines.MAX_WORKING_DAYS);
        new Deadlines(1, 1, 1, 1, 1);
    }

    @Test
    void anUrgentRequestIsNeverGivenLongerThanAnOrdinaryOne() {
        violates("requests.settings.rule.urgentLonger", () -> new Deadlines(5, 20, 6, 60, 20));
        assertEquals(5, new Deadlines(5, 20, 5, 60, 20).urgentInformationDays());
    }

    @Test
    void changedClocksGiveTheNewDueDates() {
        Instant monday = LocalDateTime.of(2026, 11, 30, 9, 0).atZone(CommuneTime.ZONE).toInstant();
        Deadlines shorter = new Deadlines(10, 5, 2, 30, 15);
        assertEquals(NO_HOLIDAYS.dueInWorkingDays(monday, 10), shorter.due(CaseKind.INFORMATION, monday, false, false, 0, null, NO_HOLIDAYS));
        assertEquals(NO_HOLIDAYS.dueInWorkingDays(monday, 15), shorter.due(CaseKind.INFORMATION, monday, false, true, 0, null, NO_HOLIDAYS));
        assertEquals(NO_HOLIDAYS.dueInWorkingDays(monday, 2), shorter.due(CaseKind.INFORMATION, monday, true, false, 0, null, NO_HOLIDAYS));
        assertEquals(NO_HOLIDAYS.dueInCalendarDays(monday, 30), shorter.due(CaseKind.COMPLAINT, monday, false, false, 0, null, NO_HOLIDAYS));
        assertEquals(NO_HOLIDAYS.dueInWorkingDays(monday, 15), shorter.appealUntil(monday, NO_HOLIDAYS));
        assertEquals(LocalDateTime.of(2026, 12, 28, 23, 59), LocalDateTime.ofInstant(Deadlines.DEFAULT.appealUntil(monday, NO_HOLIDAYS),
                CommuneTime.ZONE), "20 working days after Monday 30 November");
    }

    @Test
    void theSettingsRouteComplaintsAndInformationRequestsToTheirDepartments() {
        RequestSettings settings = RequestSettings.of(Deadlines.DEFAULT, " GENERAL_DIRECTORATE ", "COMMUNICATION", NOW);
        assertEquals("GENERAL_DIRECTORATE", settings.departmentCodeFor(CaseKind.COMPLAINT));
        assertEquals("GENERAL_DIRECTORATE", settings.departmentCodeFor(CaseKind.SUGGESTION));
        assertEquals("COMMUNICATION", settings.departmentCodeFor(CaseKind.INFORMATION));
        assertEquals(null, settings.departmentCodeFor(CaseKind.REPORT), "a report goes to its category's department");
        assertEquals(Deadlines.DEFAULT, settings.deadlines());

        settings.change(new Deadlines(15, 10, 2, 45, 10), "CIVIL_STATUS", "FINANCE", NOW);
        assertEquals(new Deadlines(15, 10, 2, 45, 10), settings.deadlines());
        assertEquals("CIVIL_STATUS", settings.departmentCodeFor(CaseKind.COMPLAINT));
        assertEquals("FINANCE", settings.departmentCodeFor(CaseKind.INFORMATION));
    }

    @Test
    void aRefusedChangeLeavesTheSettingsAsTheyWere() {
        RequestSettings settings = RequestSettings.of(Deadlines.DEFAULT, "GENERAL_DIRECTORATE", "COMMUNICATION", NOW);
        violates("requests.settings.rule.departmentRequired", () -> settings.change(new Deadlines(10, 10, 2, 30, 10), " ", "COMMUNICATION", NOW));
        violates("requests.settings.rule.departmentRequired", () -> settings.change(new Deadlines(10, 10, 2, 30, 10), "FINANCE", null, NOW));
        violates("requests.rule.required", () -> settings.change(null, "FINANCE", "COMMUNICATION", NOW));
        assertEquals(Deadlines.DEFAULT, settings.deadlines());
        assertEquals("GENERAL_DIRECTORATE", settings.getComplaintsDepartmentCode());
        assertEquals("COMMUNICATION", settings.getInformationDepartmentCode());
    }
}
