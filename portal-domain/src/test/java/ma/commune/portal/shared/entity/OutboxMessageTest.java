package ma.commune.portal.shared.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static OutboxMessage email() {
        return new OutboxMessage(OutboxChannel.EMAIL, "resident@example.ma", Language.AR, "طلبكم", "نص", "BG-7K3F-9QXM-2", NOW);
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), OutboxMessage.retryDelay(1));
        assertEquals(Duration.ofMinutes(2), OutboxMessage.retryDelay(2));
        assertEquals(Duration.ofMinutes(4), OutboxMessage.retryDelay(3));
        assertEquals(Duration.ofMinutes(8), OutboxMessage.retryDelay(4));
        assertEquals(Duration.ofMinutes(32), OutboxMessage.retryDelay(6));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(7));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(1000));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(Integer.MAX_VALUE));
    }

    @Test
    void aNewMessageIsPendingAndDueAtOnce() {
        OutboxMessage message = email();
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(NOW, message.getNextAttemptAt());
        assertEquals(0, message.getAttempts());
    }

    @Test
    void aFailedAttemptIsCountedAndRetriedLaterWithoutTheAddressInTheError() {
        OutboxMessage message = email();
        message.recordFailure("550 <resident@example.ma>: mailbox unavailable", NOW, 10);
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(1, message.getAttempts());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.getNextAttemptAt());
        assertEquals("550 <<recipient>>: mailbox unavailable", message.getLastError());
        message.recordFailure("connection refused", NOW, 10);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), message.getNextAttemptAt());
    }

    @Test
    void theLastAllowedAttemptFailsTheMessageAndAnAdministratorMaySendItAgain() {
        OutboxMessage message = email();
        for (int i = 0; i < 3; i++) {
            message.recordFailure("connection refused", NOW, 3);
        }
        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals(3, message.getAttempts());
        Instant later = NOW.plus(Duration.ofDays(1));
        message.sendAgain(later);
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(0, message.getAttempts());
        assertEquals(later, message.getNextAttemptAt());
    }

    @Test
    void onlyAFailedMessageIsSentAgain() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> email().sendAgain(NOW));
        assertEquals("outbox.rule.notFailed", refusal.messageKey());
    }

    @Test
    void aLongErrorIsShortenedToTheColumn() {
        OutboxMessage message = email();
        message.recordFailure("x".repeat(2000), NOW, 10);
        assertEquals(500, message.getLastError().length());
    }

    @Test
    void aSentMessageIsNoLongerLeased() {
        OutboxMessage message = email();
        assertFalse(message.isClaimedBy("server-1", NOW));
        message.markSent(NOW);
        assertEquals(OutboxStatus.SENT, message.getStatus());
        assertEquals(NOW, message.getSentAt());
        assertNull(message.getClaimedBy());
    }

    @Test
    void theRecipientIsStoredNormalisedAndAnSmsNeedsNoSubject() {
        OutboxMessage sms = new OutboxMessage(OutboxChannel.SMS, "06 12 34 56 78", Language.FR, null, "Votre demande", null, NOW);
        assertEquals("+212612345678", sms.getRecipient());
        assertNull(sms.getSubject());
        assertTrue(sms.getReference() == null);
    }

    @Test
    void anEmailWithoutSubjectOrAMessageWithoutBodyIsTheCallersMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxMessage(OutboxChannel.EMAIL, "resident@example.ma", Language.AR, " ", "نص", null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxMessage(OutboxChannel.SMS, "0612345678", Language.AR, null, "", null, NOW));
    }
}
