package ma.commune.portal.requests.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;

/**
 * The receipt staff print for a resident whose case they registered (phone, counter, letter), or print
 * again from the case page: the commune, the tracking code, the kind, the receipt and due dates and how to
 * follow the case, in the resident's language. Arabic is shaped by OpenPDF (joined letters, right to left)
 * with DejaVu Sans, a font that has the Arabic presentation forms; Tamazight readers get the Arabic text
 * until a Tifinagh wording exists, as in the letters. No personal data on it beyond what the resident
 * already holds: no name, no contact.
 */
public final class CaseReceipt {

    /** DejaVu Sans as the JasperReports font jar ships it (Bitstream Vera licence: free to embed). */
    static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CaseReceipt() {
    }

    /** The receipt as PDF bytes (A5, one page). */
    public static byte[] pdf(String communeName, String trackingCode, CaseKind kind, Instant receivedAt, Instant dueAt,
                             String trackUrl, Language language) {
        boolean french = language == Language.FR;
        Texts t = french ? Texts.FRENCH : Texts.ARABIC;
        int direction = french ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
        try {
            BaseFont regular = font(FONT);
            BaseFont bold = font(BOLD_FONT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A5, 36, 36, 36, 36);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(t.title + " " + trackingCode);
            document.open();
            writer.setRunDirection(direction);
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(language.tag()));

            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setRunDirection(direction);
            table.addCell(cell(communeName, new Font(bold, 15), direction, Element.ALIGN_CENTER, 6));
            table.addCell(cell(t.title, new Font(bold, 13), direction, Element.ALIGN_CENTER, 14));
            table.addCell(cell(t.code, new Font(regular, 10), direction, Element.ALIGN_LEFT, 2));
            // The code is read aloud and typed in: large, and always left to right.
            table.addCell(cell(trackingCode, new Font(bold, 20), PdfWriter.RUN_DIRECTION_LTR, Element.ALIGN_CENTER, 12));
            for (List<String> line : List.of(
                    List.of(t.kind, t.kind(kind)),
                    List.of(t.received, DAY.format(receivedAt.atZone(CommuneTime.ZONE))),
                    List.of(t.due, DAY_TIME.format(dueAt.atZone(CommuneTime.ZONE))))) {
                table.addCell(cell(line.get(0) + " : " + line.get(1), new Font(regular, 11), direction, Element.ALIGN_LEFT, 6));
            }
            table.addCell(cell(t.track, new Font(regular, 11), direction, Element.ALIGN_LEFT, 2));
            table.addCell(cell(trackUrl, new Font(regular, 11), PdfWriter.RUN_DIRECTION_LTR, Element.ALIGN_CENTER, 12));
            table.addCell(cell(t.keep, new Font(regular, 9), direction, Element.ALIGN_LEFT, 2));
            document.add(table);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException broken) {
            throw new IllegalStateException("the receipt of " + trackingCode + " could not be written", broken);
        }
    }

    private static PdfPCell cell(String text, Font font, int direction, int alignment, float spacingAfter) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setRunDirection(direction);
        // Joined letters only: the optional ligatures (lam-meem, lam-hah...) are glyphs DejaVu Sans lacks, and would drop letters.
        cell.setArabicOptions(0);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(spacingAfter);
        return cell;
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = CaseReceipt.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("font " + resource + " missing from the class path"));
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
        }
    }

    /** The receipt's wording in each language. */
    private record Texts(String title, String code, String kind, String received, String due, String track, String keep,
                         String report, String complaint, String suggestion, String information) {

        static final Texts ARABIC = new Texts("وصل إيداع طلب", "رمز التتبع", "نوع الطلب", "تاريخ التوصل", "الأجل الأقصى للجواب",
                "لتتبع طلبكم، أدخلوا رمز التتبع في صفحة «تتبع طلبي»:",
                "احتفظوا بهذا الوصل: رمز التتبع هو وحده ما يسمح بتتبع طلبكم.",
                "تبليغ ألو المواطن", "شكاية", "اقتراح", "طلب الحصول على المعلومات (القانون 31.13)");
        static final Texts FRENCH = new Texts("Récépissé de dépôt", "Code de suivi", "Nature de la demande", "Date de réception",
                "Réponse au plus tard le", "Pour suivre votre demande, saisissez le code de suivi sur la page « Suivre ma demande » :",
                "Conservez ce récépissé : seul le code de suivi permet de suivre votre demande.",
                "Signalement Allo Citoyen", "Réclamation", "Suggestion", "Demande d'accès à l'information (loi 31.13)");

        String kind(CaseKind kind) {
            return switch (kind) {
                case REPORT -> report;
                case COMPLAINT -> complaint;
                case SUGGESTION -> suggestion;
                case INFORMATION -> information;
            };
        }
    }
}
