package ma.commune.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void theArticleIsNotRequired() {
        assertEquals(SearchText.words("جماعة"), SearchText.words("الجماعة"));
        assertEquals(SearchText.words("جماعة"), SearchText.words("والجماعة"));
        assertEquals(SearchText.words("جماعة"), SearchText.words("للجماعة"));
    }

    @Test
    void alefFormsTaaMarbutaAndAlefMaqsuraAreOne() {
        assertEquals(List.of("اعلان"), SearchText.words("إعلان"));
        assertEquals(List.of("اعلان"), SearchText.words("أعلان"));
        assertEquals(List.of("امنه"), SearchText.words("آمنة"));
        assertEquals(List.of("مستشفي"), SearchText.words("مستشفى"));
        assertEquals(SearchText.words("مدرسه"), SearchText.words("مدرسة"));
    }

    @Test
    void diacriticsAndTatweelAreIgnored() {
        assertEquals(SearchText.words("مدرسة"), SearchText.words("مَدْرَسَةٌ"));
        assertEquals(SearchText.words("جماعة"), SearchText.words("جمـــاعة"));
    }

    @Test
    void frenchIgnoresCaseAndAccents() {
        assertEquals(List.of("ecole", "hotel", "de", "ville"), SearchText.words("École, l'Hôtel de Ville"));
    }

    @Test
    void digitsAreWestern() {
        assertEquals(List.of("2024"), SearchText.words("٢٠٢٤"));
    }

    @Test
    void punctuationAloneIsNoQuery() {
        assertTrue(SearchText.queryWords("?!… ... ؟ ،").isEmpty());
        assertTrue(SearchText.queryWords(null).isEmpty());
    }

    @Test
    void aHugeQueryIsBounded() {
        assertTrue(SearchText.queryWords("ماء ".repeat(10_000)).size() <= SearchText.MAX_QUERY_WORDS);
        assertEquals(1, SearchText.queryWords("ماء ".repeat(10_000)).size());
    }

    @Test
    void wordsMatchByTheirBeginning() {
        String index = SearchText.indexForm("برنامج عمل الجماعة 2022-2027");
        assertTrue(SearchText.containsWordStartingWith(index, SearchText.words("جماعة").get(0)));
        assertTrue(SearchText.containsWordStartingWith(index, "برنام"));
    }
}
