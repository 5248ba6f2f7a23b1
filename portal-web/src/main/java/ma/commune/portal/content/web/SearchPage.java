package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import ma.commune.portal.shared.boundary.SiteSearch;
import ma.commune.portal.shared.boundary.SiteSearch.SearchResults;
import ma.commune.portal.shared.boundary.ListQuery;
import ma.commune.portal.shared.web.CurrentLanguage;
import org.omnifaces.cdi.Param;

/**
 * {@code /search?q=...&kind=...&page=N}: one box across the windows, a bookmarkable page of ranked
 * results at a time. Any input is answered with a page: no words (punctuation only, empty) asks for
 * words; a very long text is cut to its first words.
 */
@Named
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 10;
    static final Set<String> KINDS = Set.of("news", "legal", "partnership", "project", "report", "service");

    @EJB
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    @Inject
    @Param(name = "q")
    String query;

    @Inject
    @Param(name = "kind")
    String kindParameter;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private SearchResults results = SearchResults.NOTHING_ASKED;

    public void load() {
        results = search.search(query, getKind(), language.get(), (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public String getQuery() {
        if (query == null) {
            return "";
        }
        return query.length() > 200 ? query.substring(0, 200) : query;
    }

    public boolean isAsked() {
        return query != null && !query.isBlank();
    }

    /** A known kind, or none (every window). */
    public String getKind() {
        return kindParameter != null && KINDS.contains(kindParameter) ? kindParameter : null;
    }

    public List<String> getKinds() {
        return List.of("news", "legal", "partnership", "project", "report", "service");
    }

    public SearchResults getResults() {
        return results;
    }

    public int getPage() {
        return Math.min(1000, ListQuery.page(pageParameter));
    }

    public int getPages() {
        return Math.max(1, (results.getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public boolean isHasNext() {
        return getPage() < getPages();
    }

    /** The query string of another page of the same search. */
    public String pageLink(int page) {
        StringBuilder link = new StringBuilder("?q=").append(java.net.URLEncoder.encode(getQuery(), java.nio.charset.StandardCharsets.UTF_8));
        if (getKind() != null) {
            link.append("&kind=").append(getKind());
        }
        return link.append("&page=").append(page).toString();
    }
}
