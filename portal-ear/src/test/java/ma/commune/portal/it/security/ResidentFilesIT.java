package ma.commune.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.boundary.NewsForm;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.ExifJpeg;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.UnusedUploads;
import ma.commune.portal.shared.entity.StoredFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, finding 1: residents' files are served only through the route of what owns them. Before the fix,
 * {@code /admin/content/files/{id}} served any stored file to any editor by its sequential id, a resident's
 * photo included ({@link #anEditorCannotReadAResidentsAttachmentOnlyTheStaffOfItsCaseCan} failed), and every
 * file URL named the sequential id ({@link #everyFileAddressIsA128BitRandomKey} failed).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class ResidentFilesIT {

    private static final String DEMO_PASSWORD = "BenGuerir-demo-2026";
    private static final Pattern NUMERIC_FILE_URL = Pattern.compile("/files/[0-9]+[\"/?]");
    private static final Pattern FILE_URL = Pattern.compile("/files/([0-9a-f]{32})[\"/]");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ResidentFilesIT.class, ExifJpeg.class);
    }

    @EJB
    CaseEngine engine;

    @EJB
    FileStore files;

    @EJB
    UnusedUploads unusedUploads;

    @EJB
    NewsArticles news;

    @EJB
    RunAs.AsEditor asEditor;

    @EJB
    RunAs.AsAdmin asAdmin;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void anEditorCannotReadAResidentsAttachmentOnlyTheStaffOfItsCaseCan() throws Exception {
        String code = engine.submit(new CaseForm(CaseKind.REPORT, CaseChannel.WEB, "LIGHTING", Language.FR,
                        "Lampadaire tombé devant le n° 4", new CitizenCase.Requester("Nadia Résidente", "nadia.files@example.ma", null, null),
                        new CitizenCase.Location(32.2359, -7.9536, null, "Rue 4, Hay Al Qods"), true, false, null),
                List.of(new CaseEngine.Attachment("IMG_0042.jpg", ExifJpeg.photo()))).trackingCode();
        long fileId;
        String key;
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("select f.id, f.public_key from case_attachment a join citizen_case k on k.id = a.case_id"
                     + " join stored_file f on f.id = a.file_id where k.tracking_code = ?")) {
            q.setString(1, code);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next(), "the photo is attached to the case");
                fileId = rows.getLong(1);
                key = rows.getString(2);
            }
        }
        assertTrue(key.matches("[0-9a-f]{32}"), key);

        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", DEMO_PASSWORD).statusCode());
        assertEquals(404, editor.get("/admin/content/files/" + key).statusCode(), "an editor never reads a resident's file");
        assertEquals(404, editor.get("/admin/content/files/" + fileId).statusCode(), "nor by its sequential id");
        assertEquals(404, editor.get("/admin/content/files/" + key + "/IMG_0042.jpg").statusCode());
        assertEquals(404, new Browserless().get("/files/" + key).statusCode(), "never public");
        assertEquals(404, new Browserless().get("/files/" + fileId).statusCode());

        Browserless agent = new Browserless();
        assertEquals(302, agent.login("agent", DEMO_PASSWORD).statusCode());
        HttpResponse<byte[]> photo = agent.getBytes("/admin/requests/files/" + code + "/" + key);
        assertEquals(200, photo.statusCode(), "the agent of the case's department reads it");
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals("private, no-store", photo.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, agent.getBytes("/admin/requests/files/" + code + "/" + fileId).statusCode(), "never by its id");
        assertTrue(agent.get("/admin/requests/case?code=" + code).body().contains("/admin/requests/files/" + code + "/" + key),
                "the case page links it by its key");

        Browserless otherDepartment = new Browserless();
        assertEquals(302, otherDepartment.login("agent.cleaning", DEMO_PASSWORD).statusCode());
        assertEquals(404, otherDepartment.getBytes("/admin/requests/files/" + code + "/" + key).statusCode(),
                "an agent of another department does not");
    }

    @Test
    void editorsReadTheFilesOfTheirContentPublishedOrNotByKeyOnly() throws Exception {
        String published = single("select f.public_key from news_article n join stored_file f on f.id = n.image_id"
                + " where n.status = 'PUBLISHED' order by n.id");
        String draft = single("select f.public_key from news_article n join stored_file f on f.id = n.image_id"
                + " where n.status <> 'PUBLISHED' order by n.id");
        long publishedId = Long.parseLong(single("select f.id from stored_file f where f.public_key = '" + published + "'"));

        assertEquals(200, new Browserless().get("/files/" + published).statusCode(), "a published article's image is public");
        assertEquals(200, new Browserless().get("/files/" + published + "/image.png").statusCode(), "with a name after the key");
        assertEquals(404, new Browserless().get("/files/" + publishedId).statusCode(), "never by its sequential id");
        assertEquals(404, new Browserless().get("/files/" + draft).statusCode(), "a draft's image is not public");

        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", DEMO_PASSWORD).statusCode());
        assertEquals(200, editor.get("/admin/content/files/" + draft).statusCode(), "its editors preview it");
        assertEquals(200, editor.get("/admin/content/files/" + published).statusCode());
        assertEquals(404, editor.get("/admin/content/files/" + publishedId).statusCode());
        assertEquals(404, editor.get("/admin/content/files/" + "0".repeat(32)).statusCode(), "an unknown key");

        Browserless secretariat = new Browserless();
        assertEquals(302, secretariat.login("secretariat", DEMO_PASSWORD).statusCode());
        assertEquals(403, secretariat.get("/admin/content/files/" + draft).statusCode(), "the editors' route is theirs");
    }

    @Test
    void anUploadNotYetAttachedIsReadOnlyByItsUploader() throws Exception {
        StoredFile upload = asEditor.call(() -> files.storeImage("brouillon.png", png()));
        assertTrue(asEditor.call(() -> files.findForEditors(upload.getPublicKey())).isPresent(), "its uploader sees it in the form");
        assertTrue(asAdmin.call(() -> files.findForEditors(upload.getPublicKey())).isEmpty(), "nobody else, before it is attached");
        assertFalse(files.findPublic(upload.getPublicKey()).isPresent(), "nor the public");
    }

    @Test
    void anUploadNoSavedItemUsesIsDeletedAfterADayAndNothingElse() throws Exception {
        StoredFile abandoned = asEditor.call(() -> files.storeImage("abandon.png", png()));
        StoredFile saved = asEditor.call(() -> files.storeImage("saved.png", png()));
        StoredFile fresh = asEditor.call(() -> files.storeImage("fresh.png", png()));
        NewsForm form = new NewsForm();
        form.setTitleAr("خبر بصورة");
        form.setTitleFr("Actualité avec image");
        form.setSummaryAr("ملخص");
        form.setSummaryFr("Résumé");
        form.setBodyAr("<p>نص</p>");
        form.setBodyFr("<p>Texte</p>");
        form.setImageId(saved.getId());
        asEditor.call(() -> news.save(form));
        long residents = Long.parseLong(single("select max(a.file_id) from case_attachment a"));
        execute("update stored_file set created_at = ? where id in (" + abandoned.getId() + ", " + saved.getId() + ", " + residents + ")",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(2)));
        execute("update run_lease set last_run_day = null, holder = null, until_at = null where lease_key = 'files.unused-uploads'", null);

        assertTrue(unusedUploads.runAt(java.time.Instant.now()) >= 1);
        assertEquals("0", single("select count(*) from stored_file where id = " + abandoned.getId()), "the abandoned upload is gone");
        assertEquals("1", single("select count(*) from stored_file where id = " + saved.getId()), "the saved article's image stays");
        assertEquals("1", single("select count(*) from stored_file where id = " + fresh.getId()), "an upload of today waits for its form");
        assertEquals("1", single("select count(*) from stored_file where id = " + residents), "a resident's attachment is its case's");
        assertEquals(0, unusedUploads.runAt(java.time.Instant.now()), "once a day");
    }

    @Test
    void theCleanupKnowsEveryTableThatRefersToAFile() throws Exception {
        java.util.Set<String> inDatabase = new java.util.TreeSet<>();
        try (Connection c = database.getConnection()) {
            for (String table : List.of("stored_file", "STORED_FILE")) {
                try (ResultSet keys = c.getMetaData().getExportedKeys(c.getCatalog(), null, table)) {
                    while (keys.next()) {
                        inDatabase.add((keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME")).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        java.util.Set<String> known = new java.util.TreeSet<>();
        UnusedUploads.REFERENCES.forEach(r -> known.add(r[0] + "." + r[1]));
        assertFalse(inDatabase.isEmpty());
        assertEquals(inDatabase, known);
    }

    @Test
    void everyFileAddressIsA128BitRandomKey() throws Exception {
        assertEquals("0", single("select count(*) from stored_file where public_key is null"));
        assertEquals(single("select count(*) from stored_file"), single("select count(distinct public_key) from stored_file"),
                "no two files share a key");
        int links = 0;
        for (String page : List.of("/?lang=fr", "/news?lang=fr", "/council?lang=fr", "/legal?lang=fr", "/services?lang=fr",
                "/projects?lang=fr", "/partnerships?lang=fr", "/reports?lang=fr")) {
            String html = new Browserless().get(page).body();
            assertFalse(NUMERIC_FILE_URL.matcher(html).find(), page + " links a file by its id");
            Matcher m = FILE_URL.matcher(html);
            while (m.find()) {
                links++;
            }
        }
        assertTrue(links > 5, "the demo's pages link their files by key (" + links + ")");
        String oparl = new Browserless().get("/api/oparl/v1/body/" + single("select lower(code) from commune_profile") + "/file").body();
        assertFalse(oparl.matches("(?s).*/files?/[0-9]+\".*"), "OParl names files by key");
        String key1 = StoredFile.newKey();
        String key2 = StoredFile.newKey();
        assertNotEquals(key1, key2);
        assertTrue(key1.matches("[0-9a-f]{32}"));
    }

    private void execute(String sql, Object parameter) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setObject(1, parameter);
            }
            q.executeUpdate();
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rows = q.executeQuery()) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
        }
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
