package ma.commune.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void eachLanguageGetsItsOwnText() {
        LocalizedText text = LocalizedText.of("مرحبا", "Bienvenue");
        assertEquals("مرحبا", text.in(Language.AR).text());
        assertEquals("Bienvenue", text.in(Language.FR).text());
        assertFalse(text.in(Language.FR).fallback());
    }

    @Test
    void aMissingTranslationFallsBackVisiblyWithItsRealLanguage() {
        LocalizedText arabicOnly = LocalizedText.of("دورة أكتوبر", " ");
        LocalizedText.Localized shown = arabicOnly.in(Language.FR);
        assertEquals("دورة أكتوبر", shown.text());
        assertTrue(shown.fallback());
        assertEquals("ar", shown.lang());
        assertEquals("rtl", shown.dir());
    }

    @Test
    void amazighContentFallsBackToArabicFirst() {
        LocalizedText.Localized shown = LocalizedText.of("نص", "texte").in(Language.ZGH);
        assertEquals("نص", shown.text());
        assertTrue(shown.fallback());
    }

    @Test
    void completenessNeedsBothLanguages() {
        assertTrue(LocalizedText.of("أ", "a").isComplete());
        assertFalse(LocalizedText.of("أ", null).isComplete());
        assertTrue(LocalizedText.of(null, "").isEmpty());
    }
}
