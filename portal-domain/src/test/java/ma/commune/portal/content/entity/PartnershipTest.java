package ma.commune.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    private static final LocalizedText COMMUNE = LocalizedText.of("جماعة ابن جرير", "Commune de Ben Guerir");

    private static Partnership signed() {
        Partnership partnership = new Partnership(LocalizedText.of("جهة مراكش آسفي", "Région Marrakech-Safi"),
                LocalizedText.of("السوق البلدي", "Marché municipal"), PartnershipKind.NATIONAL);
        partnership.setStage(PartnershipStage.IN_FORCE);
        partnership.setSignedOn(LocalDate.of(2022, 9, 1));
        partnership.setConvention(new StoredFile("convention.pdf", "application/pdf", new byte[] {1}, "x", Instant.now()));
        return partnership;
    }

    private static String rule(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).messageKey();
    }

    @Test
    void theTotalIsTheSumOfEveryPartysAmount() {
        Partnership partnership = signed();
        partnership.replaceContributions(List.of(
                new Contribution(LocalizedText.of("الجهة", "Région"), new BigDecimal("25000000"), 1),
                new Contribution(COMMUNE, new BigDecimal("10000000.255"), 2)));
        assertEquals(new BigDecimal("35000000.26"), partnership.getTotalAmount());
        partnership.replaceContributions(List.of());
        assertEquals(new BigDecimal("0.00"), partnership.getTotalAmount());
    }

    @Test
    void aContributionHasAPartyAndAnAmountNotNegative() {
        assertEquals("partnership.rule.amountNotNegative", rule(() -> new Contribution(COMMUNE, new BigDecimal("-1"), 1)));
        assertEquals("partnership.rule.amountNotNegative", rule(() -> new Contribution(COMMUNE, null, 1)));
        assertEquals("partnership.rule.partyRequired", rule(() -> new Contribution(new LocalizedText(), BigDecimal.TEN, 1)));
        assertEquals(new BigDecimal("0.00"), new Contribution(COMMUNE, BigDecimal.ZERO, 1).getAmount());
    }

    @Test
    void aSignedConventionIsPublishedWithItsDateAndItsPdf() {
        Partnership noDate = signed();
        noDate.setSignedOn(null);
        assertEquals("partnership.rule.signedOnRequired", rule(() -> noDate.publish(Instant.now())));

        Partnership noPdf = signed();
        noPdf.setConvention(null);
        assertEquals("partnership.rule.conventionRequired", rule(() -> noPdf.publish(Instant.now())));

        Partnership inPreparation = signed();
        inPreparation.setStage(PartnershipStage.IN_PREPARATION);
        inPreparation.setSignedOn(null);
        inPreparation.setConvention(null);
        inPreparation.publish(Instant.now());
        assertTrue(inPreparation.isPublished(), "a convention in preparation has no signature yet");
    }

    @Test
    void publishingNeedsThePartnerAndSubjectInBothLanguages() {
        Partnership partnership = signed();
        partnership.setPartner(LocalizedText.of("الجهة", " "));
        assertEquals("partnership.rule.partnerInBothLanguages", rule(() -> partnership.publish(Instant.now())));
        partnership.setPartner(LocalizedText.of("الجهة", "Région"));
        partnership.setSubject(LocalizedText.of(null, "Marché"));
        assertEquals("partnership.rule.subjectInBothLanguages", rule(() -> partnership.publish(Instant.now())));
    }

    @Test
    void theDurationIsPositiveAndGivesTheEnd() {
        Partnership partnership = signed();
        assertEquals("partnership.rule.durationPositive", rule(() -> partnership.setDurationMonths(0)));
        partnership.setDurationMonths(48);
        assertEquals(LocalDate.of(2026, 9, 1), partnership.getEndsOn());
    }
}
