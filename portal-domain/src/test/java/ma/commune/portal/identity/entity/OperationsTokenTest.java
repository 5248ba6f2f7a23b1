package ma.commune.portal.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class OperationsTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");

    private static Account account(Role... roles) {
        Account a = new Account("finance", "Finance", new Department("FINANCE", LocalizedText.of("م", "F")), "hash");
        a.setRoles(Set.of(roles));
        return a;
    }

    @Test
    void aTokenIsIssuedToAnActiveFinanceOrAdminAccountAndOnlyItsHashIsKept() {
        OperationsToken.Issued issued = OperationsToken.issue(account(Role.FINANCE), " nightly script ", "admin", NOW);
        assertTrue(issued.token().startsWith(OperationsToken.PREFIX));
        assertTrue(issued.token().length() > 40);
        assertEquals("finance", issued.record().getUsername());
        assertEquals("nightly script", issued.record().getLabel());
        assertEquals(OperationsToken.hash(issued.token()), OperationsToken.hash(issued.token()));
        assertNotEquals(OperationsToken.issue(account(Role.ADMIN), "x", "admin", NOW).token(), issued.token());
        assertFalse(issued.toString().contains(issued.token()), "the token is never logged");
    }

    @Test
    void otherAccountsAndBadLabelsAreRefused() {
        assertEquals("imports.tokens.rule.accountNotAllowed",
                assertThrows(DomainRuleViolation.class, () -> OperationsToken.issue(account(Role.EDITOR), "x", "admin", NOW)).messageKey());
        Account inactive = account(Role.FINANCE);
        inactive.setActive(false);
        assertThrows(DomainRuleViolation.class, () -> OperationsToken.issue(inactive, "x", "admin", NOW));
        assertEquals("imports.tokens.rule.labelRequired",
                assertThrows(DomainRuleViolation.class, () -> OperationsToken.issue(account(Role.FINANCE), " ", "admin", NOW)).messageKey());
        assertEquals("imports.tokens.rule.labelTooLong",
                assertThrows(DomainRuleViolation.class, () -> OperationsToken.issue(account(Role.FINANCE), "x".repeat(61), "admin", NOW)).messageKey());
    }

    @Test
    void aRevokedTokenStaysRevokedOnce() {
        OperationsToken token = OperationsToken.issue(account(Role.FINANCE), "x", "admin", NOW).record();
        token.revoke("admin", NOW);
        assertFalse(token.isActive());
        assertEquals("admin", token.getRevokedBy());
        assertThrows(DomainRuleViolation.class, () -> token.revoke("other", NOW));
        assertEquals("admin", token.getRevokedBy());
    }
}
