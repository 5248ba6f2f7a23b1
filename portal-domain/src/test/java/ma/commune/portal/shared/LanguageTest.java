package ma.commune.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void arabicIsTheDefaultWhenNothingIsAsked() {
        assertEquals(Language.AR, Language.resolve(null, null, null));
    }

    @Test
    void anUnknownLangParameterFallsBackToArabic() {
        assertEquals(Language.AR, Language.resolve("xx", null, null));
        assertEquals(Language.AR, Language.resolve("<script>", null, "de-DE"));
    }

    @Test
    void theExplicitChoiceWinsOverTheCookieAndTheBrowser() {
        assertEquals(Language.FR, Language.resolve("fr", "ar", "ar-MA"));
        assertEquals(Language.ZGH, Language.resolve("zgh", "fr", null));
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowser() {
        assertEquals(Language.FR, Language.resolve(null, "fr", "ar-MA,ar;q=0.9"));
    }

    @Test
    void acceptLanguageIsHonouredInQualityOrder() {
        assertEquals(Language.FR, Language.resolve(null, null, "de-DE,fr-FR;q=0.8,ar;q=0.5"));
        assertEquals(Language.AR, Language.resolve(null, null, "en;q=0.9,ar-MA;q=0.8,fr;q=0.7"));
        assertEquals(Language.AR, Language.resolve(null, null, "not a header;;;"));
    }

    @Test
    void arabicIsRightToLeftAndTheOthersAreNot() {
        assertTrue(Language.AR.rightToLeft());
        assertEquals("rtl", Language.AR.direction());
        assertFalse(Language.FR.rightToLeft());
        assertEquals("ltr", Language.ZGH.direction());
    }

    @Test
    void moroccanArabicFormattingUsesWesternDigits() {
        String number = NumberFormat.getNumberInstance(Language.AR.formattingLocale()).format(new BigDecimal("103000"));
        assertTrue(number.matches("[0-9.,\\u00a0\\u202f\\u066c]+"), number);
        String date = LocalDate.of(2026, 11, 18)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Language.AR.formattingLocale()));
        assertTrue(date.contains("2026") && date.contains("18"), date);
        assertTrue(date.contains("نونبر") || date.contains("نوفمبر"), date);
    }
}
