package ma.commune.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    private Report titled() {
        Report report = new Report(ReportCategory.ADMINISTRATIVE_ACCOUNT, 2025);
        report.setTitle(LocalizedText.of("الحساب الإداري 2025", "Compte administratif 2025"));
        return report;
    }

    @Test
    void aReportWithoutADocumentCannotBePublished() {
        Report report = titled();
        assertEquals("report.rule.documentRequired",
                assertThrows(DomainRuleViolation.class, () -> report.publish(now)).messageKey());
        assertFalse(report.isPublished());
    }

    @Test
    void aReportNeedsItsTitleInBothLanguages() {
        Report report = titled();
        report.setDocuments(List.of(new AttachedDocument(LegalDocumentTest.pdf(), LocalizedText.of("التقرير", "Rapport"), 0)));
        report.setTitle(LocalizedText.of(null, "Compte administratif 2025"));
        assertEquals("report.rule.titleInBothLanguages",
                assertThrows(DomainRuleViolation.class, () -> report.publish(now)).messageKey());
    }

    @Test
    void aTitledReportWithADocumentIsPublished() {
        Report report = titled();
        report.setDocuments(List.of(new AttachedDocument(LegalDocumentTest.pdf(), LocalizedText.of("التقرير", "Rapport"), 0)));
        report.publish(now);
        assertTrue(report.isPublished());
        report.setDocuments(List.of());
        assertThrows(DomainRuleViolation.class, () -> report.edited(now), "a published report keeps at least one document");
    }
}
