package ma.commune.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.ExifJpeg;
import ma.commune.portal.it.support.ResidentForms;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.entity.CaseStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymous visitors leave no state on the server (issue 12, finding 2): no public route opens an HTTP
 * session, neither on a GET nor when a resident's form or the login form is posted; only a staff login
 * starts one, under a new id. The residents' forms, being session-less, refuse a form posted from another
 * site (the browser says so in Sec-Fetch-Site or Origin) and save nothing.
 * <p>
 * The count is the web module's own session manager, read inside the server (the number Payara's
 * monitoring reports as {@code activesessionscurrent}), and the number of sessions it ever created.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class PublicSessionsIT {

    /** GETs of each route: 1,000 as the issue asks ({@code -Dit.sessions.gets} changes it when profiling). */
    private static final int GETS = Integer.getInteger("it.sessions.gets", 1000);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portal(PublicSessionsIT.class, PublicSessionsIT.Counter.class, ResidentForms.class,
                ResidentForms.File.class, ExifJpeg.class, SessionCount.class);
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "public-sessions-it-config.jar").addAsManifestResource(new StringAsset(
                "portal.requests.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1,::1\n"), "microprofile-config.properties"));
        return ear;
    }

    @Inject
    ServletContext servletContext;

    @EJB
    CaseEngine engine;

    @EJB
    RunAs.AsAdmin asAdmin;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** A client that keeps no cookie, as a crawler or a flood does: each request is a first visit. */
    private final HttpClient stranger = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Runs as a client (from outside the server): a sweep this long inside the server would outlast the
     * server's own request timeout (the in-container test is one request). The tracking pages that hold
     * the reopening and appeal forms need cases moved by staff: {@link #reopeningAndAppealingFromTheTrackingPageOpenNoSession}
     * sweeps them.
     */
    @Test
    @RunAsClient
    void aThousandAnonymousVisitsOfEveryPublicRouteOpenNoSession() throws Exception {
        Map<String, Integer> routes = publicRoutes();
        int[] before = sessionsSeenFromOutside();
        sweep(routes, this::sessionsSeenFromOutside, before);
        int[] after = sessionsSeenFromOutside();
        assertEquals(before[0], after[0], "no session is active that was not before");
        assertEquals(before[1], after[1], "no session was even created (and expired)");
    }

    /** {@link #GETS} GETs of each route, four clients at a time; the count checked after each route. */
    private void sweep(Map<String, Integer> routes, Counter sessions, int[] before) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (Map.Entry<String, Integer> route : routes.entrySet()) {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < GETS; i++) {
                    results.add(clients.submit(() -> visit(route.getKey(), route.getValue())));
                }
                for (Future<String> result : results) {
                    String wrong = result.get();
                    assertEquals(null, wrong, wrong);
                }
                assertEquals(before[0], sessions.get()[0], "active sessions after " + GETS + " GETs of " + route.getKey());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private interface Counter {
        int[] get() throws Exception;
    }

    @Test
    void residentsFormsTheirMistakesTheHoneypotAndAFailedLoginOpenNoSession() throws Exception {
        int[] before = sessions();
        ResidentForms resident = new ResidentForms("198.51.100.43");
        resident.get("/?lang=fr");
        HttpResponse<String> mistaken = resident.submit("/allo?category=LIGHTING", "request", report("", "amina.sessions@example.ma"),
                List.of(new ResidentForms.File("photo.jpg", "image/jpeg", ExifJpeg.photo())));
        assertEquals(200, mistaken.statusCode());
        assertTrue(hasFieldError(mistaken.body(), "request", "description"), "the message next to the field, from a page that kept no state");
        assertTrue(mistaken.body().contains("value=\"amina.sessions@example.ma\""), "what the resident typed is still there");
        assertNoSessionCookie(mistaken);
        // The form sent again from the page that said what was wrong (its own category, its own fields).
        HttpResponse<String> sent = resident.post(mistaken.body(), "request", report("Lampadaire éteint, rue 3.", "amina.sessions@example.ma"),
                List.of());
        assertEquals(302, sent.statusCode(), "accepted once corrected");
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("/received?code="), "with its tracking code");
        assertNoSessionCookie(sent);
        String code = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*code=", "");
        try (Connection c = database.getConnection()) {
            assertEquals("LIGHTING", text(c, "select rc.code from citizen_case cc join request_category rc on rc.id = cc.category_id"
                    + " where cc.tracking_code = ?", code), "the category came back with the corrected form");
        }

        ResidentForms bot = new ResidentForms("198.51.100.44");
        Map<String, String> spam = complaint("Buy cheap pills");
        spam.put("website", "http://spam.example");
        HttpResponse<String> caught = bot.submit("/complaint", "request", spam, List.of());
        assertEquals(302, caught.statusCode());
        assertNoSessionCookie(caught);

        Map<String, String> information = new LinkedHashMap<>(Map.of("description", "Le budget 2026.", "name", "Youssef",
                "nationalId", "", "email", "youssef.sessions@example.ma", "phone", "", "website", "", "consent", "on"));
        HttpResponse<String> noId = resident.submit("/information-request", "request", information, List.of());
        assertTrue(hasFieldError(noId.body(), "request", "nationalId"), "an information request's own field");
        assertNoSessionCookie(noId);

        HttpResponse<String> refused = new Browserless().login("nobody", "not-the-password");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("login:messages"), "the login page again, with its message");
        assertNoSessionCookie(refused);

        assertEquals(before[0], sessions()[0], "no session after residents' forms and a failed login");
        assertEquals(before[1], sessions()[1], "none created");
    }

    @Test
    void reopeningAndAppealingFromTheTrackingPageOpenNoSession() throws Exception {
        String resolved = resolvedReport("198.51.100.45");
        String answered = answeredInformationRequest("198.51.100.46");
        int[] before = sessions();
        assertTrue(body("/track?code=" + resolved).contains("id=\"reopen\""), "a resolved case's page holds the reopening form");
        assertTrue(body("/track?code=" + answered).contains("id=\"appeal\""), "an answered request's page holds the appeal form");
        Map<String, Integer> withForms = new LinkedHashMap<>();
        withForms.put("/track?code=" + resolved, 200);
        withForms.put("/track?code=" + answered, 200);
        withForms.put("/received?code=" + resolved, 200);
        sweep(withForms, this::sessions, before);
        ResidentForms resident = new ResidentForms("198.51.100.47");
        resident.get("/?lang=fr");
        HttpResponse<String> empty = resident.post(resident.get("/track?code=" + resolved).body(), "reopen",
                Map.of("text", "", "contact", "sessions.report@example.ma"), List.of());
        assertEquals(200, empty.statusCode());
        assertTrue(hasFieldError(empty.body(), "reopen", "text"), "the message next to the reason");
        HttpResponse<String> reopened = resident.post(empty.body(), "reopen",
                Map.of("text", "La lampe clignote encore.", "contact", "sessions.report@example.ma"), List.of());
        assertEquals(302, reopened.statusCode());
        assertTrue(resident.follow(reopened).body().contains("Votre demande est rouverte"));
        HttpResponse<String> appealed = resident.post(resident.get("/track?code=" + answered).body(), "appeal",
                Map.of("text", "Il manque les annexes.", "contact", "sessions.info@example.ma"), List.of());
        assertEquals(302, appealed.statusCode());
        assertNoSessionCookie(empty);
        assertNoSessionCookie(reopened);
        assertNoSessionCookie(appealed);
        try (Connection c = database.getConnection()) {
            assertEquals("IN_PROGRESS", text(c, "select status from citizen_case where tracking_code = ?", resolved));
            assertEquals("APPEALED", text(c, "select status from citizen_case where tracking_code = ?", answered));
        }
        assertEquals(before[0], sessions()[0], "no session after reopening and appealing");
        assertEquals(before[1], sessions()[1], "none created");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndSavesNothing() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.48");
        resident.get("/?lang=fr");
        long cases = count("select count(*) from citizen_case");
        String page = resident.get("/complaint").body();
        for (String[] forged : new String[][] {{"Origin", "http://evil.example"}, {"Sec-Fetch-Site", "cross-site"},
            {"Sec-Fetch-Site", "same-site", "Origin", "http://shop." + URI.create(Browserless.BASE).getHost()}, {"Origin", "null"}}) {
            HttpResponse<String> refused = resident.post(page, "request", complaint("Réclamation envoyée par un autre site."), List.of(), forged);
            assertEquals(403, refused.statusCode(), String.join(" ", forged));
            assertTrue(refused.body().contains("Formulaire envoyé depuis un autre site"), "a page that says why, in the resident's language");
            assertNoSessionCookie(refused);
        }
        assertEquals(cases, count("select count(*) from citizen_case"), "nothing saved");
        // The login form too (no one is logged in by another site's form).
        Map<String, String> login = new LinkedHashMap<>();
        String loginPage = new Browserless().get("/login").body();
        login.put("login", "login");
        login.put("login:username", "editor");
        login.put("login:password", "BenGuerir-demo-2026");
        login.put("login:continue", "");
        login.put("login:submit", "login");
        login.put("jakarta.faces.ViewState", Browserless.viewState(loginPage));
        login.put("primefaces.nonce", Browserless.hidden(loginPage, "primefaces.nonce"));
        HttpResponse<String> forgedLogin = new Browserless().post("/login", login, "Sec-Fetch-Site", "cross-site");
        assertEquals(403, forgedLogin.statusCode());
        assertNoSessionCookie(forgedLogin);

        // What a browser sends from the portal's own page goes through.
        HttpResponse<String> own = resident.post(page, "request", complaint("Réclamation depuis la page du portail."), List.of(),
                "Sec-Fetch-Site", "same-origin", "Origin", Browserless.BASE);
        assertEquals(302, own.statusCode());
        HttpResponse<String> older = resident.post(resident.get("/complaint").body(), "request", complaint("Depuis un navigateur ancien."),
                List.of(), "Origin", Browserless.BASE);
        assertEquals(302, older.statusCode(), "a browser that sends only Origin, the portal's own");
        assertEquals(cases + 2, count("select count(*) from citizen_case"));
        HttpResponse<String> loggedIn = new Browserless().post("/login", login, "Sec-Fetch-Site", "same-origin");
        assertEquals(302, loggedIn.statusCode(), "a login from the portal's own page");
    }

    @Test
    void onlyAStaffLoginStartsASessionAndItsIdChangesAtEveryLogin() throws Exception {
        int[] before = sessions();
        Browserless staff = new Browserless();
        HttpResponse<String> page = staff.get("/login?continue=%2Fadmin%2F");
        assertNoSessionCookie(page);
        HttpResponse<String> editor = staff.login("editor", "BenGuerir-demo-2026");
        assertEquals(302, editor.statusCode());
        String first = sessionId(editor);
        assertEquals(before[0] + 1, sessions()[0], "the login started one session");
        assertEquals(200, staff.get("/admin/").statusCode());

        // Logging in again from a session (another account, the same browser): a new id, the old one worthless.
        HttpResponse<String> admin = staff.login("admin", System.getProperty("it.adminPassword", "It-admin-password-1"));
        assertEquals(302, admin.statusCode());
        String second = sessionId(admin);
        assertNotEquals(first, second, "the session id changes at login");
        assertEquals(200, staff.get("/admin/identity/accounts").statusCode(), "the new id carries the new login");
        HttpResponse<String> old = stranger.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + "/admin/"))
                .header("Cookie", "JSESSIONID=" + first).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, old.statusCode(), "the id from before the login opens nothing");
        assertTrue(sessions()[0] <= before[0] + 1, "still at most the one session of this browser");
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Every public route: the pages of webapp/ and the README's addresses, with their filters, one item
     * page of each window (found on its list), the forms in every state they render in, the machine
     * interfaces, feeds, files and assets, and what an anonymous visitor gets from the back office (the
     * way to the login) and from an unknown address (404). The expected status of each. (A case's tracking
     * page with its forms and its confirmation are swept with the cases that show them.)
     */
    private Map<String, Integer> publicRoutes() throws Exception {
        Map<String, Integer> routes = new LinkedHashMap<>();
        for (String page : List.of("/", "/?lang=fr", "/city", "/news", "/council", "/council/sessions",
                "/council/committees", "/legal", "/legal?type=DECISION", "/partnerships", "/projects", "/reports", "/services",
                "/tenders", "/contracts", "/budget", "/allo", "/allo?category=LIGHTING", "/allo?category=AMBULANCE",
                "/allo?category=NO-SUCH", "/allo/accountability", "/complaint", "/complaint?kind=SUGGESTION", "/information-request",
                "/track", "/track?code=XX-0000-00000", "/received", "/login", "/login?continue=%2Fadmin%2F", "/search?q=budget",
                "/open-data", "/privacy", "/legal-notice", "/accessibility")) {
            routes.put(page, 200);
        }
        Pattern item = Pattern.compile("href=\"(/(?:news|legal|partnerships|projects|reports|services|council/sessions|council/meetings"
                + "|council/committees|tenders|contracts)/[^\"?#/]+)\"");
        // One item of each kind, as the lists (and the committees' page, for the meetings) link them.
        Map<String, String> items = new LinkedHashMap<>();
        for (String list : List.of("/news", "/legal", "/partnerships", "/projects", "/reports", "/services", "/council/sessions",
                "/council/committees", "/tenders", "/contracts")) {
            Matcher m = item.matcher(body(list));
            while (m.find()) {
                items.putIfAbsent(m.group(1).substring(0, m.group(1).lastIndexOf('/')), m.group(1));
            }
        }
        items.values().forEach(path -> routes.put(path, 200));
        assertTrue(routes.keySet().stream().anyMatch(r -> r.startsWith("/news/")), "item pages were found: " + routes.keySet());
        for (String machine : List.of("/feeds/news.atom", "/feeds/tenders.atom", "/api/open311/v2/discovery.json",
                "/api/open311/v2/services.json", "/api/open311/v2/requests.json", "/api/oparl/v1/system",
                "/api/council/sessions.ics", "/api/ocds/releases", "/api/opendata/projects.csv", "/health",
                "/resources/css/portal.css", "/resources/img/arms.svg")) {
            routes.put(machine, 200);
        }
        // A published file, by the key the news list links it with (files have no sequential address).
        Matcher file = Pattern.compile("/files/[0-9a-f]{32}").matcher(body("/news"));
        assertTrue(file.find(), "the news list links a file");
        routes.put(file.group(), 200);
        routes.put("/admin/", 302);
        routes.put("/admin/requests/inbox", 302);
        routes.put("/no-such-page", 404);
        return routes;
    }

    /** One GET as a first-time visitor: null when it answered as expected and without a session cookie. */
    private String visit(String path, int status) throws Exception {
        HttpResponse<Void> response = stranger.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != status) {
            return path + " answered " + response.statusCode() + ", not " + status;
        }
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.toUpperCase().contains("JSESSIONID")) {
                return path + " opened a session: " + cookie;
            }
        }
        return null;
    }

    private String body(String path) throws Exception {
        HttpResponse<String> response = stranger.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** {active sessions, sessions ever created} of this web module ({@link SessionCount}), inside the server. */
    private int[] sessions() throws Exception {
        // CDI hands a client proxy of the ServletContext: the count is read behind it.
        Object context = servletContext;
        try {
            java.lang.reflect.Method getMetadata = context.getClass().getMethod("getMetadata");
            getMetadata.setAccessible(true);
            Object metadata = getMetadata.invoke(context);
            java.lang.reflect.Method instance = metadata.getClass().getMethod("getContextualInstance");
            instance.setAccessible(true);
            context = instance.invoke(metadata);
        } catch (NoSuchMethodException notAProxy) {
            // The context itself.
        }
        return SessionCount.of(context);
    }

    /** The same count from outside the server, through the test deployment's {@link SessionCount}. */
    private int[] sessionsSeenFromOutside() throws Exception {
        String[] counts = stranger.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + "/api/it-sessions")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().strip().split(" ");
        return new int[] {Integer.parseInt(counts[0]), Integer.parseInt(counts[1])};
    }

    private static boolean hasFieldError(String html, String form, String field) {
        Matcher m = Pattern.compile("<span id=\"" + form + "-" + field + "-error\" class=\"field-error\">(.*?)</span>\\s*</", Pattern.DOTALL)
                .matcher(html);
        return m.find() && !m.group(1).replaceAll("<[^>]*>", "").isBlank();
    }

    private static void assertNoSessionCookie(HttpResponse<?> response) {
        assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.toUpperCase().contains("JSESSIONID")),
                "no session cookie: " + response.headers().allValues("Set-Cookie"));
    }

    private static String sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("the login sets the session cookie: " + response.headers().map()));
    }

    private String resolvedReport(String address) throws Exception {
        ResidentForms resident = new ResidentForms(address);
        HttpResponse<String> sent = resident.submit("/allo?category=LIGHTING", "request", report("Lampadaire éteint, place du marché.",
                "sessions.report@example.ma"), List.of());
        assertEquals(302, sent.statusCode());
        String code = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*code=", "");
        asAdmin.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.IN_PROGRESS, null);
            engine.move(code, CaseStatus.RESOLVED, null);
            return null;
        });
        return code;
    }

    private String answeredInformationRequest(String address) throws Exception {
        ResidentForms resident = new ResidentForms(address);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("description", "Le procès-verbal de la session de mai.", "name",
                "Youssef Demandeur", "nationalId", "AB123456", "email", "sessions.info@example.ma", "phone", "", "website", "",
                "consent", "on"));
        HttpResponse<String> sent = resident.submit("/information-request", "request", fields, List.of());
        assertEquals(302, sent.statusCode());
        String code = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*code=", "");
        asAdmin.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.ANSWERED, null);
            return null;
        });
        return code;
    }

    private static Map<String, String> report(String description, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put("latitude", "32.236000");
        fields.put("longitude", "-7.954000");
        fields.put("district", "");
        fields.put("address", "");
        fields.put("name", "");
        fields.put("email", email);
        fields.put("phone", "");
        fields.put("website", "");
        fields.put("consent", "on");
        return fields;
    }

    private static Map<String, String> complaint(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "COMPLAINT");
        fields.put("description", text);
        fields.put("name", "");
        fields.put("email", "resident.sessions@example.ma");
        fields.put("phone", "");
        fields.put("website", "");
        fields.put("consent", "on");
        return fields;
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql, String parameter) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }
}
