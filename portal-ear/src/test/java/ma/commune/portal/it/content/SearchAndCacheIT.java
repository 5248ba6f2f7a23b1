package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SiteSearch.SearchResults;
import ma.commune.portal.shared.boundary.SiteSearch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search across the windows and the cache of public pages, on the real server and database: the
 * forgiving Arabic matching gives the same results on H2 and MySQL (this class runs on both), a
 * publication empties the cache, and a cached page still gets its own CSP nonce.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class SearchAndCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(SearchAndCacheIT.class);
    }

    @EJB
    Publication publication;

    @EJB
    SiteSearch search;

    private void index(long id, String titleAr, String titleFr, String textAr, String textFr) {
        publication.published(new SearchDocument("news", id, "/news/" + id, LocalizedText.of(titleAr, titleFr),
                LocalizedText.of(textAr, textFr), Instant.parse("2026-01-0" + (id % 9 + 1) + "T10:00:00Z")));
    }

    private List<Long> found(String query) {
        return search.search(query, null, Language.AR, 0, 50).hits().stream()
                .filter(hit -> hit.path().startsWith("/news/99"))
                .map(hit -> Long.parseLong(hit.path().substring("/news/".length()))).toList();
    }

    @Test
    void arabicMatchingForgivesArticleHamzaTaaMarbutaAlefMaqsuraAndDiacritics() {
        index(990_001, "مجلس الجماعة يصادق على ميزانية السنة", "Le conseil adopte le budget", "نص أول عن الإنارة", "Premier texte");
        index(990_002, "إعلان عن مباراة", "Avis de concours", "تعلن الجماعة عن تنظيم مباراة في مستوى الإجازة", "Texte");
        index(990_003, "ورشة الصحة", "Atelier santé", "بَرْنامَجٌ للصِّحَّةِ المدرسية", "École et santé");

        assertTrue(found("جماعة").containsAll(List.of(990_001L, 990_002L)), "the article ال is not required");
        assertEquals(List.of(990_002L), found("اعلان"), "إ is ا");
        assertEquals(List.of(990_002L), found("مستوي"), "ى is ي");
        assertTrue(found("ميزانيه").contains(990_001L), "ة is ه");
        assertEquals(List.of(990_003L), found("برنامج"), "diacritics ignored");
        assertEquals(List.of(990_003L), found("ecole"), "French accents ignored");
        assertEquals(List.of(990_003L), found("ÉCOLE santé"), "every word must match");
    }

    @Test
    void aTitleMatchRanksFirstAndSnippetsMarkTheWords() {
        index(990_011, "نقل مرضى تصفية الكلي", "Transport des dialysés", "خدمة جديدة", "Nouveau service");
        index(990_012, "خبر عن النظافة", "Propreté", "تم تعزيز الأسطول بسيارة لنقل مرضى تصفية الكلي الى المستشفى", "Flotte renforcée");
        List<SiteSearch.SearchHit> hits = search.search("تصفية", null, Language.AR, 0, 10).hits();
        assertEquals("/news/990011", hits.get(0).path(), "title before text");
        SiteSearch.SearchHit second = hits.stream().filter(h -> h.path().equals("/news/990012")).findFirst().orElseThrow();
        assertTrue(second.snippet().stream().anyMatch(f -> f.match() && f.text().equals("تصفية")), second.snippet().toString());
    }

    @Test
    void withdrawnItemsAreNotFound() {
        index(990_021, "مهرجان الفروسية", "Festival de la fantasia", "نص", "Texte");
        assertEquals(List.of(990_021L), found("فروسيه"));
        publication.withdrawn("news", 990_021);
        assertTrue(found("فروسيه").isEmpty());
    }

    @Test
    void punctuationOrAHugeQueryIsAnsweredWithoutError() throws Exception {
        SearchResults punctuation = search.search("?!… ، ؛ ...", null, Language.FR, 0, 10);
        assertTrue(punctuation.isNothingAsked());
        search.search("ماء ".repeat(10_000), null, Language.AR, 0, 10);

        Browserless browser = new Browserless();
        HttpResponse<String> page = browser.get("/search?q=%3F%21%21&lang=fr");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Saisissez au moins un mot"), "asks for words");
        HttpResponse<String> huge = browser.get("/search?q=" + "a".repeat(10_000));
        assertEquals(200, huge.statusCode(), "a huge query gets a page");
        HttpResponse<String> long2 = browser.get("/search?q=" + "%D9%85%D8%A7%D8%A1+".repeat(400));
        assertEquals(200, long2.statusCode());
    }

    @Test
    void theSearchPageListsRankedResultsInBothLanguages() throws Exception {
        index(990_031, "الجماعة تطلق حملة التشجير", "La commune lance le reboisement", "غرس الأشجار في الأحياء", "Plantation d'arbres");
        HttpResponse<String> arabic = new Browserless().get("/search?q=%D8%AA%D8%B4%D8%AC%D9%8A%D8%B1&lang=ar");
        assertEquals(200, arabic.statusCode());
        assertTrue(arabic.body().contains("href=\"/news/990031\""), "found in Arabic");
        HttpResponse<String> french = new Browserless().get("/search?q=reboisement&lang=fr");
        assertTrue(french.body().contains("La commune lance le reboisement"), "French title shown in French");
    }

    @Test
    void cachedPagesGetTheirOwnNonceAndAPublicationEmptiesTheCache() throws Exception {
        Browserless browser = new Browserless();
        browser.get("/city?lang=fr");
        HttpResponse<String> first = new Browserless().get("/city?lang=fr");
        HttpResponse<String> second = new Browserless().get("/city?lang=fr");
        assertEquals("hit", second.headers().firstValue("X-Portal-Cache").orElse(""));
        String nonce1 = nonce(first);
        String nonce2 = nonce(second);
        assertNotEquals(nonce1, nonce2, "a nonce is never replayed");
        assertTrue(second.body().contains("nonce=\"" + nonce2 + "\"") || !second.body().contains("nonce="),
                "the page's scripts carry the response's nonce");
        assertFalse(second.body().contains("@@portal-nonce@@"));

        publication.changed();
        HttpResponse<String> after = new Browserless().get("/city?lang=fr");
        assertEquals("miss", after.headers().firstValue("X-Portal-Cache").orElse(""), "emptied on publication");

        Browserless staff = new Browserless();
        staff.login("editor", "BenGuerir-demo-2026");
        assertTrue(staff.get("/city?lang=fr").headers().firstValue("X-Portal-Cache").isEmpty(),
                "a staff member's request is neither served from nor kept in the cache");
    }

    @Test
    void aKeptPageLastsUntilTheGenerationChangesAlsoWhenAnotherServerChangedIt() throws Exception {
        new Browserless().get("/reports?lang=fr");
        assertEquals("hit", new Browserless().get("/reports?lang=fr").headers().firstValue("X-Portal-Cache").orElse(""));
        long before = generation();
        Thread.sleep(2_500);
        String after = new Browserless().get("/reports?lang=fr").headers().firstValue("X-Portal-Cache").orElse("");
        assertEquals("hit", after, "the copy outlives the generation checks while nothing changes (generation "
                + before + " then " + generation() + ")");

        // Another server instance publishes: only the shared counter tells this one.
        try (java.sql.Connection connection = database.getConnection();
             java.sql.Statement update = connection.createStatement()) {
            update.executeUpdate("UPDATE content_generation SET generation = generation + 1 WHERE id = 1");
        }
        Thread.sleep(1_500);
        assertEquals("miss", new Browserless().get("/reports?lang=fr").headers().firstValue("X-Portal-Cache").orElse(""),
                "emptied within a second of another instance's change");
    }

    @jakarta.annotation.Resource(lookup = "jdbc/portal")
    javax.sql.DataSource database;

    private long generation() throws java.sql.SQLException {
        try (java.sql.Connection connection = database.getConnection();
             java.sql.ResultSet row = connection.createStatement().executeQuery("SELECT generation FROM content_generation")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String nonce(HttpResponse<String> response) {
        Matcher matcher = Pattern.compile("'nonce-([^']+)'")
                .matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(matcher.find());
        return matcher.group(1);
    }

    @Test
    void theFirstLoadOfTheHomePageTransfersUnder300KilobytesCompressed() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> home = client.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + "/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        long total = home.body().length;
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""), "pages are compressed");
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(home.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Set<String> assets = new LinkedHashSet<>();
        Matcher links = Pattern.compile("<(?:link[^>]*rel=\"(?:stylesheet|icon)\"[^>]*href|script[^>]*src|img[^>]*src)=\"([^\"]+)\"").matcher(html);
        while (links.find()) {
            assets.add(links.group(1).replace("&amp;", "&"));
        }
        assertFalse(assets.isEmpty());
        StringBuilder report = new StringBuilder("/ ").append(total);
        for (String asset : assets) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + asset))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), asset);
            total += response.body().length;
            report.append(", ").append(asset).append(' ').append(response.body().length);
        }
        System.out.println("first load of /: " + total + " bytes: " + report);
        assertTrue(total < 300 * 1024, "first load of / is " + total + " bytes: " + report);
    }

    @Test
    void theOpenDataListIsJson() throws Exception {
        HttpResponse<String> list = new Browserless().get("/api/opendata/");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(list.body().contains("\"downloads\""));
        assertEquals(404, new Browserless().get("/api/opendata/no-such-set.csv").statusCode());
    }
}
