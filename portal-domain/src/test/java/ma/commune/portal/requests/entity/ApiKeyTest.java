package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void anIssuedKeyIsRandomLongAndKeptOnlyAsItsSha256() {
        ApiKey.Issued first = ApiKey.issue("  FixMyCity  ", "admin", NOW);
        ApiKey.Issued second = ApiKey.issue("FixMyCity", "admin", NOW);
        assertEquals("FixMyCity", first.record().getClientName());
        assertTrue(first.key().length() >= 43, "256 random bits");
        assertNotEquals(first.key(), second.key());
        assertEquals(ApiKey.hash(first.key()), ApiKey.hash(first.key()));
        assertEquals(64, ApiKey.hash(first.key()).length());
        assertFalse(first.toString().contains(first.key()), "the key never reaches a log line");
        assertTrue(first.record().isActive());
    }

    @Test
    void aKeyIsRevokedOnceAndTheFirstRevocationStays() {
        ApiKey key = ApiKey.issue("Client", "admin", NOW).record();
        key.revoke("admin2", NOW.plusSeconds(60));
        assertFalse(key.isActive());
        assertEquals("admin2", key.getRevokedBy());
        DomainRuleViolation again = assertThrows(DomainRuleViolation.class, () -> key.revoke("admin3", NOW.plusSeconds(120)));
        assertEquals("open311.keys.rule.alreadyRevoked", again.messageKey());
        assertEquals("admin2", key.getRevokedBy());
    }

    @Test
    void aClientIsNamed() {
        assertEquals("open311.keys.rule.clientRequired",
                assertThrows(DomainRuleViolation.class, () -> ApiKey.issue(" ", "admin", NOW)).messageKey());
        assertEquals("open311.keys.rule.clientTooLong",
                assertThrows(DomainRuleViolation.class, () -> ApiKey.issue("x".repeat(61), "admin", NOW)).messageKey());
    }

    @Test
    void aPresentedKeyIsLookedUpByTheHashOfItsStrippedTextAndNothingElseIsHashed() {
        ApiKey.Issued issued = ApiKey.issue("Client", "admin", NOW);
        assertEquals(java.util.Optional.of(ApiKey.hash(issued.key())), ApiKey.hashOfPresented(" " + issued.key() + "\n"));
        assertTrue(ApiKey.hashOfPresented(null).isEmpty());
        assertTrue(ApiKey.hashOfPresented("  ").isEmpty());
        assertTrue(ApiKey.hashOfPresented("k".repeat(201)).isEmpty(), "too long to be a key: not hashed");
    }
}
