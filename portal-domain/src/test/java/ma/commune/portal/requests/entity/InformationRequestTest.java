package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Law 31.13, article 14: a resident's information request names the requester and their national ID. */
class InformationRequestTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.ofDays(Set.of());
    private static final Department COMMUNICATION = new Department("COMMUNICATION", LocalizedText.of("التواصل", "Communication"));
    private static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");

    private static CitizenCase open(CaseChannel channel, boolean urgent, CitizenCase.Requester who) {
        return CitizenCase.open("BG-1", CaseKind.INFORMATION, channel, null, COMMUNICATION, NOW, urgent, Language.FR, "Le budget",
                who, null, true, "officer", NOW, CALENDAR, Deadlines.DEFAULT);
    }

    private static String refused(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).messageKey();
    }

    @Test
    void aResidentsRequestNeedsTheirNameAndNationalId() {
        assertEquals("requests.rule.nameRequired",
                refused(() -> open(CaseChannel.WEB, false, new CitizenCase.Requester(null, "a@example.ma", null, "AB123456"))));
        assertEquals("requests.rule.nationalIdRequired",
                refused(() -> open(CaseChannel.WEB, false, new CitizenCase.Requester("Amina", "a@example.ma", null, null))));
        assertEquals("requests.rule.nationalIdFormat",
                refused(() -> open(CaseChannel.WEB, false, new CitizenCase.Requester("Amina", "a@example.ma", null, "AB-12<3"))));
        open(CaseChannel.WEB, false, new CitizenCase.Requester("Amina", "a@example.ma", null, "AB123456"));
        // A letter registered by staff is taken as it came.
        open(CaseChannel.LETTER, false, new CitizenCase.Requester(null, null, null, null));
    }

    @Test
    void anUrgentRequestRecordsItsGround() {
        CitizenCase urgent = open(CaseChannel.WEB, true, new CitizenCase.Requester("Amina", "a@example.ma", null, "AB123456"));
        assertEquals("requests.rule.urgencyGroundRequired", refused(() -> urgent.urgentBecause(null)));
        urgent.urgentBecause(UrgencyGround.SAFETY);
        assertEquals(UrgencyGround.SAFETY, urgent.getUrgencyGround());
        CitizenCase ordinary = open(CaseChannel.WEB, false, new CitizenCase.Requester("Amina", "a@example.ma", null, "AB123456"));
        assertEquals("requests.rule.urgentOnlyForInformation", refused(() -> ordinary.urgentBecause(UrgencyGround.LIFE)));
    }
}
