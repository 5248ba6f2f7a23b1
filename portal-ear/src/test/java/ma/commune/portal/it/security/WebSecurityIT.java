package ma.commune.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal seen from outside, over HTTP: pages, languages, headers, and who may enter the back office. */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
public class WebSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    @Test
    void theHomePageIsArabicRightToLeftWithNewsAndNoSession() throws Exception {
        HttpResponse<String> home = new Browserless().get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"ar\" dir=\"rtl\""), "html lang/dir");
        assertTrue(home.body().contains("جماعة ابن جرير"));
        assertTrue(home.body().contains("class=\"card news-card\""), "the latest news");
        assertTrue(home.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a resident's page opens no session");
    }

    @Test
    void languagesSwitchByParameterCookieAndBrowser() throws Exception {
        Browserless browser = new Browserless();
        HttpResponse<String> french = browser.get("/city?lang=fr");
        assertTrue(french.body().contains("lang=\"fr\" dir=\"ltr\""));
        assertTrue(french.body().contains("Commune de Ben Guerir"));
        assertTrue(browser.get("/").body().contains("lang=\"fr\""), "the choice is remembered in a cookie");
        assertTrue(new Browserless().get("/", "Accept-Language", "fr-FR,fr;q=0.9").body().contains("lang=\"fr\""));
        assertTrue(new Browserless().get("/?lang=zgh").body().contains("lang=\"zgh\""));
        assertTrue(new Browserless().get("/?lang=klingon").body().contains("lang=\"ar\" dir=\"rtl\""), "unknown: Arabic");
        assertTrue(new Browserless().get("/news?page=1").body().contains("href=\"/news?page=1&amp;lang=fr\""),
                "the language switch keeps the page and its query");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        String csp = new Browserless().get("/city").headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = csp.substring(csp.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), csp);
        assertTrue(scripts.contains("'nonce-"), csp);
    }

    @Test
    void unknownPagesAndDraftsAreRealNotFoundPages() throws Exception {
        HttpResponse<String> unknown = new Browserless().get("/no-such-page");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("site-header"), "the 404 page is in the portal's layout");
        assertEquals(404, new Browserless().get("/city/extra").statusCode());
        assertEquals(404, new Browserless().get("/news/999999").statusCode());
        assertEquals(404, new Browserless().get("/news/not-a-number").statusCode());
        // The demo's drafts (the last two articles of the demo content) are never public.
        HttpResponse<String> list = new Browserless().get("/news");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("/news/11\"") || list.body().contains("/news/12\""), "drafts are not listed");
        assertEquals(404, new Browserless().get("/news/12").statusCode());
    }

    @Test
    void anonymousVisitorsCannotReachTheBackOffice() throws Exception {
        for (String path : new String[] {"/admin/", "/admin/content/news", "/admin/identity/accounts", "/admin/identity/audit"}) {
            HttpResponse<String> response = new Browserless().get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login"), path);
        }
    }

    @Test
    void aWrongPasswordGetsOneGenericMessage() throws Exception {
        HttpResponse<String> refused = new Browserless().login("editor", "not-the-password");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("اسم المستخدم أو كلمة المرور غير صحيحة") || refused.body().contains("login:messages"),
                "the login page again, with its message");
        HttpResponse<String> unknownUser = new Browserless().login("nobody", "not-the-password");
        assertEquals(messages(refused.body()), messages(unknownUser.body()), "same message for an unknown user");
    }

    @Test
    void anEditorEntersTheBackOfficeButNotAccountManagement() throws Exception {
        Browserless editor = new Browserless();
        HttpResponse<String> login = editor.login("editor", "BenGuerir-demo-2026");
        assertEquals(302, login.statusCode(), "a successful login redirects");
        assertEquals(200, editor.get("/admin/").statusCode());
        assertEquals(200, editor.get("/admin/content/news").statusCode());
        assertEquals(403, editor.get("/admin/identity/accounts").statusCode());
        assertEquals(403, editor.get("/admin/identity/audit").statusCode());
    }

    @Test
    void theAdministratorManagesAccounts() throws Exception {
        Browserless admin = new Browserless();
        assertEquals(302, admin.login("admin", System.getProperty("it.adminPassword", "It-admin-password-1")).statusCode());
        HttpResponse<String> accounts = admin.get("/admin/identity/accounts");
        assertEquals(200, accounts.statusCode());
        assertTrue(accounts.body().contains("editor"));
    }

    @Test
    void filesArePublicOnlyThroughPublishedContentAndPreviewsAreForEditors() throws Exception {
        // The demo's first article is published with its drawn illustration, linked by its key.
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/files/([0-9a-f]{32})\"").matcher(new Browserless().get("/news").body());
        assertTrue(link.find(), "the news list links its images by key");
        HttpResponse<String> image = new Browserless().get("/files/" + link.group(1));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, new Browserless().get("/files/1").statusCode(), "never by a sequential id");
        assertEquals(404, new Browserless().get("/files/" + "f".repeat(32)).statusCode());

        HttpResponse<String> anonymousPreview = new Browserless().get("/admin/content/files/" + link.group(1));
        assertEquals(302, anonymousPreview.statusCode());
        Browserless editor = new Browserless();
        editor.login("editor", "BenGuerir-demo-2026");
        assertEquals(200, editor.get("/admin/content/files/" + link.group(1)).statusCode(), "editors preview their content's images");
    }

    @Test
    void theLoginContinuesToThePageAskedWithItsQuery() throws Exception {
        HttpResponse<String> asked = new Browserless().get("/admin/content/news-edit?id=1");
        assertEquals(302, asked.statusCode());
        assertTrue(asked.headers().firstValue("Location").orElse("").endsWith("/login?continue=%2Fadmin%2Fcontent%2Fnews-edit%3Fid%3D1"),
                asked.headers().firstValue("Location").orElse(""));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> health = new Browserless().get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"portal\"") && health.body().contains("\"UP\""), health.body());
    }

    /**
     * Every back-office page (the views under portal-web's webapp/admin), spelled every way a client may
     * spell it, is refused (403, the refusal page) to each role its area does not admit: a trailing slash,
     * a path parameter, a doubled or encoded slash, upper case, extra path segments (issue 12, finding 7:
     * the trailing slash ran the legal calendar's page for an agent, up to the service layer's refusal).
     */
    @Test
    void everySpellingOfABackOfficePageIsRefusedToTheRolesItsAreaDoesNotAdmit() throws Exception {
        Map<String, Browserless> staff = new LinkedHashMap<>();
        for (String[] account : new String[][] {{"EDITOR", "editor"}, {"SECRETARIAT", "secretariat"}, {"AGENT", "agent"},
                {"INFORMATION_OFFICER", "information"}, {"FINANCE", "finance"}}) {
            Browserless person = new Browserless();
            assertEquals(302, person.login(account[1], "BenGuerir-demo-2026").statusCode(), account[1]);
            staff.put(account[0], person);
        }
        List<String> pages = backOfficePages();
        assertTrue(pages.contains("/admin/requests/calendar") && pages.size() > 30, pages.toString());
        List<String> admitted = new ArrayList<>();
        for (String page : pages) {
            Set<String> allowed = admittedTo(page);
            for (String spelling : spellings(page)) {
                for (Map.Entry<String, Browserless> person : staff.entrySet()) {
                    if (allowed.contains(person.getKey())) {
                        continue;
                    }
                    HttpResponse<String> answer = person.getValue().get(spelling);
                    if (answer.statusCode() != 403 || !answer.body().contains("class=\"error-page\"")) {
                        admitted.add(person.getKey() + " " + spelling + " -> " + answer.statusCode());
                    }
                }
            }
        }
        assertTrue(admitted.isEmpty(), admitted.size() + " spellings not refused:\n" + String.join("\n", admitted));
    }

    /** The back-office views, as their extension-less addresses, from the sources of the web module. */
    private static List<String> backOfficePages() throws IOException {
        Path admin = Path.of(System.getProperty("user.dir")).resolve("../portal-web/src/main/webapp/admin").normalize();
        try (Stream<Path> files = Files.walk(admin)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/admin/" + admin.relativize(f).toString().replace('\\', '/').replaceAll("\\.xhtml$", ""))
                    .filter(p -> !p.equals("/admin/index")).sorted().toList();
        }
    }

    /** The roles web.xml admits to a page's area (the most specific constraint wins). */
    private static Set<String> admittedTo(String page) {
        if (page.equals("/admin/requests/calendar") || page.equals("/admin/requests/api-keys")
                || page.equals("/admin/requests/outbox") || page.equals("/admin/requests/retention")
                || page.equals("/admin/requests/rights") || page.startsWith("/admin/identity/")) {
            return Set.of("ADMIN");
        }
        if (page.startsWith("/admin/content/")) {
            return Set.of("ADMIN", "EDITOR");
        }
        if (page.startsWith("/admin/council/")) {
            return Set.of("ADMIN", "SECRETARIAT");
        }
        if (page.startsWith("/admin/requests/")) {
            return Set.of("ADMIN", "AGENT", "INFORMATION_OFFICER");
        }
        if (page.startsWith("/admin/imports/") || page.startsWith("/admin/procurement/")) {
            return Set.of("ADMIN", "FINANCE");
        }
        throw new AssertionError("a back-office page of no known area: " + page + " (add its area here and to web.xml)");
    }

    private static List<String> spellings(String page) {
        int last = page.lastIndexOf('/');
        String parent = page.substring(0, last);
        String name = page.substring(last + 1);
        return List.of(page, page + ".xhtml", page + "/", page + ";x", page + "/x", parent + "//" + name, parent + "%2F" + name,
                parent + "/" + name.toUpperCase(Locale.ROOT), page.toUpperCase(Locale.ROOT), "/" + page.substring(1, 2).toUpperCase(Locale.ROOT) + page.substring(2));
    }

    private static String messages(String html) {
        int start = html.indexOf("id=\"login:messages\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</ul>", start) < 0 ? start : html.indexOf("</ul>", start));
    }
}
