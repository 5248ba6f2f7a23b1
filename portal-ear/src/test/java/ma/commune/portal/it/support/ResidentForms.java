package ma.commune.portal.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's browser without a browser: cookies, the JSF view state, and the residents' forms posted
 * as multipart/form-data, the way the page's form sends them. Every request carries the client address
 * given to it in X-Forwarded-For (the test deployment trusts the loopback as a proxy), so that each test
 * is its own resident for the submission throttle.
 */
public final class ResidentForms {

    public record File(String name, String contentType, byte[] bytes) {
    }

    private final String clientAddress;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public ResidentForms(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + path)).header("X-Forwarded-For", clientAddress)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Opens the page, fills the form {@code formId} with {@code fields} (names without the form's prefix)
     * and {@code files}, and submits it with its button.
     */
    public HttpResponse<String> submit(String page, String formId, Map<String, String> fields, List<File> files)
            throws IOException, InterruptedException {
        HttpResponse<String> opened = get(page);
        if (opened.statusCode() != 200) {
            throw new AssertionError(page + " answered " + opened.statusCode());
        }
        return post(opened.body(), formId, fields, files);
    }

    /**
     * Posts the form {@code formId} of the page as a browser does: its hidden fields as the page wrote them,
     * then {@code fields} (names without the form's prefix), the files and the button; {@code headers} are
     * added to the request (name, value, ...).
     */
    public HttpResponse<String> post(String html, String formId, Map<String, String> fields, List<File> files, String... headers)
            throws IOException, InterruptedException {
        Matcher action = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(html);
        if (!action.find()) {
            throw new AssertionError("no form " + formId + " in the page");
        }
        int end = html.indexOf("</form>", action.end());
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(html.substring(action.end(), end < 0 ? html.length() : end));
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                all.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&").replace("&quot;", "\"") : "");
            }
        }
        fields.forEach((name, value) -> all.put(formId + ":" + name, value));
        all.put(formId + ":submit", "submit");
        all.put("jakarta.faces.ViewState", Browserless.viewState(html));
        all.put("primefaces.nonce", Browserless.hidden(html, "primefaces.nonce"));
        String boundary = "----resident" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (File file : files == null ? new ArrayList<File>() : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":files\"; filename=\""
                    + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String target = action.group(1).replace("&amp;", "&");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browserless.BASE + target))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Forwarded-For", clientAddress);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page a redirect leads to (same client). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        String location = redirect.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect"));
        URI uri = URI.create(Browserless.BASE).resolve(location);
        return get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
