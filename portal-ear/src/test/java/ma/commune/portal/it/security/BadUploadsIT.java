package ma.commune.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests no browser of the portal sends, but anyone can (issue 12, finding 8): each gets a short page
 * in the visitor's language with a 4xx status — 413 for a body over what the server reads, 400 for a form
 * the server cannot take — and nothing in the server's log at SEVERE, no stack trace. The log is the test
 * server's own file (this test runs beside it, as a client).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class BadUploadsIT {

    /** The Faces servlet's limits in web.xml: 21 MiB per file, 22 MiB per request. */
    private static final int MAX_FILE_BYTES = 22_020_096;
    private static final int MAX_REQUEST_BYTES = 23_068_672;

    private static final Path SERVER_LOG = Path.of(System.getProperty("it.serverLog",
            "target/payara6/glassfish/domains/portal-it/logs/server.log"));
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    @Test
    void aChunkedFormOverTheRequestLimitIsRefusedWhileItIsRead() throws Exception {
        Browserless resident = new Browserless();
        String page = resident.get("/complaint?lang=fr").body();
        long logged = logSize();
        // No Content-Length: the size is only known once read, and the server stops reading at its limit.
        // Two photos of 12 MiB: each under the limit of a file, together over the request's.
        RawResponse refused = chunkedPost("/complaint?lang=fr", Map.of("request", "request",
                "jakarta.faces.ViewState", Browserless.viewState(page), "primefaces.nonce", Browserless.hidden(page, "primefaces.nonce")),
                "request:files", 2, 12L * 1024 * 1024);
        assertEquals(413, refused.status(), refused.head());
        assertTrue(refused.body().contains("Fichiers trop volumineux"), "the resident's language: " + refused.body());
        assertNothingLoggedSince(logged, "a chunked form over the limit");
    }

    @Test
    void aBackOfficePdfBetweenTheFileAndTheRequestLimitIsRefusedWith413() throws Exception {
        Browserless editor = editor();
        String page = editor.get("/admin/content/legal-edit?lang=fr").body();
        long logged = logSize();
        byte[] pdf = pdf(MAX_FILE_BYTES + 512 * 1024);
        assertTrue(pdf.length < MAX_REQUEST_BYTES - 64 * 1024, "under the request's limit, over the file's");
        HttpResponse<String> refused = upload(editor, "/admin/content/legal-edit", uploadFields(page, "1"), "legal:pdf", pdf);
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("Fichiers trop volumineux"), refused.body());
        assertNothingLoggedSince(logged, "a 21.5 MiB PDF");
    }

    @Test
    void anUploadWithoutPrimeFacesFileCountIsABadRequest() throws Exception {
        Browserless editor = editor();
        String page = editor.get("/admin/content/legal-edit?lang=fr").body();
        long logged = logSize();
        HttpResponse<String> refused = upload(editor, "/admin/content/legal-edit", uploadFields(page, null), "legal:pdf", pdf(2048));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Formulaire illisible"), refused.body());
        HttpResponse<String> notANumber = upload(editor, "/admin/content/legal-edit", uploadFields(page, "one"), "legal:pdf", pdf(2048));
        assertEquals(400, notANumber.statusCode(), notANumber.body());
        assertNothingLoggedSince(logged, "an upload without its file count");
        // The same upload as PrimeFaces sends it is taken: the page's PDF panel shows the file.
        HttpResponse<String> taken = upload(editor, "/admin/content/legal-edit", uploadFields(page, "1"), "legal:pdf", pdf(2048));
        assertEquals(200, taken.statusCode());
        assertTrue(taken.body().contains("<partial-response") && taken.body().contains("loi.pdf"), taken.body());
    }

    @Test
    void aForgedOrStatelessViewStateOrNoScriptNonceIsABadRequestInTheVisitorsLanguage() throws Exception {
        String forged = Base64.getEncoder().encodeToString(randomBytes(48));
        Browserless visitor = new Browserless();
        String login = visitor.get("/login?lang=fr").body();
        long logged = logSize();
        HttpResponse<String> forgedLogin = visitor.post("/login", loginForm(login, forged));
        assertEquals(400, forgedLogin.statusCode(), forgedLogin.body());
        assertTrue(forgedLogin.body().contains("Page expirée") && forgedLogin.body().contains("lang=\"fr\""), forgedLogin.body());
        // The login page and the residents' forms are stateless views (finding 2): "stateless" is their own
        // view state; a forged one is refused there, and "stateless" on a back-office view below.
        Map<String, String> withoutNonce = loginForm(login, Browserless.viewState(login));
        withoutNonce.remove("primefaces.nonce");
        HttpResponse<String> noNonce = visitor.post("/login", withoutNonce);
        assertEquals(400, noNonce.statusCode(), noNonce.body());
        assertTrue(noNonce.body().contains("Formulaire illisible"), noNonce.body());

        Browserless resident = new Browserless();
        String complaint = resident.get("/complaint?lang=zgh").body();
        for (String state : new String[] {forged}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("request", "request");
            form.put("request:description", "Une plainte.");
            form.put("request:submit", "submit");
            form.put("jakarta.faces.ViewState", state);
            form.put("primefaces.nonce", Browserless.hidden(complaint, "primefaces.nonce"));
            HttpResponse<String> refused = resident.post("/complaint", form);
            assertEquals(400, refused.statusCode(), state + ": " + refused.body());
            assertTrue(refused.body().contains("lang=\"zgh\""), refused.body());
        }

        Browserless editor = editor();
        String edit = editor.get("/admin/content/legal-edit?lang=ar").body();
        for (String state : new String[] {forged, "stateless"}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("legal", "legal");
            form.put("legal:save", "");
            form.put("jakarta.faces.ViewState", state);
            form.put("primefaces.nonce", Browserless.hidden(edit, "primefaces.nonce"));
            HttpResponse<String> refused = editor.post("/admin/content/legal-edit", form);
            assertEquals(400, refused.statusCode(), state + ": " + refused.body());
            assertTrue(refused.body().contains("lang=\"ar\" dir=\"rtl\""), refused.body());
        }
        // An ajax post of a page whose state is gone (a session that ended) gets the expired page in full, as
        // the Faces ajax client needs it (200), and no SEVERE line either.
        String ajax = "jakarta.faces.partial.ajax=true&jakarta.faces.source=legal%3Asave&jakarta.faces.partial.execute=%40all"
                + "&legal=legal&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(Browserless.hidden(edit, "primefaces.nonce"), StandardCharsets.UTF_8);
        HttpResponse<String> expired = editor.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + "/admin/content/legal-edit"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(ajax)));
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("<partial-response") && expired.body().contains("انتهت صلاحية الصفحة"), expired.body());
        assertNothingLoggedSince(logged, "forged and stateless view states");
    }

    // The requests -------------------------------------------------------------------------------------

    /** The fields PrimeFaces' advanced upload of {@code legal:pdf} sends, with its file count ({@code null}: none). */
    private static Map<String, String> uploadFields(String page, String fileCount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "legal:pdf");
        fields.put("jakarta.faces.partial.execute", "legal:pdf");
        fields.put("jakarta.faces.partial.render", "legal:pdfPanel legal:messages");
        fields.put("legal", "legal");
        fields.put("jakarta.faces.ViewState", Browserless.viewState(page));
        fields.put("primefaces.nonce", Browserless.hidden(page, "primefaces.nonce"));
        if (fileCount != null) {
            fields.put("legal:pdf_totalFilesCount", fileCount);
        }
        return fields;
    }

    private static Map<String, String> loginForm(String page, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "nobody");
        form.put("login:password", "not-the-password");
        form.put("login:submit", "login");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", Browserless.hidden(page, "primefaces.nonce"));
        return form;
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    record RawResponse(int status, String head, String body) {
    }

    /**
     * A multipart form sent in chunks of 64 KiB (Transfer-Encoding: chunked, no Content-Length) over a plain
     * socket, with {@code files} files of {@code fileBytes} each; the answer is read while the body is still being written, as
     * a server may answer (and close) before it has read everything.
     */
    private static RawResponse chunkedPost(String path, Map<String, String> fields, String fileField, int files, long fileBytes) throws Exception {
        URI base = URI.create(Browserless.BASE);
        String boundary = "----chunked" + UUID.randomUUID();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    StringBuilder head = new StringBuilder();
                    fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                            .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
                    chunk(out, head.toString().getBytes(StandardCharsets.UTF_8));
                    byte[] block = new byte[64 * 1024];
                    Arrays.fill(block, (byte) 'x');
                    for (int file = 0; file < files; file++) {
                        chunk(out, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"photo" + file
                                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                        for (long sent = 0; sent < fileBytes; sent += block.length) {
                            chunk(out, block);
                        }
                        chunk(out, "\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    chunk(out, ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // Expected once the server has answered: it reads no further than its limit.
                }
            });
            byte[] answer = socket.getInputStream().readAllBytes();
            writing.get(120, TimeUnit.SECONDS);
            String text = new String(answer, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no answer to the chunked form: " + text);
            }
            String head = text.substring(0, end);
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), head, text.substring(end + 4));
        }
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A PrimeFaces ajax upload: the fields, then the file under {@code fileField}, with its Content-Length. */
    private static HttpResponse<String> upload(Browserless browser, String path, Map<String, String> fields, String fileField, byte[] file)
            throws IOException, InterruptedException {
        String boundary = "----upload" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 4096);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"loi.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Browserless editor() throws IOException, InterruptedException {
        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", "BenGuerir-demo-2026").statusCode(), "the editor is logged in");
        return editor;
    }

    // The server's log ----------------------------------------------------------------------------------

    private static long logSize() throws IOException {
        assertTrue(Files.exists(SERVER_LOG), "the test server's log at " + SERVER_LOG.toAbsolutePath());
        return Files.size(SERVER_LOG);
    }

    /** Payara writes its log from a queue: what the requests caused is there once the file has stopped growing. */
    private static void assertNothingLoggedSince(long offset, String what) throws Exception {
        long size = -1;
        for (int quiet = 0; quiet < 2; ) {
            Thread.sleep(1000);
            long now = Files.size(SERVER_LOG);
            quiet = now == size ? quiet + 1 : 0;
            size = now;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(SERVER_LOG)) {
            in.skipNBytes(size < offset ? 0 : offset); // a rotated log starts again from its beginning
            bytes = in.readAllBytes();
        }
        String written = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(written.contains("[SEVERE]"), what + " logged at SEVERE:\n" + written);
        assertFalse(STACK_FRAME.matcher(written).find(), what + " logged a stack trace:\n" + written);
    }
}
