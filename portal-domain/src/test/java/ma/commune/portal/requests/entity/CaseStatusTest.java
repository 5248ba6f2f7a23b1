package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void everyCaseFollowsTheCommonPathAndCannotSkipIt() {
        for (CaseKind kind : CaseKind.values()) {
            assertTrue(CaseStatus.RECEIVED.mayMoveTo(kind, CaseStatus.ACKNOWLEDGED), kind.name());
            assertTrue(CaseStatus.ACKNOWLEDGED.mayMoveTo(kind, CaseStatus.IN_PROGRESS), kind.name());
            assertTrue(CaseStatus.IN_PROGRESS.mayMoveTo(kind, CaseStatus.WAITING_FOR_REQUESTER), kind.name());
            assertTrue(CaseStatus.WAITING_FOR_REQUESTER.mayMoveTo(kind, CaseStatus.IN_PROGRESS), kind.name());
            assertTrue(CaseStatus.RECEIVED.mayMoveTo(kind, CaseStatus.REJECTED), kind.name());
            assertFalse(CaseStatus.RECEIVED.mayMoveTo(kind, CaseStatus.CLOSED), kind.name());
            assertTrue(CaseStatus.CLOSED.next(kind).isEmpty(), "closed is the end for " + kind);
        }
        assertTrue(CaseStatus.IN_PROGRESS.mayMoveTo(CaseKind.REPORT, CaseStatus.RESOLVED));
        assertTrue(CaseStatus.RESOLVED.mayMoveTo(CaseKind.COMPLAINT, CaseStatus.IN_PROGRESS), "a resident reopens");
        assertFalse(CaseStatus.RECEIVED.mayMoveTo(CaseKind.REPORT, CaseStatus.RESOLVED));
    }

    @Test
    void onlyInformationRequestsAreExtendedAnsweredRefusedOrAppealed() {
        for (CaseStatus informationOnly : EnumSet.of(CaseStatus.EXTENDED, CaseStatus.ANSWERED, CaseStatus.PARTIALLY_ANSWERED,
                CaseStatus.REFUSED, CaseStatus.APPEALED)) {
            for (CaseStatus from : CaseStatus.values()) {
                assertFalse(from.mayMoveTo(CaseKind.REPORT, informationOnly), from + " → " + informationOnly);
                assertFalse(from.mayMoveTo(CaseKind.COMPLAINT, informationOnly), from + " → " + informationOnly);
            }
        }
        assertTrue(CaseStatus.IN_PROGRESS.mayMoveTo(CaseKind.INFORMATION, CaseStatus.EXTENDED));
        assertFalse(CaseStatus.EXTENDED.mayMoveTo(CaseKind.INFORMATION, CaseStatus.EXTENDED), "extended once");
        assertTrue(CaseStatus.REFUSED.mayMoveTo(CaseKind.INFORMATION, CaseStatus.APPEALED));
        assertTrue(CaseStatus.APPEALED.mayMoveTo(CaseKind.INFORMATION, CaseStatus.ANSWERED));
        assertFalse(CaseStatus.IN_PROGRESS.mayMoveTo(CaseKind.INFORMATION, CaseStatus.RESOLVED), "an information request is answered");
    }

    @Test
    void theClockRunsWhileACaseIsOwedAnAnswerAndOpen311SeesOpenOrClosed() {
        assertTrue(CaseStatus.WAITING_FOR_REQUESTER.isOpen(), "waiting for the requester does not stop the clock");
        assertTrue(CaseStatus.APPEALED.isOpen());
        assertFalse(CaseStatus.RESOLVED.isOpen());
        assertEquals("open", CaseStatus.EXTENDED.open311());
        assertEquals("closed", CaseStatus.REFUSED.open311());
    }
}
