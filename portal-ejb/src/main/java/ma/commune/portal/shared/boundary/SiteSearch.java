package ma.commune.portal.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ma.commune.portal.shared.entity.SearchEntry;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.SearchText;

/**
 * One search box across every window. The database narrows the published items to those whose
 * words start with every word asked (the forgiving forms of {@link SearchText}); the ranking and the
 * snippets are computed here, the same on H2 and MySQL: a word in the title counts most, then how
 * often the words occur, then the newest first.
 */
@Stateless
@PermitAll
public class SiteSearch {

    /** How many matching items are ranked at most; a resident refines a search rather than paging past this. */
    static final int CANDIDATES = 500;
    static final int SNIPPET_WORDS = 30;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public SearchResults search(String query, String kind, Language language, int first, int max) {
        List<String> words = SearchText.queryWords(query);
        if (words.isEmpty()) {
            return SearchResults.NOTHING_ASKED;
        }
        StringBuilder jpql = new StringBuilder("select e from SearchEntry e where 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and e.words like :w").append(i);
        }
        if (kind != null) {
            jpql.append(" and e.kind = :kind");
        }
        jpql.append(" order by e.date desc, e.id desc");
        TypedQuery<SearchEntry> candidates = em.createQuery(jpql.toString(), SearchEntry.class);
        for (int i = 0; i < words.size(); i++) {
            candidates.setParameter("w" + i, "% " + words.get(i) + "%");
        }
        if (kind != null) {
            candidates.setParameter("kind", kind);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (SearchEntry entry : candidates.setMaxResults(CANDIDATES).getResultList()) {
            // The database's collation may match more than the search forms do: the forms decide.
            if (words.stream().allMatch(word -> SearchText.containsWordStartingWith(entry.getWords(), word))) {
                ranked.add(new Ranked(entry, score(entry, words)));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(r -> r.entry().getDate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.entry().getKind())
                .thenComparingLong(r -> r.entry().getItemId()));
        List<SearchHit> hits = ranked.stream().skip(Math.max(0, first)).limit(Math.max(0, max))
                .map(r -> hit(r.entry(), words, language)).toList();
        return new SearchResults(words, ranked.size(), hits);
    }

    static int score(SearchEntry entry, List<String> words) {
        int score = 0;
        for (String word : words) {
            if (entry.getTitleWords().contains(" " + word + " ")) {
                score += 10;
            } else if (entry.getTitleWords().contains(" " + word)) {
                score += 6;
            }
            score += Math.min(5, occurrences(entry.getWords(), " " + word));
        }
        return score;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static SearchHit hit(SearchEntry entry, List<String> words, Language language) {
        LocalizedText.Localized title = entry.getTitle().in(language);
        LocalizedText.Localized text = entry.getText().in(language);
        List<SearchHit.Fragment> snippet = snippet(text.getText(), words);
        if (snippet.stream().noneMatch(SearchHit.Fragment::match)) {
            // The words may be in the other language's text only: show where they are.
            Language other = language == Language.FR ? Language.AR : Language.FR;
            LocalizedText.Localized otherText = entry.getText().in(other);
            List<SearchHit.Fragment> otherSnippet = snippet(otherText.getText(), words);
            if (otherSnippet.stream().anyMatch(SearchHit.Fragment::match)) {
                text = otherText;
                snippet = otherSnippet;
            }
        }
        return new SearchHit(entry.getKind(), entry.getPath(), title, text.getLang(), text.getDir(), snippet, entry.getDate());
    }

    /** About {@link #SNIPPET_WORDS} words of {@code text} around the first word that matches, matches marked. */
    static List<SearchHit.Fragment> snippet(String text, List<String> words) {
        List<SearchHit.Fragment> fragments = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return fragments;
        }
        String[] tokens = text.trim().split("\\s+");
        boolean[] matches = new boolean[tokens.length];
        int firstMatch = -1;
        for (int i = 0; i < tokens.length; i++) {
            for (String form : SearchText.words(tokens[i])) {
                if (words.stream().anyMatch(form::startsWith)) {
                    matches[i] = true;
                }
            }
            if (matches[i] && firstMatch < 0) {
                firstMatch = i;
            }
        }
        int from = firstMatch < 0 ? 0 : Math.max(0, firstMatch - SNIPPET_WORDS / 3);
        int to = Math.min(tokens.length, from + SNIPPET_WORDS);
        StringBuilder plain = new StringBuilder(from > 0 ? "… " : "");
        for (int i = from; i < to; i++) {
            if (matches[i]) {
                if (!plain.isEmpty()) {
                    fragments.add(new SearchHit.Fragment(plain.toString(), false));
                    plain.setLength(0);
                }
                fragments.add(new SearchHit.Fragment(tokens[i], true));
                plain.append(' ');
            } else {
                plain.append(tokens[i]).append(' ');
            }
        }
        if (to < tokens.length) {
            plain.append('…');
        }
        if (!plain.isEmpty()) {
            fragments.add(new SearchHit.Fragment(plain.toString(), false));
        }
        return fragments;
    }

    private record Ranked(SearchEntry entry, int score) {
    }

    /** What a search found: the words it looked for, how many items match, and the page asked for. */
    public record SearchResults(List<String> words, int total, List<SearchHit> hits) implements java.io.Serializable {
        public static final SearchResults NOTHING_ASKED = new SearchResults(List.of(), 0, List.of());

        public boolean isNothingAsked() {
            return words.isEmpty();
        }

        public int getTotal() {
            return total;
        }

        public List<SearchHit> getHits() {
            return hits;
        }
    }

    /** One found item: where it is, its title and a snippet of its text in fragments, matches marked. */
    public record SearchHit(String kind, String path, LocalizedText.Localized title, String textLang, String textDir,
                            List<Fragment> snippet, Instant date) implements java.io.Serializable {

        public String getKind() {
            return kind;
        }

        public String getPath() {
            return path;
        }

        public LocalizedText.Localized getTitle() {
            return title;
        }

        public String getTextLang() {
            return textLang;
        }

        public String getTextDir() {
            return textDir;
        }

        public List<Fragment> getSnippet() {
            return snippet;
        }

        public Instant getDate() {
            return date;
        }

        /** A piece of a snippet; {@code match} when it is a word that was searched for. */
        public record Fragment(String text, boolean match) implements java.io.Serializable {
            public String getText() {
                return text;
            }

            public boolean isMatch() {
                return match;
            }
        }
    }
}
