package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Law 31.13, article 19: the requester's complaint to the head of the commune. */
class CitizenCaseAppealTest {

    /** Wednesday 18 November 2026 is a holiday (Independence Day). */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.ofDays(Set.of(LocalDate.of(2026, 11, 18)));
    private static final Department COMMUNICATION = new Department("COMMUNICATION", LocalizedText.of("التواصل", "Communication"));
    private static final Department TECHNICAL = new Department("TECHNICAL_SERVICES", LocalizedText.of("المصالح التقنية", "Services techniques"));
    /** Monday 2 November 2026, 10:00 in Morocco. */
    private static final Instant RECEIVED = at(2026, 11, 2, 10, 0);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CommuneTime.ZONE).toInstant();
    }

    private static CitizenCase information() {
        CitizenCase c = received();
        c.move(CaseStatus.ACKNOWLEDGED, null, "officer", RECEIVED);
        return c;
    }

    private static CitizenCase received() {
        return CitizenCase.open("BG-0000-0000-1", CaseKind.INFORMATION, CaseChannel.WEB, null, COMMUNICATION, RECEIVED, false,
                Language.FR, "Le budget 2026", new CitizenCase.Requester("Amina", "amina@example.ma", null, "AB123456"),
                CitizenCase.Location.NONE, true, null, RECEIVED, CALENDAR, Deadlines.DEFAULT);
    }

    private static void violates(String key, Executable action) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, action).messageKey());
    }

    @Test
    void anAnswerMayBeAppealedWithinTwentyWorkingDaysOnce() {
        CitizenCase c = information();
        Instant answered = at(2026, 11, 13, 9, 0); // a Friday
        c.move(CaseStatus.ANSWERED, null, "officer", answered);
        // 20 working days after Friday 13 November, the 18th off: Monday 14 December, until 23:59.
        Instant lastDay = at(2026, 12, 14, 23, 59);
        violates("requests.rule.appealTooLate", () -> c.appeal("Réponse incomplète", lastDay.plusSeconds(60), CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.appealNeedsText", () -> c.appeal("  ", lastDay, CALENDAR, Deadlines.DEFAULT));
        Instant appealed = at(2026, 12, 14, 12, 0);
        c.appeal("Réponse incomplète", appealed, CALENDAR, Deadlines.DEFAULT);
        assertEquals(CaseStatus.APPEALED, c.getStatus());
        assertTrue(c.getStatus().isOpen());
        assertEquals(appealed, c.getAppealedAt());
        // The head answers within 15 days: Tuesday 29 December.
        assertEquals(LocalDate.of(2026, 12, 29), LocalDateTime.ofInstant(c.getDueAt(), CommuneTime.ZONE).toLocalDate());
        CaseEvent words = c.getEvents().get(c.getEvents().size() - 1);
        assertFalse(words.isPublic(), "the requester's words are not public unreviewed");
        assertTrue(c.getEvents().get(c.getEvents().size() - 2).isPublic(), "the status change is");
        c.move(CaseStatus.ANSWERED, null, "head", appealed.plusSeconds(3600));
        violates("requests.rule.appealOnce", () -> c.appeal("Encore", appealed.plusSeconds(7200), CALENDAR, Deadlines.DEFAULT));
    }

    @Test
    void aRefusalAndARejectionMayBeAppealed() {
        CitizenCase refused = information();
        refused.refuse(RefusalGround.values()[0], "Motif légal", "officer", RECEIVED.plusSeconds(3600));
        refused.appeal("Je conteste", RECEIVED.plusSeconds(7200), CALENDAR, Deadlines.DEFAULT);
        assertEquals(CaseStatus.APPEALED, refused.getStatus());

        CitizenCase rejected = received();
        rejected.move(CaseStatus.REJECTED, "Hors compétence", "officer", RECEIVED.plusSeconds(3600));
        rejected.appeal("Je conteste", RECEIVED.plusSeconds(7200), CALENDAR, Deadlines.DEFAULT);
        assertEquals(CaseStatus.APPEALED, rejected.getStatus());
    }

    @Test
    void noAnswerMayBeAppealedOnceTheDeadlinePassedNotBefore() {
        CitizenCase c = information();
        Instant due = c.getDueAt();
        violates("requests.rule.appealBeforeDeadline", () -> c.appeal("Pas de réponse", due, CALENDAR, Deadlines.DEFAULT));
        Instant windowEnd = CALENDAR.dueInWorkingDays(due, 20);
        violates("requests.rule.appealTooLate", () -> c.appeal("Pas de réponse", windowEnd.plusSeconds(1), CALENDAR, Deadlines.DEFAULT));
        c.appeal("Pas de réponse", due.plusSeconds(1), CALENDAR, Deadlines.DEFAULT);
        assertEquals(CaseStatus.APPEALED, c.getStatus());
    }

    @Test
    void onlyAnInformationRequestIsAppealedAndStaffNeverMoveACaseThere() {
        RequestCategory lighting = new RequestCategory();
        lighting.target(3, TargetUnit.WORKING_DAYS, RECEIVED);
        CitizenCase report = CitizenCase.open("BG-0000-0000-0", CaseKind.REPORT, CaseChannel.WEB, lighting, TECHNICAL, RECEIVED, false,
                Language.AR, "عمود إنارة معطل", new CitizenCase.Requester(null, "a@example.ma", null, null), CitizenCase.Location.NONE,
                true, null, RECEIVED, CALENDAR, Deadlines.DEFAULT);
        violates("requests.rule.appealOnlyForInformation", () -> report.appeal("x", RECEIVED.plusSeconds(10), CALENDAR, Deadlines.DEFAULT));
        CitizenCase c = information();
        c.move(CaseStatus.ANSWERED, null, "officer", RECEIVED.plusSeconds(60));
        violates("requests.rule.appealByRequester", () -> c.move(CaseStatus.APPEALED, null, "officer", RECEIVED.plusSeconds(120)));
        assertFalse(CaseStatus.ANSWERED.next(CaseKind.INFORMATION).contains(CaseStatus.APPEALED));
        c.move(CaseStatus.CLOSED, null, "officer", RECEIVED.plusSeconds(180));
        violates("requests.rule.appealNotNow", () -> c.appeal("x", RECEIVED.plusSeconds(240), CALENDAR, Deadlines.DEFAULT));
    }

    @Test
    void recomputingTheDueDateOfAnAppealedCaseKeepsTheHeadsDelay() {
        CitizenCase c = information();
        c.move(CaseStatus.ANSWERED, null, "officer", RECEIVED.plusSeconds(60));
        c.appeal("Réponse incomplète", RECEIVED.plusSeconds(120), CALENDAR, Deadlines.DEFAULT);
        Instant due = c.getDueAt();
        c.recomputeDue(CALENDAR, Deadlines.DEFAULT);
        assertEquals(due, c.getDueAt());
        assertEquals(CALENDAR.dueInCalendarDays(RECEIVED.plusSeconds(120), 15), due);
    }
}
