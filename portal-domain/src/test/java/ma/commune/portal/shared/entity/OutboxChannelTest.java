package ma.commune.portal.shared.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ma.commune.portal.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxChannelTest {

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "+212612345678",
            "+212 6 12 34 56 78", "00212612345678", "+212 (0)6 12 34 56 78", "٠٦١٢٣٤٥٦٧٨", " 0612345678 "})
    void moroccanMobileNumbersAreStoredInE164(String typed) {
        assertEquals("+212612345678", OutboxChannel.SMS.normalise(typed));
    }

    @Test
    void bothMoroccanMobileRangesAreAccepted() {
        assertEquals("+212712345678", OutboxChannel.SMS.normalise("07 12 34 56 78"));
    }

    @Test
    void foreignNumbersInE164AreKept() {
        assertEquals("+33612345678", OutboxChannel.SMS.normalise("+33 6 12 34 56 78"));
        assertEquals("+33612345678", OutboxChannel.SMS.normalise("0033612345678"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "0512345678", "+212512345678", "061234567", "06123456789", "612345678",
            "+2126123456789", "06 12 34 56 7x", "+0612345678", "06+12345678", "+1234567", "+1234567890123456",
            "tel:0612345678", "06/12/34/56/78"})
    void anythingElseIsRefusedAsAPhoneNumber(String typed) {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> OutboxChannel.SMS.normalise(typed));
        assertEquals("outbox.rule.invalidPhone", refusal.messageKey());
    }

    @Test
    void anEmailAddressIsTrimmedAndItsDomainLowerCased() {
        assertEquals("Resident.Name+case@example.ma", OutboxChannel.EMAIL.normalise("  Resident.Name+case@Example.MA "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "resident", "resident@", "@example.ma", "resident@localhost", "resident@example.",
            "two@at@example.ma", "Resident <resident@example.ma>", "a@example.ma, b@example.ma", "résident@example.ma",
            "resident @example.ma", "resident@exa mple.ma", "resident@example..ma", "group: a@example.ma;"})
    void anythingElseIsRefusedAsAnEmailAddress(String typed) {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> OutboxChannel.EMAIL.normalise(typed));
        assertEquals("outbox.rule.invalidEmail", refusal.messageKey());
    }
}
