package ma.commune.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;
import org.junit.jupiter.api.Test;

class LegalDocumentTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    static StoredFile pdf() {
        return new StoredFile("arrete.pdf", "application/pdf", "%PDF-1.4 ... %%EOF".getBytes(), "0".repeat(64), Instant.EPOCH);
    }

    private LegalDocument complete() {
        LegalDocument document = new LegalDocument(LegalDocumentType.ORDER);
        document.setNumber("7/2025");
        document.setDate(LocalDate.of(2025, 3, 14));
        document.setTitle(LocalizedText.of("قرار تنظيم الوقوف", "Arrêté réglementant le stationnement"));
        document.setPdf(pdf());
        return document;
    }

    private static String refusal(LegalDocument document, Instant now) {
        return assertThrows(DomainRuleViolation.class, () -> document.publish(now)).messageKey();
    }

    @Test
    void aCompleteTextIsPublishedAndKeepsItsFirstPublicationDate() {
        LegalDocument document = complete();
        assertFalse(document.isPublished());
        document.publish(now);
        assertTrue(document.isPublished());
        assertEquals(now, document.getPublishedAt());
        document.unpublish(now.plusSeconds(60));
        document.publish(now.plusSeconds(120));
        assertEquals(now, document.getPublishedAt(), "a republication keeps the first date");
    }

    @Test
    void publishingNeedsTheTitleInArabicAndFrench() {
        LegalDocument document = complete();
        document.setTitle(LocalizedText.of("قرار", null));
        assertEquals("legal.rule.titleInBothLanguages", refusal(document, now));
        assertFalse(document.isPublished());
    }

    @Test
    void publishingNeedsTheSignedPdf() {
        LegalDocument document = complete();
        document.setPdf(null);
        assertEquals("legal.rule.pdfRequired", refusal(document, now));
        assertFalse(document.isPublished());
    }

    @Test
    void publishingNeedsTheNumberAndTheDate() {
        LegalDocument unnumbered = complete();
        unnumbered.setNumber(" ");
        assertEquals("legal.rule.numberRequired", refusal(unnumbered, now));
        LegalDocument undated = complete();
        undated.setDate(null);
        assertEquals("legal.rule.dateRequired", refusal(undated, now));
    }

    @Test
    void anEditThatRemovesThePdfOfAPublishedTextIsRefused() {
        LegalDocument document = complete();
        document.publish(now);
        document.setPdf(null);
        assertThrows(DomainRuleViolation.class, () -> document.edited(now));
    }

    @Test
    void relatedDocumentsAreReplacedInTheEditorsOrder() {
        LegalDocument document = complete();
        AttachedDocument annex = new AttachedDocument(pdf(), LocalizedText.of("ملحق", "Annexe"), 0);
        document.setRelated(List.of(annex));
        document.setRelated(List.of(annex, new AttachedDocument(pdf(), LocalizedText.of("محضر", "PV"), 1)));
        assertEquals(2, document.getRelated().size());
        assertEquals("Annexe", document.getRelated().get(0).getLabel().getFr());
    }
}
