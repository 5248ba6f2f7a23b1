package ma.commune.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server as an attacker meets it (issue 12, findings 6, 10, 11, 12 and 13): session ids in addresses,
 * what the headers and error pages give away, the operations endpoints, the cookies' flags behind an HTTPS
 * proxy, and the Payara domain's own doors (its admin listener, JMX, IIOP, the data grid).
 * <p>
 * The deployment trusts the loopback as a reverse proxy (its own MicroProfile Config), so that a request
 * from 127.0.0.1 with {@code X-Forwarded-Proto: https} is one that came through HTTPS; the same request
 * sent to the machine's other address is a stranger's.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class ServerHardeningIT {

    private static final String DEMO = "BenGuerir-demo-2026";
    private static final String ADMIN = System.getProperty("it.adminPassword", "It-admin-password-1");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portal();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "server-hardening-it-config.jar").addAsManifestResource(new StringAsset(
                "portal.requests.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1,::1\n"), "microprofile-config.properties"));
        return ear;
    }

    // ---- 6. session ids in addresses

    @Test
    void aSessionIdInTheAddressIsNoSession() throws Exception {
        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", DEMO).statusCode());
        String id = editor.cookie("JSESSIONID");
        assertNotNull(id, "the login gave a session cookie");
        assertEquals(200, editor.get("/admin/").statusCode(), "the cookie is a session");
        for (String path : List.of("/admin/;jsessionid=" + id, "/admin/content/news;jsessionid=" + id,
                "/admin/content/news;jsessionid=" + id + "?x=1")) {
            HttpResponse<String> stranger = new Browserless().get(path);
            assertNotEquals(200, stranger.statusCode(), path + " must not open the back office");
            assertFalse(stranger.body().contains("logout"), path);
            String location = stranger.headers().firstValue("Location").orElse("");
            assertFalse(location.contains(id), "the id is not carried on: " + location);
            if (stranger.statusCode() == 302 && !location.contains("/login")) {
                // The address without its session id, which then asks for a login.
                HttpResponse<String> followed = new Browserless().get(URI.create(location).getRawPath());
                assertEquals(302, followed.statusCode(), location);
                assertTrue(followed.headers().firstValue("Location").orElse("").contains("/login"), location);
            }
        }
        assertEquals(200, editor.get("/admin/").statusCode(), "the session itself is untouched");
    }

    // ---- 10. versions disclosed, error pages

    @Test
    void noAnswerNamesTheServerOrItsVersion() throws Exception {
        for (String path : List.of("/", "/api/ocds/releases", "/no-such-page", "/health", "/api/admin/imports/executions/1")) {
            HttpResponse<String> response = new Browserless().get(path);
            assertEquals(Optional.empty(), response.headers().firstValue("Server"), path);
            assertEquals(Optional.empty(), response.headers().firstValue("X-Powered-By"), path);
            assertFalse(response.body().contains("Payara") || response.body().contains("GlassFish"), path + ": " + response.body());
        }
    }

    @Test
    void apiErrorsAreJsonInTheShapeOfTheirApi() throws Exception {
        // The operations API: {"error": key, "message": text}, its challenge kept.
        HttpResponse<String> anonymous = new Browserless().get("/api/admin/imports/executions/1");
        assertEquals(401, anonymous.statusCode());
        assertJson(anonymous);
        assertTrue(anonymous.body().matches("\\{\"error\":\"[a-zA-Z.]+\",\"message\":\".+\"}"), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"), "the challenge stays");
        HttpResponse<String> editor = new Browserless().get("/api/admin/imports/executions/1", "Authorization", basic("editor", DEMO));
        assertEquals(403, editor.statusCode());
        assertJson(editor);
        assertTrue(editor.body().startsWith("{\"error\":"), editor.body());

        // OCDS and OParl: {"type": ..., "message": ...}.
        HttpResponse<String> notAllowed = send("DELETE", "/api/ocds/releases", null, null);
        assertEquals(405, notAllowed.statusCode());
        assertJson(notAllowed);
        assertTrue(notAllowed.body().startsWith("{\"type\":\"MethodNotAllowed\""), notAllowed.body());
        HttpResponse<String> unknown = new Browserless().get("/api/oparl/v1/no-such-thing");
        assertEquals(404, unknown.statusCode());
        assertJson(unknown);
        assertTrue(unknown.body().startsWith("{\"type\":\"NotFound\""), unknown.body());

        // Open311: the standard's errors, in the format asked for.
        HttpResponse<String> malformed = send("POST", "/api/open311/v2/requests.json", "application/x-www-form-urlencoded", "%zz=1");
        assertEquals(400, malformed.statusCode());
        assertJson(malformed);
        assertTrue(malformed.body().startsWith("[{\"code\":400,\"description\":"), malformed.body());
        HttpResponse<String> unsupported = send("POST", "/api/open311/v2/requests.json", "application/json", "{}");
        assertEquals(415, unsupported.statusCode());
        assertTrue(unsupported.body().startsWith("[{\"code\":415,"), unsupported.body());
        HttpResponse<String> xml = new Browserless().get("/api/open311/v2/no-such-thing.xml");
        assertEquals(404, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), xml.headers().map().toString());
        assertTrue(xml.body().contains("<errors><error><code>404</code><description>"), xml.body());
    }

    @Test
    void pageErrorsAreThePortalsOwnPagesInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> french = send("DELETE", "/feeds/news.atom?lang=fr", null, null);
        assertEquals(405, french.statusCode());
        assertTrue(french.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(french.body().contains("lang=\"fr\""), french.body());
        assertTrue(french.body().contains("class=\"error-page\""), "the portal's page: " + french.body());
        assertFalse(french.body().contains("Payara"), french.body());
        HttpResponse<String> arabic = send("DELETE", "/feeds/news.atom", null, null);
        assertEquals(405, arabic.statusCode());
        assertTrue(arabic.body().contains("lang=\"ar\""), arabic.body());
    }

    // ---- 11. operations endpoints

    @Test
    void metricsAndOpenApiAreForAdministratorsOnly() throws Exception {
        for (String path : List.of("/metrics", "/openapi")) {
            HttpResponse<String> anonymous = new Browserless().get(path);
            assertEquals(401, anonymous.statusCode(), path);
            assertFalse(anonymous.body().contains("jdbc") || anonymous.body().contains("/api/admin"), path);
            assertEquals(403, new Browserless().get(path, "Authorization", basic("editor", DEMO)).statusCode(), path);
            HttpResponse<String> admin = new Browserless().get(path, "Authorization", basic("admin", ADMIN));
            assertEquals(200, admin.statusCode(), path);
            assertTrue(admin.body().length() > 100, path + ": " + admin.body());
        }
    }

    @Test
    void healthIsPublicAndNamesNoDatabase() throws Exception {
        HttpResponse<String> health = new Browserless().get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        for (String word : List.of("H2", "MySQL", "MariaDB", "product", "jdbc")) {
            assertFalse(health.body().contains(word), health.body());
        }
    }

    // ---- 12. cookies

    @Test
    void cookiesAreSameSiteAndSecureBehindATrustedHttpsProxy() throws Exception {
        HttpResponse<String> plain = new Browserless().login("editor", DEMO);
        String session = setCookie(plain, "JSESSIONID");
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        assertFalse(session.contains("Secure"), "plain HTTP from no proxy: " + session);

        // Through the proxy the browser speaks HTTPS and sends its Secure cookies back; this client speaks
        // HTTP to the server (as the proxy does), so it carries them itself.
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).reduce((a, b) -> a + "; " + b).orElse("");
        for (String cookie : page.headers().allValues("Set-Cookie")) {
            assertTrue(cookie.contains("Secure"), "every cookie of the login page: " + cookie);
        }
        HttpRequest.Builder submit = HttpRequest.newBuilder(URI.create(Browserless.BASE + "/login"))
                .header("X-Forwarded-Proto", "https").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browserless.encode(Browserless.loginForm(page.body(), "editor", DEMO))));
        if (!cookies.isEmpty()) {
            submit.header("Cookie", cookies);
        }
        HttpResponse<String> proxied = raw.send(submit.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, proxied.statusCode(), proxied.body());
        String secure = setCookie(proxied, "JSESSIONID");
        assertTrue(secure.contains("Secure"), "HTTPS at the trusted proxy: " + secure);
        assertTrue(secure.toLowerCase().contains("samesite=lax"), secure);
        assertTrue(secure.contains("HttpOnly"), secure);

        String language = setCookie(new Browserless(Browserless.BASE, "X-Forwarded-Proto", "https").get("/city?lang=fr"), "lang");
        assertTrue(language.contains("Secure") && language.toLowerCase().contains("samesite=lax"), language);
        assertFalse(setCookie(new Browserless().get("/city?lang=fr"), "lang").contains("Secure"));

        // The same header from an address that is no trusted proxy is not believed.
        String outside = otherAddress().orElse(null);
        assumeTrue(outside != null, "the machine has no address but the loopback");
        String stranger = setCookie(new Browserless("http://" + outside + ":" + System.getProperty("it.httpPort", "28080"),
                "X-Forwarded-Proto", "https").get("/city?lang=fr"), "lang");
        assertFalse(stranger.contains("Secure"), stranger);
    }

    // ---- 13. the Payara domain

    @Test
    void theAdminListenerWantsThePassword() throws Exception {
        String url = "http://localhost:" + System.getProperty("it.adminPort", "28048") + "/management/domain";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "the admin listener answered without a password");
        String password = System.getProperty("AS_ADMIN_PASSWORD");
        assertNotNull(password, "the build passes the domain's password file to the tests");
        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .header("Authorization", basic("admin", password)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode(), "the password of the domain's file is the admin's");
    }

    @Test
    void onlyThePortalListensBeyondTheLoopbackAndUnusedListenersAreOff() throws Exception {
        int base = Integer.parseInt(System.getProperty("it.portbase", "28000"));
        // Turned off: HTTPS listener 2, IIOP (plain, SSL, mutual auth), JMX, the JMS broker.
        for (int port : new int[] {base + 81, base + 37, base + 38, base + 39, base + 86, base + 76}) {
            assertFalse(answers("127.0.0.1", port), "port " + port + " is closed");
        }
        assertTrue(answers("127.0.0.1", base + 48), "the admin listener answers on the loopback");
        String outside = otherAddress().orElse(null);
        assumeTrue(outside != null, "the machine has no address but the loopback");
        assertTrue(answers(outside, base + 80), "the portal answers on " + outside);
        for (int port : new int[] {base + 48, base + 49}) {
            assertFalse(answers(outside, port), "port " + port + " is not reachable from " + outside);
        }
    }

    // ----

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** An IPv4 address of this machine other than the loopback (the server runs on this machine). */
    private static Optional<String> otherAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().allValues("Set-Cookie")));
    }

    private static void assertJson(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.statusCode() + " " + response.headers().map() + " " + response.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browserless.BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
