package ma.commune.portal.it.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.it.support.Browserless;

/**
 * A script's view of the imports operations API ({@code /api/admin/imports}), for the tests, on the
 * client or inside the server: plain HTTP, no session, HTTP Basic or a bearer token. The JSON is read by
 * its flat fields (no JSON library needed on either side).
 */
final class OperationsApi {

    static final String ADMIN = basic("admin", System.getProperty("it.adminPassword", "It-admin-password-1"));
    static final String FINANCE = basic("finance", "BenGuerir-demo-2026");
    static final String EDITOR = basic("editor", "BenGuerir-demo-2026");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /**
     * Sends a request, as an operations script would: while another import of the same family runs (409
     * {@code imports.refused.running}: right after a deployment the demo imports its own files), it tries
     * again a few seconds later, for up to five minutes.
     */
    HttpResponse<String> post(String path, String authorization, String contentType, byte[] body) throws IOException, InterruptedException {
        java.time.Instant patience = java.time.Instant.now().plus(Duration.ofMinutes(5));
        HttpResponse<String> response = postOnce(path, authorization, contentType, body);
        while (response.statusCode() == 409 && response.body().contains("imports.refused.running") && java.time.Instant.now().isBefore(patience)) {
            Thread.sleep(3000);
            response = postOnce(path, authorization, contentType, body);
        }
        return response;
    }

    private HttpResponse<String> postOnce(String path, String authorization, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browserless.BASE + path))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The file as the form field {@code file}, as {@code curl -F file=@NAME} sends it. */
    HttpResponse<String> postForm(String path, String authorization, String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----portal" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, authorization, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browserless.BASE + path)).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The execution's JSON once it ended (not running, its batch status no longer STARTING/STARTED). */
    String awaitEnd(long id, String authorization, Duration within) throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(within);
        String last = null;
        while (Instant.now().isBefore(limit)) {
            HttpResponse<String> response = get("/api/admin/imports/executions/" + id, authorization);
            if (response.statusCode() == 200) {
                last = response.body();
                String batch = text(last, "batchStatus");
                if ("false".equals(raw(last, "running")) && batch != null && !batch.startsWith("START")) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import execution " + id + " did not end in " + within + ": " + last);
    }

    /** A number field of a flat JSON object ({@code -1} when absent or null). */
    static long number(String json, String field) {
        String value = raw(json, field);
        return value == null || "null".equals(value) ? -1 : Long.parseLong(value);
    }

    /** A string field of a flat JSON object (null when absent or null). */
    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String raw(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*([^,}\\s]+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
