package ma.commune.portal.requests.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CaseReceiptTest {

    private static final Instant RECEIVED = LocalDateTime.of(2026, 11, 16, 10, 0).atZone(CommuneTime.ZONE).toInstant();
    private static final Instant DUE = LocalDateTime.of(2026, 11, 20, 23, 59).atZone(CommuneTime.ZONE).toInstant();

    @Test
    void theFrenchReceiptCarriesTheCommuneTheCodeTheDatesAndWhereToTrack() throws IOException {
        String text = text(CaseReceipt.pdf("Commune de Ben Guerir", "BG-7K3F-9QXM-2", CaseKind.REPORT, RECEIVED, DUE,
                "https://portail.example.ma/track", Language.FR));
        for (String expected : new String[] {"Commune de Ben Guerir", "Récépissé de dépôt", "BG-7K3F-9QXM-2", "Signalement Allo Citoyen",
                "Date de réception : 16/11/2026", "Réponse au plus tard le : 20/11/2026 23:59", "https://portail.example.ma/track"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void theArabicReceiptIsShapedRightToLeftAndReadsBackAsArabic() throws IOException {
        byte[] pdf = CaseReceipt.pdf("جماعة ابن جرير", "BG-7K3F-9QXM-2", CaseKind.INFORMATION, RECEIVED, DUE,
                "https://portail.example.ma/track", Language.AR);
        String text = text(pdf);
        // PDFBox turns the shaped presentation forms back into letters in reading order.
        for (String expected : new String[] {"جماعة ابن جرير", "وصل إيداع طلب", "BG-7K3F-9QXM-2", "رمز التتبع", "16/11/2026",
                "20/11/2026 23:59", "31.13", "https://portail.example.ma/track",
                // Every letter kept: optional ligatures (lam-hah, lam-meem) would drop those the font has no glyph for.
                "طلب الحصول على المعلومات", "في صفحة"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("DejaVuSans"), "the Arabic font is embedded");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
