package ma.commune.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with cookies, for tests that speak to the portal as a browser would. */
final class Browserless {

    static final String PORT_FILE = "it-http-port.properties";

    static final String BASE = "http://localhost:" + httpPort();

    /** The build's port; inside the server (in-container tests) the deployment carries it in {@link #PORT_FILE}. */
    private static String httpPort() {
        String port = System.getProperty("it.httpPort");
        if (port != null) {
            return port;
        }
        try (java.io.InputStream in = Browserless.class.getResourceAsStream("/" + PORT_FILE)) {
            java.util.Properties file = new java.util.Properties();
            if (in != null) {
                file.load(in);
            }
            return file.getProperty("it.httpPort", "28080");
        } catch (IOException unreadable) {
            return "28080";
        }
    }

    // HTTP/1.1 as browsers speak it over plain HTTP (the JDK client would otherwise try an h2c upgrade).
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A binary answer (a PDF), with this client's cookies. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form posted as a browser does; {@code headers} are added to the request (name, value, ...). */
    HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Logs in through the real JSF login form; returns the response to the form's submission. */
    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:continue", "");
        form.put("login:submit", "login");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", hidden(page.body(), "primefaces.nonce"));
        return post("/login", form);
    }

    static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no hidden field " + name + " in the page");
        }
        return matcher.group(1);
    }

    static String viewState(String html) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no view state in the page");
        }
        return matcher.group(1);
    }
}
