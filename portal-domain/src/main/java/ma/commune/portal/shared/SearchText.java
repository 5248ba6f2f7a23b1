package ma.commune.portal.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forgiving form of a text that search compares, the same on every database because it is
 * computed here, not by a collation: Arabic without diacritics or tatweel, one alef (أ إ آ ٱ → ا),
 * taa marbuta as haa (ة → ه), alef maqsura as yaa (ى → ي), without the article ال (nor its
 * prefixed forms وال بال كال فال لل); Latin letters lower case without accents; Arabic-Indic digits as
 * 0–9; everything else a separator. Searching {@code جماعة} thus finds {@code الجماعة}, and
 * {@code ecole} finds {@code École}.
 */
public final class SearchText {

    /** A query keeps at most this many words; more say nothing more about what is looked for. */
    public static final int MAX_QUERY_WORDS = 8;

    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640\\u06D6-\\u06ED\\p{M}]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String[] LONG_ARTICLES = {"وال", "بال", "كال", "فال"};

    private SearchText() {
    }

    /** The words of {@code text} in their search form, in order, words of one letter left out. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (String word : SEPARATORS.split(fold(text))) {
            String stem = withoutArticle(word);
            if (stem.length() > 1) {
                words.add(stem);
            }
        }
        return words;
    }

    /** The words of a query, each once, at most {@link #MAX_QUERY_WORDS}; none for punctuation only. */
    public static List<String> queryWords(String query) {
        if (query == null) {
            return List.of();
        }
        // A search box is for words: a pasted page is cut, not scanned.
        String bounded = query.length() > 200 ? query.substring(0, 200) : query;
        Set<String> unique = new LinkedHashSet<>(words(bounded));
        return unique.stream().limit(MAX_QUERY_WORDS).toList();
    }

    /** The search form of a whole text: its words separated by single spaces, with a space at each end. */
    public static String indexForm(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }

    /** Whether one of the words of the index form starts with {@code word}. */
    public static boolean containsWordStartingWith(String indexForm, String word) {
        return indexForm.contains(" " + word);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("");
        // NFKD splits آ أ إ into alef + a combining hamza or madda, which MARKS has removed.
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(switch (c) {
                case '\u0671' -> '\u0627';
                case '\u0629' -> '\u0647';
                case '\u0649' -> '\u064A';
                default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            });
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String withoutArticle(String word) {
        for (String article : LONG_ARTICLES) {
            if (word.startsWith(article) && word.length() >= article.length() + 2) {
                return word.substring(article.length());
            }
        }
        if ((word.startsWith("ال") || word.startsWith("لل")) && word.length() >= 4) {
            return word.substring(2);
        }
        return word;
    }
}
