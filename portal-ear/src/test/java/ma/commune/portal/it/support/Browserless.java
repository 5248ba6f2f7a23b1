package ma.commune.portal.it.support;

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
public final class Browserless {

    static final String PORT_FILE = "it-http-port.properties";

    public static final String BASE = "http://localhost:" + httpPort();

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
    private final CookieManager cookies = new CookieManager();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Where this client sends its requests, and the headers it adds to each (a proxy's, say). */
    private final String base;
    private final String[] always;

    /** The client address this client claims through a trusted proxy (X-Forwarded-For), or null. */
    private final String forwardedFor;

    public Browserless() {
        this(BASE, null, new String[0]);
    }

    /** A client at {@code forwardedFor}, for deployments that trust the loopback as a proxy. */
    public Browserless(String forwardedFor) {
        this(BASE, forwardedFor, new String[0]);
    }

    /** A client of another address of the server, adding these headers (name, value, ...) to every request. */
    public Browserless(String base, String... headers) {
        this(base, null, headers);
    }

    private Browserless(String base, String forwardedFor, String[] headers) {
        this.base = base;
        this.forwardedFor = forwardedFor;
        this.always = headers;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < always.length; i += 2) {
            request.header(always[i], always[i + 1]);
        }
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The value of a cookie this client holds (a session id, to try it elsewhere), or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A binary answer (a PDF), with this client's cookies. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form posted as a browser does; {@code headers} are added to the request (name, value, ...). */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
        String body = encode(form);
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any request (a multipart upload, a header of its own) with this client's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Logs in through the real JSF login form; returns the response to the form's submission. */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return post("/login", loginForm(get("/login").body(), username, password));
    }

    /** The login form's fields as the page (its HTML) would submit them. */
    public static Map<String, String> loginForm(String page, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:continue", "");
        form.put("login:submit", "login");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", hidden(page, "primefaces.nonce"));
        return form;
    }

    /** A form's body, URL-encoded. */
    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * A PrimeFaces Ajax click on a button of {@code form} in {@code page} (the HTML shown before), sending
     * {@code fields} with it, as the browser does; the partial response.
     */
    public HttpResponse<String> ajax(String path, String page, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", button);
        StringBuilder execute = new StringBuilder(button);
        fields.keySet().forEach(f -> execute.append(' ').append(f.replace("_input", "")));
        post.put("jakarta.faces.partial.execute", execute.toString());
        post.put("jakarta.faces.partial.render", form);
        post.put(button, button);
        post.put(form, form);
        post.putAll(fields);
        post.put("jakarta.faces.ViewState", viewState(page));
        post.put("primefaces.nonce", hidden(page, "primefaces.nonce"));
        return post(path, post);
    }

    /** This client's cookies as a {@code Cookie} header's value (for a request {@link RawHttp} sends as this person). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no hidden field " + name + " in the page");
        }
        return matcher.group(1);
    }

    public static String viewState(String html) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no view state in the page");
        }
        return matcher.group(1);
    }
}
