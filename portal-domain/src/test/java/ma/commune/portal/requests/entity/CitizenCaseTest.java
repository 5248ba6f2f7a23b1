package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

class CitizenCaseTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.ofDays(Set.of(LocalDate.of(2026, 11, 18)));
    private static final Department TECHNICAL = new Department("TECHNICAL_SERVICES", LocalizedText.of("المصالح التقنية", "Services techniques"));
    private static final Department COMMUNICATION = new Department("COMMUNICATION", LocalizedText.of("التواصل", "Communication"));
    /** Monday 16 November 2026, 10:00 in Morocco. */
    private static final Instant MONDAY = at(2026, 11, 16, 10, 0);
    private static final CitizenCase.Requester RESIDENT = new CitizenCase.Requester("Amina", "amina@example.ma", null, null);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CommuneTime.ZONE).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, CommuneTime.ZONE);
    }

    private static RequestCategory lighting(int days) {
        RequestCategory category = new RequestCategory();
        category.target(days, TargetUnit.WORKING_DAYS, MONDAY);
        return category;
    }

    private static CitizenCase report() {
        return CitizenCase.open("BG-0000-0000-0", CaseKind.REPORT, CaseChannel.WEB, lighting(3), TECHNICAL, MONDAY, false,
                Language.AR, "عمود إنارة معطل", RESIDENT, CitizenCase.Location.NONE, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT);
    }

    private static CitizenCase information(Instant received) {
        return CitizenCase.open("BG-0000-0000-1", CaseKind.INFORMATION, CaseChannel.WEB, null, COMMUNICATION, received, false,
                Language.FR, "Le budget 2026", new CitizenCase.Requester("Amina", "amina@example.ma", null, "AB123456"),
                CitizenCase.Location.NONE, true, null, received, CALENDAR, Deadlines.DEFAULT);
    }

    private static void violates(String key, Executable action) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, action).messageKey());
    }

    @Test
    void onlyTheRequestersEmailOrPhoneNamesTheRequester() {
        CitizenCase.Requester requester = new CitizenCase.Requester("Nadia", "Nadia.B@example.ma", "06 61 23 45 67", null);
        assertTrue(requester.isContact("nadia.b@example.ma "));
        assertTrue(requester.isContact("0661234567"));
        assertTrue(requester.isContact("+212 661-23-45-67"));
        assertTrue(requester.isContact("00212661234567"));
        assertFalse(requester.isContact("0661234568"));
        assertFalse(requester.isContact("other@example.ma"));
        assertFalse(requester.isContact("4567"), "a few digits are not a phone");
        assertFalse(requester.isContact(" "));
        assertFalse(requester.isContact(null));
        assertFalse(new CitizenCase.Requester(null, null, null, null).isContact("0661234567"), "no contact, nothing matches");
    }

    @Test
    void aNewReportIsReceivedWithItsCategorysDueDateAndARegisteredLine() {
        CitizenCase c = report();
        assertEquals(CaseStatus.RECEIVED, c.getStatus());
        // Monday + 3 working days, Wednesday 18 November a holiday: Friday 20 November, 23:59.
        assertEquals(LocalDateTime.of(2026, 11, 20, 23, 59), local(c.getDueAt()));
        assertEquals(CitizenCase.RESIDENT, c.getRegisteredBy());
        assertEquals(1, c.getEvents().size());
        assertEquals(CaseEvent.Type.REGISTERED, c.getEvents().get(0).getType());
        assertFalse(c.isDescriptionReviewed());
    }

    @Test
    void textsLongerThanTheirColumnsGetAMessageAndControlCharactersAreDropped() {
        violates("requests.rule.nameTooLong", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "شكاية", new CitizenCase.Requester("a".repeat(121), "amina@example.ma", null, null), null,
                true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.contactTooLong", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "شكاية", new CitizenCase.Requester("Amina", "a".repeat(250) + "@x.ma", null, null), null,
                true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.addressTooLong", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "شكاية", RESIDENT, new CitizenCase.Location(null, null, null, "x".repeat(301)),
                true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.nationalIdFormat", () -> CitizenCase.open("BG-1", CaseKind.INFORMATION, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "طلب", new CitizenCase.Requester("Amina", "amina@example.ma", null, "AB 12 34 56 78 90 12 34 5"),
                null, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        CitizenCase clean = CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL, MONDAY, false, Language.FR,
                "Ligne 1\nLigne\u0001 2", RESIDENT, new CitizenCase.Location(null, null, null, "Rue\u0000 4\u001b"), true, null, MONDAY,
                CALENDAR, Deadlines.DEFAULT);
        assertEquals("Ligne 1\nLigne 2", clean.getDescription());
        assertEquals("Rue 4", clean.getLocation().address());
    }

    @Test
    void consentIsRequired() {
        violates("requests.rule.consentRequired", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "شكاية", RESIDENT, null, false, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
    }

    @Test
    void aWebSubmissionNeedsAnEmailOrAPhoneButACounterOneDoesNot() {
        CitizenCase.Requester anonymous = new CitizenCase.Requester("Amina", " ", null, null);
        violates("requests.rule.contactRequired", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "شكاية", anonymous, null, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        CitizenCase counter = CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.COUNTER, null, TECHNICAL, MONDAY, false,
                Language.AR, "شكاية", anonymous, null, true, "agent", MONDAY, CALENDAR, Deadlines.DEFAULT);
        assertEquals("agent", counter.getRegisteredBy());
        CitizenCase byPhone = CitizenCase.open("BG-2", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL, MONDAY, false,
                Language.AR, "شكاية", new CitizenCase.Requester(null, null, "0612345678", null), null, true, null, MONDAY, CALENDAR,
                Deadlines.DEFAULT);
        assertEquals("0612345678", byPhone.getRequester().phone());
    }

    @Test
    void theNationalIdIsOnlyForInformationRequests() {
        violates("requests.rule.nationalIdOnlyForInformation", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null,
                TECHNICAL, MONDAY, false, Language.AR, "شكاية", new CitizenCase.Requester("A", "a@example.ma", null, "AB1"), null, true,
                null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        assertEquals("AB123456", information(MONDAY).getRequester().nationalId());
    }

    @Test
    void aReportNeedsACategoryAndTheReceiptIsNeverInTheFuture() {
        violates("requests.rule.categoryRequired", () -> CitizenCase.open("BG-1", CaseKind.REPORT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "x", RESIDENT, null, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.receivedInFuture", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.PHONE, null, TECHNICAL,
                MONDAY.plus(Duration.ofDays(1)), false, Language.AR, "x", RESIDENT, null, true, "agent", MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.descriptionRequired", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null, TECHNICAL,
                MONDAY, false, Language.AR, "  ", RESIDENT, null, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
    }

    @Test
    void aCaseRegisteredLaterCountsFromTheDayTheResidentCalled() {
        Instant called = at(2026, 11, 13, 9, 0); // Friday
        CitizenCase c = CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.PHONE, null, TECHNICAL, called, false, Language.AR,
                "شكاية", RESIDENT, null, true, "agent", MONDAY, CALENDAR, Deadlines.DEFAULT);
        // 13 November + 60 calendar days = 12 January 2027, a Tuesday.
        assertEquals(LocalDateTime.of(2027, 1, 12, 23, 59), local(c.getDueAt()));
        assertEquals(MONDAY, c.getRegisteredAt());
    }

    @Test
    void theCaseMovesOnlyAlongTheStatusMachine() {
        CitizenCase c = report();
        violates("requests.rule.transition", () -> c.move(CaseStatus.RESOLVED, null, "agent", MONDAY));
        c.move(CaseStatus.ACKNOWLEDGED, null, "agent", MONDAY);
        c.move(CaseStatus.IN_PROGRESS, null, "agent", MONDAY);
        violates("requests.rule.transition", () -> c.move(CaseStatus.ANSWERED, null, "agent", MONDAY));
        c.move(CaseStatus.RESOLVED, null, "agent", MONDAY);
        assertEquals(MONDAY, c.getResolvedAt());
        c.move(CaseStatus.CLOSED, null, "agent", MONDAY);
        assertEquals(MONDAY, c.getClosedAt());
        violates("requests.rule.closed", () -> c.answer("x", "agent", MONDAY));
        assertEquals(5, c.getEvents().size());
    }

    @Test
    void aRejectionNeedsAReason() {
        CitizenCase c = report();
        violates("requests.rule.rejectionNeedsReason", () -> c.move(CaseStatus.REJECTED, " ", "agent", MONDAY));
        c.move(CaseStatus.REJECTED, "Pas de la compétence de la commune", "agent", MONDAY);
        assertEquals("Pas de la compétence de la commune", c.getStatusReason());
    }

    @Test
    void aRefusalNeedsAGroundAndOnlyForInformationRequests() {
        violates("requests.rule.refusalOnlyForInformation", () -> report().refuse(RefusalGround.NATIONAL_DEFENCE, "x", "agent", MONDAY));
        CitizenCase c = information(MONDAY);
        c.move(CaseStatus.ACKNOWLEDGED, null, "officer", MONDAY);
        violates("requests.rule.refusalNeedsGround", () -> c.refuse(null, "x", "officer", MONDAY));
        violates("requests.rule.refusalNeedsGround", () -> c.move(CaseStatus.REFUSED, "x", "officer", MONDAY));
        c.refuse(RefusalGround.PRIVATE_LIFE_AND_PERSONAL_DATA, "Données personnelles de tiers", "officer", MONDAY);
        assertEquals(CaseStatus.REFUSED, c.getStatus());
        assertEquals(RefusalGround.PRIVATE_LIFE_AND_PERSONAL_DATA, c.getRefusalGround());
    }

    @Test
    void anInformationRequestIsExtendedOnceWithANoticeAndItsDueDateMoves() {
        CitizenCase c = information(MONDAY);
        // 20 working days from Monday 16 November, 18 November off: Tuesday 15 December.
        assertEquals(LocalDateTime.of(2026, 12, 15, 23, 59), local(c.getDueAt()));
        c.move(CaseStatus.ACKNOWLEDGED, null, "officer", MONDAY);
        violates("requests.rule.extensionNeedsNotice", () -> c.extend(" ", "officer", MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.extensionNeedsNotice", () -> c.move(CaseStatus.EXTENDED, "x", "officer", MONDAY));
        c.extend("Volume important de documents", "officer", MONDAY, CALENDAR, Deadlines.DEFAULT);
        assertTrue(c.isExtended());
        assertEquals(LocalDateTime.of(2027, 1, 12, 23, 59), local(c.getDueAt()));
        c.move(CaseStatus.WAITING_FOR_REQUESTER, null, "officer", MONDAY);
        c.move(CaseStatus.IN_PROGRESS, null, "officer", MONDAY);
        violates("requests.rule.extensionOnce", () -> c.extend("encore", "officer", MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.extensionOnlyForInformation", () -> report().extend("x", "agent", MONDAY, CALENDAR, Deadlines.DEFAULT));
    }

    @Test
    void anUrgentInformationRequestIsDueInThreeWorkingDaysAndCannotBeExtended() {
        CitizenCase c = CitizenCase.open("BG-1", CaseKind.INFORMATION, CaseChannel.WEB, null, COMMUNICATION, MONDAY, true, Language.FR,
                "Urgent", new CitizenCase.Requester("Amina", "amina@example.ma", null, "AB123456"), null, true, null, MONDAY, CALENDAR,
                Deadlines.DEFAULT);
        assertEquals(LocalDateTime.of(2026, 11, 20, 23, 59), local(c.getDueAt()));
        violates("requests.rule.noExtensionWhenUrgent", () -> c.extend("x", "officer", MONDAY, CALENDAR, Deadlines.DEFAULT));
        violates("requests.rule.urgentOnlyForInformation", () -> CitizenCase.open("BG-1", CaseKind.COMPLAINT, CaseChannel.WEB, null,
                TECHNICAL, MONDAY, true, Language.FR, "x", RESIDENT, null, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT));
    }

    @Test
    void theResidentReopensAResolvedCaseWithinFifteenDaysOnly() {
        CitizenCase c = report();
        violates("requests.rule.reopenOnlyResolved", () -> c.reopen("toujours en panne", MONDAY));
        c.move(CaseStatus.ACKNOWLEDGED, null, "agent", MONDAY);
        c.move(CaseStatus.IN_PROGRESS, null, "agent", MONDAY);
        c.move(CaseStatus.RESOLVED, null, "agent", MONDAY);
        violates("requests.rule.reopenTooLate", () -> c.reopen("toujours en panne", MONDAY.plus(Duration.ofDays(15)).plusSeconds(1)));
        c.reopen("toujours en panne", MONDAY.plus(Duration.ofDays(15)));
        assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
        assertNull(c.getResolvedAt());
        assertFalse(c.getEvents().get(c.getEvents().size() - 1).isPublic(), "the resident's words are not public unreviewed");
    }

    @Test
    void answersArePublicNotesAndReassignmentsAreNot() {
        CitizenCase c = report();
        c.take("agent", MONDAY);
        assertEquals("agent", c.getAssignee());
        c.answer("Équipe envoyée", "agent", MONDAY);
        c.note("Lampe à commander", "agent", MONDAY);
        violates("requests.rule.reassignNeedsReason", () -> c.reassign(COMMUNICATION, "", "agent", MONDAY));
        violates("requests.rule.reassignElsewhere", () -> c.reassign(TECHNICAL, "x", "agent", MONDAY));
        c.reassign(COMMUNICATION, "Mauvais service", "agent", MONDAY);
        assertEquals("COMMUNICATION", c.getDepartment().getCode());
        assertNull(c.getAssignee());
        assertEquals(2, c.publicEvents().size(), "registered and the answer");
        c.reviewDescription("agent", MONDAY);
        assertTrue(c.isDescriptionReviewed());
    }

    @Test
    void theDueDateIsRecomputedWhenTheCalendarOrTheTargetChanges() {
        RequestCategory category = lighting(3);
        CitizenCase c = CitizenCase.open("BG-1", CaseKind.REPORT, CaseChannel.WEB, category, TECHNICAL, MONDAY, false, Language.AR, "x",
                RESIDENT, null, true, null, MONDAY, CALENDAR, Deadlines.DEFAULT);
        assertEquals(LocalDateTime.of(2026, 11, 20, 23, 59), local(c.getDueAt()));
        c.recomputeDue(WorkingCalendar.ofDays(Set.of()), Deadlines.DEFAULT);
        assertEquals(LocalDateTime.of(2026, 11, 19, 23, 59), local(c.getDueAt()));
        category.target(6, TargetUnit.HOURS, MONDAY);
        c.recomputeDue(CALENDAR, Deadlines.DEFAULT);
        assertEquals(LocalDateTime.of(2026, 11, 16, 16, 0), local(c.getDueAt()));
        assertTrue(c.isOverdueAt(at(2026, 11, 16, 16, 1)));
    }
}
