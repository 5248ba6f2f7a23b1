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

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The build's port: a system property on the client side, a resource of the test archive inside the server. */
    private static String httpPort() {
        String port = System.getProperty("it.httpPort");
        if (port != null) {
            return port;
        }
        java.util.Properties deployed = new java.util.Properties();
        try (java.io.InputStream in = Browserless.class.getClassLoader().getResourceAsStream(PORT_FILE)) {
            if (in != null) {
                deployed.load(in);
            }
        } catch (IOException unreadable) {
            // the default below
        }
        return deployed.getProperty("it.httpPort", "28080");
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
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
