package ma.commune.portal.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class AccountLockoutTest {

    private final Instant t0 = Instant.parse("2026-11-28T10:00:00Z");

    private Account account() {
        return new Account("editor", "Editor", new Department("COMMUNICATION", LocalizedText.of("ت", "C")), "hash");
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(t0.plusSeconds(i));
            assertFalse(account.isLockedAt(t0.plusSeconds(i)), "locked after " + (i + 1) + " failures");
        }
        account.recordFailedLogin(t0.plusSeconds(5));
        assertTrue(account.isLockedAt(t0.plusSeconds(6)));
        assertTrue(account.isLockedAt(t0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(account.isLockedAt(t0.plusSeconds(5).plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(t0);
        }
        account.recordSuccessfulLogin(t0);
        account.recordFailedLogin(t0);
        assertFalse(account.isLockedAt(t0));
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    void afterTheLockRunsOutTheCountStartsAgain() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(t0);
        }
        Instant later = t0.plus(Duration.ofMinutes(16));
        account.recordFailedLogin(later);
        assertFalse(account.isLockedAt(later));
        assertEquals(1, account.getFailedLogins());
    }
}
