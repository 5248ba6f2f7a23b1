package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.ExifJpeg;
import ma.commune.portal.it.support.ResidentForms;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.TrackingCode;
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
 * The residents' forms over HTTP on the real server, posted as the pages' forms are (multipart, view
 * state): a report with a photo (its EXIF gone from the stored file, the file not public), every kind
 * of bad input saving nothing (no case, no file, no message), the throttle and the honeypot, tracking
 * without personal data and with the same answer for a mistyped and an unknown code, reopening a
 * resolved case, and appealing an answered information request to the head of the commune.
 * <p>
 * The test deployment carries its own MicroProfile Config (a library of the EAR): the loopback is a
 * trusted proxy, so each test names its resident's address in X-Forwarded-For, and the pace is 2 free
 * forms, then 30 s apart, at most 4 in 10 minutes; a reopen or appeal is refused after 3 wrong contacts
 * from one address or 4 on one case within an hour.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class ResidentRequestsIT {

    private static final String INSIDE_LAT = "32.236000";
    private static final String INSIDE_LON = "-7.954000";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portal(ResidentRequestsIT.class, ResidentForms.class, ResidentForms.File.class,
                ExifJpeg.class);
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "resident-requests-it-config.jar").addAsManifestResource(new StringAsset(
                "portal.requests.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1,::1\n"
                        + "portal.requests.throttle.free=2\n"
                        + "portal.requests.throttle.max=4\n"
                        + "portal.requests.throttle.spacing-seconds=30\n"
                        + "portal.requests.throttle.window-minutes=10\n"
                        + "portal.requests.contact-check.window-minutes=60\n"
                        + "portal.requests.contact-check.max-failures=3\n"
                        + "portal.requests.contact-check.max-failures-per-case=4\n"), "microprofile-config.properties"));
        return ear;
    }

    @EJB
    CaseEngine engine;

    @EJB
    RunAs.AsAdmin asAdmin;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static Map<String, String> report(String description, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put("latitude", INSIDE_LAT);
        fields.put("longitude", INSIDE_LON);
        fields.put("district", "");
        fields.put("address", "Avenue Hassan II, près de la poste");
        fields.put("name", "Amina Résidente");
        fields.put("email", email);
        fields.put("phone", "");
        fields.put("website", "");
        fields.put("consent", "on");
        return fields;
    }

    private static ResidentForms.File photo() {
        return new ResidentForms.File("IMG_2041.jpg", "image/jpeg", ExifJpeg.photo());
    }

    private static String code(HttpResponse<String> redirect) {
        assertEquals(302, redirect.statusCode(), "the form was accepted and redirects to its confirmation");
        Matcher m = Pattern.compile("/received\\?code=([A-Z0-9-]+)").matcher(redirect.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), "the confirmation carries the tracking code");
        return m.group(1);
    }

    @Test
    void aReportWithAPhotoIsSavedWithoutItsMetadataAndConfirmedWithItsCodeAndDueDate() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.1");
        HttpResponse<String> categories = resident.get("/allo?lang=fr");
        assertEquals(200, categories.statusCode());
        assertTrue(categories.body().contains("/allo?category=LIGHTING"), "the categories are links");
        assertTrue(categories.body().contains("allo-icons.svg"), "with their icons");
        HttpResponse<String> ambulance = resident.get("/allo?category=AMBULANCE");
        assertTrue(ambulance.body().contains("href=\"tel:15\""), "an urgent category shows its emergency numbers");
        assertTrue(ambulance.body().contains("class=\"emergency\""));

        HttpResponse<String> sent = resident.submit("/allo?category=LIGHTING", "request",
                report("Le lampadaire devant l'école est éteint depuis une semaine.", "amina.report@example.ma"), List.of(photo()));
        String code = code(sent);
        HttpResponse<String> confirmation = resident.follow(sent);
        assertEquals(200, confirmation.statusCode());
        assertTrue(confirmation.body().contains(code), "the confirmation shows the code");
        assertTrue(confirmation.body().contains("id=\"due-date\""), "and the due date");
        assertTrue(confirmation.body().contains("/track?code=" + code), "and where to track it");
        assertFalse(confirmation.body().contains("amina.report@example.ma"));

        try (Connection c = database.getConnection()) {
            long caseId = single(c, "select id from citizen_case where tracking_code = ?", code);
            assertEquals("REPORT", text(c, "select kind from citizen_case where id = ?", caseId));
            assertEquals(32.236, Double.parseDouble(text(c, "select latitude from citizen_case where id = ?", caseId)), 1e-6);
            long fileId = single(c, "select file_id from case_attachment where case_id = ?", caseId);
            byte[] stored = bytes(c, "select content from stored_file where id = ?", fileId);
            assertEquals("image/jpeg", text(c, "select content_type from stored_file where id = ?", fileId));
            assertFalse(ExifJpeg.contains(stored, "Exif"), "no EXIF segment in the stored photo");
            assertFalse(ExifJpeg.contains(stored, ExifJpeg.MARKER), "no GPS position in the stored photo");
            assertTrue(ExifJpeg.contains(ExifJpeg.photo(), ExifJpeg.MARKER), "(the photo sent had them)");
            String body = text(c, "select body from outbox_message where reference = ?", code);
            assertTrue(body.contains("/track?code=" + code), "the acknowledgement says where to track the case");
            // The photo is the resident's: not public.
            assertEquals(404, resident.get("/files/" + text(c, "select public_key from stored_file where id = ?", fileId)).statusCode());
        }
    }

    @Test
    void badInputGetsAMessageNextToItsFieldAndSavesNothing() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.2");
        resident.get("/?lang=fr");
        long[] before = counts();

        Map<String, String> empty = report("", "");
        empty.put("consent", "");
        empty.remove("consent");
        HttpResponse<String> missing = resident.submit("/allo?category=LIGHTING", "request", empty, List.of());
        assertEquals(200, missing.statusCode());
        assertFieldError(missing.body(), "description", "Décrivez votre demande.");
        assertFieldError(missing.body(), "email", "Indiquez une adresse électronique ou un numéro de téléphone");
        assertFieldError(missing.body(), "consent", "Acceptez le traitement de vos données personnelles");
        assertTrue(missing.body().contains("aria-invalid=\"true\""), "the wrong fields are marked for assistive technologies");

        Map<String, String> marrakech = report("Un trou dans la chaussée.", "amina.bad@example.ma");
        marrakech.put("latitude", "31.629500");
        marrakech.put("longitude", "-7.981100");
        assertFieldError(resident.submit("/allo?category=LIGHTING", "request", marrakech, List.of()).body(), "latitude",
                "hors du territoire de la commune");

        byte[] program = "MZ\u0090\u0000 this is a program, not a photo".getBytes(StandardCharsets.ISO_8859_1);
        assertFieldError(resident.submit("/allo?category=LIGHTING", "request", report("Un trou.", "amina.bad@example.ma"),
                List.of(new ResidentForms.File("photo.jpg", "image/jpeg", program))).body(), "files", "ni une photo");

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), 0, large, 0, 8);
        assertFieldError(resident.submit("/allo?category=LIGHTING", "request", report("Un trou.", "amina.bad@example.ma"),
                List.of(new ResidentForms.File("plan.pdf", "application/pdf", large))).body(), "files", "dépasse 5 Mo");

        assertFieldError(resident.submit("/allo?category=LIGHTING", "request", report("Un trou.", "amina-at-example"), List.of()).body(),
                "email", "adresse électronique n");

        // Files together over what the server reads at all: a page that says so, not an error page.
        byte[] huge = new byte[23 * 1024 * 1024];
        HttpResponse<String> tooLarge = resident.submit("/allo?category=LIGHTING", "request", report("Un trou.", "amina.bad@example.ma"),
                List.of(new ResidentForms.File("plan.pdf", "application/pdf", huge)));
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("Fichiers trop volumineux"), "the resident's language: " + tooLarge.body().length());

        Map<String, String> noConsent = report("Un trou.", "amina.bad@example.ma");
        noConsent.remove("consent");
        assertFieldError(resident.submit("/allo?category=LIGHTING", "request", noConsent, List.of(photo())).body(), "consent",
                "Acceptez le traitement");

        Map<String, String> anonymous = information("Le budget 2026", "amina.info@example.ma", "");
        HttpResponse<String> noId = resident.submit("/information-request", "request", anonymous, List.of());
        assertFieldError(noId.body(), "nationalId", "carte nationale");

        assertEquals(before[0], counts()[0], "no case");
        assertEquals(before[1], counts()[1], "no file");
        assertEquals(before[2], counts()[2], "no message");
    }

    @Test
    void manyFormsFromOneAddressAreSlowedThenRefusedAndABotGetsAPoliteAnswerAndNothingSaved() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.3");
        resident.get("/?lang=fr");
        code(resident.submit("/complaint", "request", complaint("Première réclamation."), List.of()));
        code(resident.submit("/complaint", "request", complaint("Deuxième réclamation."), List.of()));
        long[] before = counts();
        HttpResponse<String> third = resident.submit("/complaint", "request", complaint("Troisième réclamation."), List.of());
        assertEquals(200, third.statusCode());
        assertTrue(third.body().contains("Patientez"), "slowed after the free forms");
        assertEquals(before[0], counts()[0], "the slowed form saved nothing");

        // An address that already sent the maximum in the window is refused.
        String flooding = "198.51.100.4";
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into submission_attempt (client_key, at) values (?, ?)")) {
            for (int i = 1; i <= 4; i++) {
                insert.setString(1, key(flooding));
                insert.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(60L * i)));
                insert.executeUpdate();
            }
        }
        ResidentForms flood = new ResidentForms(flooding);
        flood.get("/?lang=fr");
        HttpResponse<String> refused = flood.submit("/complaint", "request", complaint("Encore une."), List.of());
        assertTrue(refused.body().contains("Trop de formulaires"), "refused at the maximum");
        assertEquals(before[0], counts()[0]);

        ResidentForms bot = new ResidentForms("198.51.100.5");
        bot.get("/?lang=fr");
        Map<String, String> spam = complaint("Buy cheap pills");
        spam.put("website", "http://spam.example");
        HttpResponse<String> caught = bot.submit("/complaint", "request", spam, List.of(photo()));
        assertEquals(302, caught.statusCode());
        assertTrue(caught.headers().firstValue("Location").orElse("").endsWith("/received"), "the same polite page, without a code");
        HttpResponse<String> thanks = bot.follow(caught);
        assertTrue(thanks.body().contains("Merci, votre message a bien été reçu."));
        assertEquals(before[0], counts()[0], "no case");
        assertEquals(before[1], counts()[1], "no file");
        assertEquals(before[2], counts()[2], "no message");
        try (Connection c = database.getConnection()) {
            assertTrue(single(c, "select count(*) from submission_attempt where client_key = ?", key("198.51.100.5")) >= 1,
                    "the bot counts against its address");
            assertEquals(0, single(c, "select count(*) from submission_attempt where client_key = ?", "198.51.100.5"),
                    "the address itself is never stored");
        }

        // The honeypot is paced too (throttle first): a bot whose address used its forms is refused, and its
        // hits stop writing rows (issue 12, finding 14: they were never throttled themselves).
        String botAddress = "198.51.100.66";
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into submission_attempt (client_key, at) values (?, ?)")) {
            for (int i = 1; i <= 4; i++) {
                insert.setString(1, key(botAddress));
                insert.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(60L * i)));
                insert.executeUpdate();
            }
        }
        ResidentForms persistentBot = new ResidentForms(botAddress);
        persistentBot.get("/?lang=fr");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> again = persistentBot.submit("/complaint", "request", spam, List.of());
            assertEquals(200, again.statusCode(), "refused, not thanked");
            assertTrue(again.body().contains("Trop de formulaires"));
        }
        try (Connection c = database.getConnection()) {
            assertEquals(4, single(c, "select count(*) from submission_attempt where client_key = ?", key(botAddress)),
                    "a refused bot writes nothing");
        }
    }

    @Test
    void trackingShowsTheCaseWithoutPersonalDataAndAWrongCodeLooksLikeAnUnknownOne() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.6");
        resident.get("/?lang=fr");
        String code = code(resident.submit("/allo?category=CLEANLINESS", "request",
                report("Conteneur renversé rue 12, appelez-moi au 0612345678.", "karim.track@example.ma"), List.of()));

        ResidentForms stranger = new ResidentForms("198.51.100.7");
        stranger.get("/?lang=fr");
        HttpResponse<String> page = stranger.get("/track?code="
                + java.net.URLEncoder.encode(code.toLowerCase().replace("-", " "), StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains(code), "forgiving typing finds the case");
        assertTrue(html.contains("Reçue"), "the status, in the reader's language");
        assertTrue(html.contains("Propreté et déchets"), "the category");
        assertFalse(html.contains("karim.track@example.ma"), "never the email");
        assertFalse(html.contains("Amina"), "never the name");
        assertFalse(html.contains("0612345678"), "the unreviewed description is not shown");

        asAdmin.call(() -> {
            engine.reviewDescription(code);
            return null;
        });
        assertTrue(stranger.get("/track?code=" + code).body().contains("Conteneur renversé"), "shown once reviewed");

        // One symbol changed (the check symbol catches it) and a well-formed code of no case: the same page.
        char last = code.charAt(code.length() - 1);
        String mistyped = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        String unknown = TrackingCode.generate(code.substring(0, code.indexOf('-')));
        String wrong = stranger.get("/track?code=" + mistyped).body();
        String none = stranger.get("/track?code=" + unknown).body();
        assertTrue(wrong.contains("id=\"not-found\""));
        String a = normalise(wrong, mistyped);
        String b = normalise(none, unknown);
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        assertEquals(a, b, "a wrong and an unknown code get the same answer; they differ at: "
                + a.substring(Math.max(0, at - 80), Math.min(a.length(), at + 80)) + " <> "
                + b.substring(Math.max(0, at - 80), Math.min(b.length(), at + 80)));
    }

    @Test
    void aResolvedReportIsReopenedFromItsTrackingPage() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.8");
        resident.get("/?lang=fr");
        String code = code(resident.submit("/allo?category=LIGHTING", "request",
                report("Lampadaire clignotant rue des Orangers.", "nadia.reopen@example.ma"), List.of()));
        asAdmin.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.IN_PROGRESS, null);
            engine.move(code, CaseStatus.RESOLVED, null);
            return null;
        });
        HttpResponse<String> track = resident.get("/track?code=" + code);
        assertTrue(track.body().contains("id=\"reopen\""), "a resolved case offers reopening");
        assertFalse(track.body().contains("id=\"appeal\""), "a report is not appealed");
        HttpResponse<String> empty = resident.post(track.body(), "reopen", Map.of("text", "", "contact", "nadia.reopen@example.ma",
                "code", code), List.of());
        assertFieldError(empty.body(), "text", "Expliquez pourquoi", "reopen");
        // The code alone is not enough (Open311 lists the reports' codes): only the requester's contact reopens.
        HttpResponse<String> stranger = resident.post(resident.get("/track?code=" + code).body(), "reopen",
                Map.of("text", "Je rouvre la demande d'un autre.", "contact", "someone@example.org", "code", code), List.of());
        assertFieldError(stranger.body(), "contact", "ne correspondent à aucune demande", "reopen");
        HttpResponse<String> reopened = resident.post(resident.get("/track?code=" + code).body(), "reopen",
                Map.of("text", "Il clignote encore le soir.", "contact", "NADIA.reopen@example.ma", "code", code), List.of());
        assertEquals(302, reopened.statusCode());
        assertTrue(resident.follow(reopened).body().contains("Votre demande est rouverte"));
        try (Connection c = database.getConnection()) {
            assertEquals("IN_PROGRESS", text(c, "select status from citizen_case where tracking_code = ?", code));
            assertTrue(single(c, "select count(*) from outbox_message where reference = ?", code) >= 5,
                    "acknowledgement, three moves and the reopening told");
        }
    }

    /** A resolved report of this resident's, its tracking code. */
    private String resolvedReport(ResidentForms resident, String email) throws Exception {
        String code = code(resident.submit("/allo?category=LIGHTING", "request", report("Lampadaire éteint rue des Jasmins.", email), List.of()));
        asAdmin.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.IN_PROGRESS, null);
            engine.move(code, CaseStatus.RESOLVED, null);
            return null;
        });
        return code;
    }

    private static HttpResponse<String> reopen(ResidentForms from, String code, String contact) throws Exception {
        return from.post(from.get("/track?code=" + code).body(), "reopen",
                Map.of("text", "Il ne marche toujours pas.", "contact", contact, "code", code), List.of());
    }

    @Test
    void wrongContactsFromOneAddressAreRefusedForAWhileWhateverTheContact() throws Exception {
        ResidentForms owner = new ResidentForms("198.51.100.21");
        owner.get("/?lang=fr");
        String code = resolvedReport(owner, "salma.owner@example.ma");
        ResidentForms guesser = new ResidentForms("203.0.113.90");
        guesser.get("/?lang=fr");
        for (int i = 0; i < 3; i++) {
            assertFieldError(reopen(guesser, code, "guess" + i + "@example.org").body(), "contact", "ne correspondent à aucune demande", "reopen");
        }
        HttpResponse<String> held = reopen(guesser, code, "salma.owner@example.ma");
        assertEquals(200, held.statusCode(), "refused, even with the right contact");
        assertTrue(held.body().contains("Trop de contacts erronés") && held.body().contains("Réessayez dans 60 minutes"),
                "the resident's language says why and for how long");
        try (Connection c = database.getConnection()) {
            assertEquals("RESOLVED", text(c, "select status from citizen_case where tracking_code = ?", code));
            assertEquals(3, single(c, "select count(*) from contact_check_failure where client_key = ?", sha256("portal-contact-check-client:203.0.113.90")), "counted in the shared database, as digests");
        }
        ResidentForms arabic = new ResidentForms("203.0.113.90");
        arabic.get("/?lang=ar");
        assertTrue(reopen(arabic, code, "salma.owner@example.ma").body().contains("أُدخلت بيانات اتصال خاطئة"), "in Arabic too");
        assertEquals(302, reopen(owner, code, "salma.owner@example.ma").statusCode(), "the requester, from elsewhere, reopens the case");
    }

    @Test
    void wrongContactsOnOneCaseFromManyAddressesHoldTheCaseForAWhile() throws Exception {
        ResidentForms owner = new ResidentForms("198.51.100.22");
        owner.get("/?lang=fr");
        String code = resolvedReport(owner, "karim.owner@example.ma");
        for (int i = 1; i <= 4; i++) {
            ResidentForms guesser = new ResidentForms("203.0.113." + (100 + i));
            guesser.get("/?lang=fr");
            assertFieldError(reopen(guesser, code, "karim" + i + "@example.org").body(), "contact", "ne correspondent à aucune demande", "reopen");
        }
        HttpResponse<String> held = reopen(owner, code, "karim.owner@example.ma");
        assertEquals(200, held.statusCode());
        assertTrue(held.body().contains("Trop de contacts erronés"), "the case is held for a while after four wrong contacts");
        try (Connection c = database.getConnection()) {
            assertEquals("RESOLVED", text(c, "select status from citizen_case where tracking_code = ?", code));
        }
    }

    @Test
    void anAnsweredInformationRequestIsAppealedToTheHeadOfTheCommune() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.9");
        resident.get("/?lang=fr");
        Map<String, String> request = information("Le procès-verbal de la session d'octobre 2026.", "youssef.info@example.ma", "AB123456");
        String code = code(resident.submit("/information-request", "request", request, List.of()));
        HttpResponse<String> before = resident.get("/track?code=" + code);
        assertFalse(before.body().contains("AB123456"), "never the national ID");
        assertFalse(before.body().contains("id=\"appeal\""), "nothing to appeal before an answer or the deadline");
        asAdmin.call(() -> {
            engine.move(code, CaseStatus.ACKNOWLEDGED, null);
            engine.move(code, CaseStatus.ANSWERED, null);
            return null;
        });
        HttpResponse<String> answered = resident.get("/track?code=" + code);
        assertTrue(answered.body().contains("id=\"appeal\""), "an answered information request may be appealed");
        HttpResponse<String> appealed = resident.post(answered.body(), "appeal",
                Map.of("text", "La réponse ne contient pas les annexes du procès-verbal.", "contact", "youssef.info@example.ma",
                        "code", code), List.of());
        assertEquals(302, appealed.statusCode());
        String after = resident.follow(appealed).body();
        assertTrue(after.contains("Réclamation au président"), "the new status");
        assertFalse(after.contains("annexes du procès-verbal"), "the requester's words are not public unreviewed");
        try (Connection c = database.getConnection()) {
            assertEquals("APPEALED", text(c, "select status from citizen_case where tracking_code = ?", code));
            assertNotNull(text(c, "select appealed_at from citizen_case where tracking_code = ?", code));
            assertEquals(1, single(c, "select count(*) from outbox_message where reference = ? and subject like '%réclamation%'", code),
                    "the requester is told");
        }
        // Once only.
        HttpResponse<String> again = resident.get("/track?code=" + code);
        assertFalse(again.body().contains("id=\"appeal\""));
    }

    @Test
    void aSuggestionIsChosenInTheComplaintForm() throws Exception {
        ResidentForms resident = new ResidentForms("198.51.100.10");
        resident.get("/?lang=fr");
        Map<String, String> suggestion = complaint("Planter des arbres sur le boulevard.");
        suggestion.put("kind", "SUGGESTION");
        String code = code(resident.submit("/complaint?kind=SUGGESTION", "request", suggestion, List.of()));
        try (Connection c = database.getConnection()) {
            assertEquals("SUGGESTION", text(c, "select kind from citizen_case where tracking_code = ?", code));
        }
    }

    private static Map<String, String> complaint(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "COMPLAINT");
        fields.put("description", text);
        fields.put("name", "");
        fields.put("email", "resident.complaint@example.ma");
        fields.put("phone", "");
        fields.put("website", "");
        fields.put("consent", "on");
        return fields;
    }

    private static Map<String, String> information(String text, String email, String nationalId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", text);
        fields.put("name", "Youssef Demandeur");
        fields.put("nationalId", nationalId);
        fields.put("email", email);
        fields.put("phone", "");
        fields.put("website", "");
        fields.put("consent", "on");
        return fields;
    }

    private static void assertFieldError(String html, String field, String text) {
        assertFieldError(html, field, text, "request");
    }

    private static void assertFieldError(String html, String field, String text, String form) {
        Matcher m = Pattern.compile("<span id=\"" + form + "-" + field + "-error\" class=\"field-error\">(.*?)</span>\\s*</",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page has the error place of " + field);
        String error = m.group(1).replace("&#39;", "'").replace("&#039;", "'");
        assertTrue(error.contains(text), "next to " + field + ": " + text + " — got: " + error);
    }

    /** The page without what differs by nature: the typed code, the nonce, the view state. */
    private static String normalise(String html, String typed) {
        return html.replace(typed, "CODE")
                .replaceAll("nonce-[A-Za-z0-9+/=_-]+", "nonce")
                .replaceAll("csp\\.init\\('[^']*'\\)", "csp.init()")
                .replaceAll("nonce=\"[^\"]*\"", "nonce")
                .replaceAll("name=\"primefaces.nonce\" value=\"[^\"]*\"", "")
                .replaceAll("value=\"[^\"]*:[^\"]*\"", "");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long[] counts() throws Exception {
        try (Connection c = database.getConnection()) {
            return new long[] {single(c, "select count(*) from citizen_case"), single(c, "select count(*) from stored_file"),
                single(c, "select count(*) from outbox_message")};
        }
    }

    private static String key(String address) throws Exception {
        return sha256("portal-submission:" + address);
    }

    private static long single(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet rs = statement.executeQuery()) {
            assertTrue(rs.next(), "a row for " + sql);
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet rs = statement.executeQuery()) {
            assertTrue(rs.next(), "a row for " + sql);
            return rs.getString(1);
        }
    }

    private static byte[] bytes(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet rs = statement.executeQuery()) {
            assertTrue(rs.next());
            return rs.getBytes(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws Exception {
        PreparedStatement statement = c.prepareStatement(sql);
        List<Object> list = new ArrayList<>(List.of(parameters));
        for (int i = 0; i < list.size(); i++) {
            statement.setObject(i + 1, list.get(i));
        }
        return statement;
    }
}
