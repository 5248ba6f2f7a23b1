package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The retention of the requester's personal data (law 09-08): when it starts, what anonymisation removes and keeps, the hold. */
class CaseRetentionTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.ofDays(Set.of(LocalDate.of(2026, 11, 18)));
    private static final Department TECHNICAL = new Department("TECHNICAL_SERVICES", LocalizedText.of("المصالح التقنية", "Services techniques"));
    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    private static CitizenCase report() {
        RequestCategory lighting = new RequestCategory();
        lighting.target(3, TargetUnit.WORKING_DAYS, MONDAY);
        return CitizenCase.open("BG-0000-0000-0", CaseKind.REPORT, CaseChannel.WEB, lighting, TECHNICAL, MONDAY, false, Language.FR,
                "Lampadaire éteint devant chez moi", new CitizenCase.Requester("Amina", "amina@example.ma", "+212612345678", null),
                new CitizenCase.Location(32.23591, -7.95362, 4L, "Rue 12"), true, null, MONDAY, CALENDAR, Deadlines.DEFAULT);
    }

    private static void violates(String key, Executable action) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, action).messageKey());
    }

    @Test
    void theRetentionStartsWhenTheCaseIsClosedAndStopsWhenItIsReopened() {
        CitizenCase c = report();
        assertNull(c.getRetentionFrom());
        c.move(CaseStatus.ACKNOWLEDGED, null, "agent", MONDAY.plusSeconds(60));
        c.move(CaseStatus.IN_PROGRESS, null, "agent", MONDAY.plusSeconds(120));
        assertNull(c.getRetentionFrom(), "open: nothing counts yet");
        Instant resolved = MONDAY.plus(Duration.ofDays(1));
        c.move(CaseStatus.RESOLVED, null, "agent", resolved);
        assertEquals(resolved, c.getRetentionFrom());
        c.reopen("Toujours éteint", resolved.plus(Duration.ofDays(2)));
        assertNull(c.getRetentionFrom(), "reopened: open again");
        c.move(CaseStatus.RESOLVED, null, "agent", resolved.plus(Duration.ofDays(3)));
        Instant closed = resolved.plus(Duration.ofDays(20));
        c.move(CaseStatus.CLOSED, null, "agent", closed);
        assertEquals(closed, c.getRetentionFrom(), "counted from the closing");
        assertEquals(Instant.parse("2028-12-07T09:00:00Z"), new CaseRetention(CaseKind.REPORT, 24).dueFrom(closed));
    }

    @Test
    void anonymisationRemovesThePersonKeepsTheFactsAndHappensOnce() {
        CitizenCase c = report();
        c.attach(7L);
        c.move(CaseStatus.ACKNOWLEDGED, null, "agent", MONDAY.plusSeconds(60));
        c.move(CaseStatus.IN_PROGRESS, null, "agent", MONDAY.plusSeconds(120));
        c.note("Amina rappelée au 0612345678", "agent", MONDAY.plusSeconds(180));
        c.answer("Lampe changée.", "agent", MONDAY.plusSeconds(240));
        c.move(CaseStatus.RESOLVED, null, "agent", MONDAY.plusSeconds(300));
        c.reopen("Elle s'est éteinte de nouveau devant chez moi", MONDAY.plusSeconds(360));
        c.move(CaseStatus.RESOLVED, null, "agent", MONDAY.plusSeconds(420));
        c.move(CaseStatus.CLOSED, null, "agent", MONDAY.plusSeconds(480));
        int statusLines = (int) c.getEvents().stream().filter(e -> e.getType() == CaseEvent.Type.STATUS).count();

        CitizenCase.Anonymisation done = c.anonymise(MONDAY.plus(Duration.ofDays(800)));
        assertEquals(List.of("requesterName", "requesterEmail", "requesterPhone", "address", "coordinates", "description"), done.fields());
        assertEquals(List.of(7L), done.attachments());
        assertEquals(1, done.internalNotes());
        assertEquals(new CitizenCase.Requester(null, null, null, null), c.getRequester());
        assertEquals(new CitizenCase.Location(32.236, -7.954, 4L, null), c.getLocation(), "rounded to about 100 m, the district kept");
        assertEquals(CitizenCase.ANONYMISED, c.getDescription());
        assertTrue(c.getAttachments().isEmpty());
        assertFalse(c.getEvents().stream().anyMatch(e -> e.getType() == CaseEvent.Type.INTERNAL_NOTE));
        assertEquals(statusLines, c.getEvents().stream().filter(e -> e.getType() == CaseEvent.Type.STATUS).count(), "every status kept");
        assertTrue(c.getEvents().stream().noneMatch(e -> e.getText() != null && e.getText().contains("devant chez moi")), "the reopening's words go");
        assertTrue(c.getEvents().stream().anyMatch(e -> "Lampe changée.".equals(e.getText())), "the public answer stays");
        for (int i = 0; i < c.getEvents().size(); i++) {
            assertEquals(i, c.getEvents().get(i).getPosition());
        }
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        violates("retention.rule.anonymised", () -> c.anonymise(MONDAY.plus(Duration.ofDays(801))));
        violates("retention.rule.anonymised", () -> c.rectify(CitizenCase.PersonalField.NAME, "Amina", MONDAY));
    }

    @Test
    void aReviewedDescriptionStaysAndAHeldCaseIsNotAnonymised() {
        CitizenCase c = report();
        c.reviewDescription("agent", MONDAY);
        violates("retention.rule.holdNeedsReason", () -> c.holdLegally(" ", "admin", MONDAY));
        violates("retention.rule.holdTooLong", () -> c.holdLegally("x".repeat(501), "admin", MONDAY));
        c.holdLegally("Recours n° 12/2026", "admin", MONDAY);
        violates("retention.rule.held", () -> c.anonymise(MONDAY));
        c.liftLegalHold();
        violates("retention.rule.notHeld", c::liftLegalHold);
        assertFalse(c.anonymise(MONDAY).fields().contains("description"));
        assertEquals("Lampadaire éteint devant chez moi", c.getDescription());
    }

    @Test
    void aRetentionIsBetweenOneMonthAndTenYears() {
        CaseRetention r = new CaseRetention(CaseKind.COMPLAINT, 24);
        for (int months : new int[] {0, -1, 121, Integer.MAX_VALUE}) {
            violates("retention.rule.months", () -> r.change(months, MONDAY));
        }
        assertEquals(24, r.getMonths());
        r.change(120, MONDAY);
        assertEquals(120, r.getMonths());
    }

    @Test
    void aRectificationChangesOneFieldAndKeepsTheResidentReachable() {
        CitizenCase c = report();
        assertTrue(c.rectify(CitizenCase.PersonalField.NAME, "Amina B.", MONDAY));
        assertFalse(c.rectify(CitizenCase.PersonalField.NAME, "Amina B.", MONDAY), "nothing to change");
        assertTrue(c.rectify(CitizenCase.PersonalField.EMAIL, null, MONDAY));
        violates("requests.rule.contactRequired", () -> c.rectify(CitizenCase.PersonalField.PHONE, " ", MONDAY));
        violates("rights.rule.addressTooLong", () -> c.rectify(CitizenCase.PersonalField.ADDRESS, "x".repeat(301), MONDAY));
        assertEquals("Amina B.", c.getRequester().name());
    }
}
