package ma.commune.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void formattingAndArabicTextSurvive() {
        String html = "<h2>الجماعة</h2><p dir=\"rtl\"><strong>مهم</strong> و <em>نص</em></p><ul><li>أ</li></ul>";
        assertEquals(html, sanitizer.sanitize(html));
    }

    @Test
    void scriptsHandlersStylesAndFramesAreRemoved() {
        String clean = sanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\">ok<script>alert(1)</script>"
                + "<iframe src=\"//evil\"></iframe><img src=x onerror=alert(1)></p>");
        assertEquals("<p>ok</p>", clean);
    }

    @Test
    void linksKeepOnlySafeProtocolsAndGetNoFollow() {
        String clean = sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a> <a href=\"https://www.maroc.ma\">y</a>");
        assertFalse(clean.contains("javascript"), clean);
        assertTrue(clean.contains("href=\"https://www.maroc.ma\" rel=\"noopener noreferrer nofollow\""), clean);
    }

    @Test
    void anEmptyEditorIsNoText() {
        assertNull(sanitizer.sanitize("<p><br></p>"));
        assertNull(sanitizer.sanitize("   "));
        assertNull(sanitizer.sanitize(null));
    }
}
