package ma.commune.portal.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.commune.portal.shared.boundary.SiteSearch.SearchHit.Fragment;
import ma.commune.portal.shared.entity.SearchEntry;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.SearchText;
import org.junit.jupiter.api.Test;

class SiteSearchTest {

    private static SearchEntry entry(String titleAr, String textAr) {
        SearchEntry entry = new SearchEntry("news", 1);
        entry.index("/news/1", LocalizedText.of(titleAr, "Titre"), LocalizedText.of(textAr, "Texte"), null);
        return entry;
    }

    @Test
    void aWordOfTheTitleWeighsMoreThanWordsOfTheText() {
        List<String> words = SearchText.queryWords("ملعب");
        int inTitle = SiteSearch.score(entry("افتتاح الملعب البلدي", "نص"), words);
        int inText = SiteSearch.score(entry("افتتاح", "افتتح الملعب والملعب الثاني"), words);
        assertTrue(inTitle > inText, inTitle + " > " + inText);
    }

    @Test
    void theSnippetShowsTheTextAroundTheFirstMatchWithMatchesMarked() {
        String text = "كلمة ".repeat(40) + "الجماعة " + "نهاية ".repeat(40);
        List<Fragment> snippet = SiteSearch.snippet(text, SearchText.queryWords("جماعة"));
        assertTrue(snippet.get(0).text().startsWith("…"), "cut before");
        assertEquals(1, snippet.stream().filter(Fragment::match).count());
        assertEquals("الجماعة", snippet.stream().filter(Fragment::match).findFirst().orElseThrow().text());
        assertTrue(snippet.get(snippet.size() - 1).text().endsWith("…"), "cut after");
    }

    @Test
    void aTextWithoutTheWordsStartsAtItsBeginning() {
        List<Fragment> snippet = SiteSearch.snippet("أول الكلام ثم الباقي", SearchText.queryWords("غائب"));
        assertEquals(1, snippet.size());
        assertTrue(snippet.get(0).text().startsWith("أول"));
    }
}
