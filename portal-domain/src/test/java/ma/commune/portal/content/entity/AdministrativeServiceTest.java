package ma.commune.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class AdministrativeServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static AdministrativeService complete() {
        AdministrativeService service = new AdministrativeService();
        service.setCategory(new ServiceCategory("etat-civil", LocalizedText.of("الحالة المدنية", "État civil"), 1));
        service.setName(LocalizedText.of("التصريح بالولادة", "Déclaration de naissance"));
        service.setRequiredDocuments(LocalizedText.of("شهادة الولادة\nالدفتر العائلي", "Certificat d'accouchement\nLivret de famille"));
        service.setFee(BigDecimal.ZERO, null);
        service.setOffice(LocalizedText.of("مكتب الحالة المدنية", "Bureau de l'état civil"));
        return service;
    }

    private static String refusal(AdministrativeService service) {
        return assertThrows(DomainRuleViolation.class, () -> service.publish(NOW)).messageKey();
    }

    @Test
    void aCompleteServiceIsPublishedAndKeepsItsFirstPublicationInstant() {
        AdministrativeService service = complete();
        service.publish(NOW);
        assertTrue(service.isPublished());
        service.publish(NOW.plusSeconds(60));
        assertEquals(NOW, service.getPublishedAt());
        service.unpublish(NOW.plusSeconds(120));
        assertFalse(service.isPublished());
    }

    @Test
    void aServiceWithoutCategoryOrFrenchNameIsNotPublished() {
        AdministrativeService noCategory = complete();
        noCategory.setCategory(null);
        assertEquals("service.rule.categoryRequired", refusal(noCategory));
        AdministrativeService noFrench = complete();
        noFrench.setName(LocalizedText.of("التصريح بالولادة", " "));
        assertEquals("service.rule.nameInBothLanguages", refusal(noFrench));
        assertFalse(noFrench.isPublished());
    }

    @Test
    void documentsAndOfficeAreNeededInBothLanguages() {
        AdministrativeService noDocuments = complete();
        noDocuments.setRequiredDocuments(LocalizedText.of("شهادة الولادة", null));
        assertEquals("service.rule.documentsInBothLanguages", refusal(noDocuments));
        AdministrativeService noOffice = complete();
        noOffice.setOffice(new LocalizedText());
        assertEquals("service.rule.officeInBothLanguages", refusal(noOffice));
    }

    @Test
    void aFeeIsAnAmountOrATextThatSaysHowItVaries() {
        AdministrativeService varies = complete();
        varies.setFee(null, LocalizedText.of("حسب المساحة", null));
        assertEquals("service.rule.feeRequired", refusal(varies));
        varies.setFee(null, LocalizedText.of("حسب المساحة", "Selon la surface"));
        varies.publish(NOW);
        assertFalse(varies.isFree());

        AdministrativeService paid = complete();
        paid.setFee(new BigDecimal("20.5"), null);
        assertEquals(new BigDecimal("20.50"), paid.getFeeAmount());
        assertFalse(paid.isFree());
        assertTrue(complete().isFree());
        assertEquals("service.rule.feeNegative",
                assertThrows(DomainRuleViolation.class, () -> paid.setFee(new BigDecimal("-1"), null)).messageKey());
    }

    @Test
    void anEditThatBreaksAPublishedServiceIsRefused() {
        AdministrativeService service = complete();
        service.publish(NOW);
        service.setName(LocalizedText.of("التصريح بالولادة", null));
        assertThrows(DomainRuleViolation.class, () -> service.edited(NOW));
    }

    @Test
    void requiredDocumentsAreReadOneALine() {
        assertEquals(List.of("Certificat", "Livret de famille"), AdministrativeService.lines("- Certificat\r\n\n  • Livret de famille  \n"));
        assertEquals(List.of(), AdministrativeService.lines(null));
    }
}
