package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import ma.commune.portal.content.boundary.CommuneProfileStore;
import ma.commune.portal.content.boundary.PartnershipForm;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.boundary.ProjectForm;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.PartnershipKind;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.shared.entity.StoredFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partnerships and projects windows on the real server and database: demo content, the draft to
 * published workflow, filters and pages in the database, audit, access, uploads, and the public pages
 * and open data over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class PartnershipsAndProjectsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(PartnershipsAndProjectsIT.class);
    }

    @EJB
    Projects projects;

    @EJB
    Partnerships partnerships;

    @EJB
    CommuneProfileStore profiles;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @EJB
    Publication publication;

    @EJB
    RunAs.AsAdmin asAdmin;

    private ProjectForm project(String marker) {
        District district = profiles.districts().get(0);
        ProjectForm form = new ProjectForm();
        form.setTitleAr("مشروع " + marker);
        form.setTitleFr("Projet " + marker);
        form.setDescriptionAr("وصف المشروع");
        form.setDescriptionFr("Description du projet");
        form.setStage(ProjectStage.IN_PROGRESS);
        form.setDistrictId(district.getId());
        form.setBudget(new BigDecimal("1500000.00"));
        form.setStartDate(LocalDate.of(2026, 1, 15));
        form.setEndDate(LocalDate.of(2027, 6, 30));
        form.setProgress(30);
        form.setLatitude(new BigDecimal("32.236"));
        form.setLongitude(new BigDecimal("-7.953"));
        form.addMilestone();
        form.getMilestones().get(0).setLabelAr("انطلاق الأشغال");
        form.getMilestones().get(0).setLabelFr("Lancement des travaux");
        form.getMilestones().get(0).setPlannedOn(LocalDate.of(2026, 3, 1));
        return form;
    }

    private static PageRequest page(int first, int size, Map<String, String> filters) {
        return new PageRequest(first, size, filters, "startDate", false);
    }

    private static String rule(Exception thrown) {
        return RunAs.cause(thrown, DomainRuleViolation.class).messageKey();
    }

    @Test
    void theDemoHasPartnershipsAndProjectsInEveryStageAndDistrict() throws Exception {
        assertTrue(partnerships.countPublished(page(0, 1, Map.of())) >= 12, "demo partnerships");
        assertTrue(projects.countPublished(page(0, 1, Map.of())) >= 14, "demo projects");
        for (ProjectStage stage : ProjectStage.values()) {
            assertTrue(projects.countPublished(page(0, 1, Map.of("stage", stage.name()))) >= 3, stage.name());
        }
        for (District district : profiles.districts()) {
            assertTrue(projects.countPublished(page(0, 1, Map.of("district", district.getId().toString()))) >= 1,
                    "a project in " + district.getName().getFr());
        }
        List<Project> drafts = asAdmin.call(() -> projects.search(new PageRequest(0, 50, Map.of("status", "DRAFT"), null, false)));
        assertFalse(drafts.isEmpty(), "the demo has a draft project");
        assertTrue(projects.findPublished(drafts.get(0).getId()).isEmpty(), "a demo draft is not public");

        Project market = projects.published(page(0, 50, Map.of())).stream()
                .filter(p -> "Marché municipal couvert".equals(p.getTitle().getFr())).findFirst().orElseThrow();
        Project shown = projects.findPublished(market.getId()).orElseThrow();
        assertEquals(3, shown.getMilestones().size());
        assertFalse(shown.getPhotos().isEmpty());
        assertTrue(files.isPublic(shown.getPhotos().get(0).getFile().getId()), "its photos are public");
        Partnership region = shown.getPartnerships().get(0);
        assertEquals(new BigDecimal("35000000.00"), partnerships.findPublished(region.getId()).orElseThrow().getTotalAmount());
        assertTrue(files.isPublic(partnerships.findPublished(region.getId()).orElseThrow().getConvention().getId()),
                "the convention of a published partnership is public");
    }

    @Test
    void aDraftIsNotPublicUntilPublishedAndWithdrawingHidesItAgain() throws Exception {
        Project draft = asAdmin.call(() -> projects.save(project("draft-check")));
        long id = draft.getId();
        assertFalse(draft.isPublished());
        assertTrue(projects.findPublished(id).isEmpty(), "a draft is not public");
        assertTrue(projects.published(page(0, 200, Map.of())).stream().noneMatch(p -> p.getId() == id));
        assertEquals("Projet draft-check", asAdmin.call(() -> projects.find(id)).getTitle().getFr(), "staff see drafts (preview)");

        long before = publication.generation();
        asAdmin.call(() -> projects.publish(id));
        Project published = projects.findPublished(id).orElseThrow();
        assertEquals(1, published.getMilestones().size());
        assertTrue(publication.generation() > before, "search and the page cache are told");

        long beforeWithdrawal = publication.generation();
        asAdmin.call(() -> projects.unpublish(id));
        assertTrue(projects.findPublished(id).isEmpty(), "withdrawn means not public again");
        assertTrue(publication.generation() > beforeWithdrawal);
    }

    @Test
    void publishingIsRefusedUntilTheRulesHoldAndSavesNothingThen() throws Exception {
        ProjectForm noFrench = project("no-french");
        noFrench.setTitleFr(" ");
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> projects.saveAndPublish(noFrench)));
        assertEquals("project.rule.titleInBothLanguages", rule(refused));
        assertTrue(asAdmin.call(() -> projects.search(new PageRequest(0, 5, Map.of("title", "no-french"), null, false))).isEmpty(),
                "save and publish is one transaction");

        ProjectForm backwards = project("backwards");
        backwards.setEndDate(LocalDate.of(2025, 1, 1));
        assertEquals("project.rule.endBeforeStart", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> projects.save(backwards)))));
        ProjectForm tooFar = project("too-far");
        tooFar.setProgress(120);
        assertEquals("project.rule.progressRange", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> projects.save(tooFar)))));
        ProjectForm offTheMap = project("off-the-map");
        offTheMap.setLatitude(new BigDecimal("91"));
        assertEquals("project.rule.latitudeRange", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> projects.save(offTheMap)))));

        PartnershipForm negative = new PartnershipForm();
        negative.setPartnerAr("شريك");
        negative.setPartnerFr("Partenaire");
        negative.addContribution();
        negative.getContributions().get(0).setPartyFr("Commune");
        negative.getContributions().get(0).setAmount(new BigDecimal("-5"));
        assertEquals("partnership.rule.amountNotNegative",
                rule(assertThrows(Exception.class, () -> asAdmin.call(() -> partnerships.save(negative)))));
    }

    @Test
    void filtersAndPagesAreAppliedInTheDatabase() throws Exception {
        List<Project> completed = projects.published(page(0, 200, Map.of("stage", "COMPLETED")));
        assertFalse(completed.isEmpty());
        assertTrue(completed.stream().allMatch(p -> p.getStage() == ProjectStage.COMPLETED));
        assertEquals(completed.size(), projects.countPublished(page(0, 1, Map.of("stage", "COMPLETED"))));

        District district = profiles.districts().get(2);
        assertTrue(projects.published(page(0, 200, Map.of("district", district.getId().toString()))).stream()
                .allMatch(p -> p.getDistrict().getId().equals(district.getId())));

        List<Project> in2022 = projects.published(page(0, 200, Map.of("year", "2022")));
        assertFalse(in2022.isEmpty());
        assertTrue(in2022.stream().allMatch(p -> p.getStartDate().getYear() <= 2022
                && (p.getEndDate() == null || p.getEndDate().getYear() >= 2022)), "running during 2022");
        assertTrue(in2022.stream().noneMatch(p -> "Abattoir communal".equals(p.getTitle().getFr())), "planned for 2027");

        List<Project> first = projects.published(page(0, 5, Map.of()));
        List<Project> second = projects.published(page(5, 5, Map.of()));
        assertEquals(5, first.size());
        assertEquals(5, second.size());
        Set<Long> ids = new HashSet<>();
        first.forEach(p -> ids.add(p.getId()));
        second.forEach(p -> ids.add(p.getId()));
        assertEquals(10, ids.size(), "two pages never repeat an item");
        assertFalse(first.get(0).getStartDate().isBefore(second.get(0).getStartDate()), "newest first");

        List<Partnership> international = partnerships.published(page(0, 200, Map.of("kind", "INTERNATIONAL")));
        assertTrue(international.size() >= 3);
        assertTrue(international.stream().allMatch(p -> p.getKind() == PartnershipKind.INTERNATIONAL));
        assertTrue(partnerships.published(page(0, 200, Map.of("stage", "TERMINATED"))).stream()
                .allMatch(p -> p.getStage().name().equals("TERMINATED")));
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() throws Exception {
        Project created = asAdmin.call(() -> projects.save(project("audit-check")));
        ProjectForm edit = asAdmin.call(() -> ProjectForm.of(projects.find(created.getId())));
        edit.setProgress(45);
        asAdmin.call(() -> projects.save(edit));
        asAdmin.call(() -> projects.publish(created.getId()));

        List<AuditEntry> entries = asAdmin.call(() -> audit.search(
                new PageRequest(0, 20, Map.of("entityType", "Project"), null, false))).stream()
                .filter(e -> e.getEntityId().equals(created.getId().toString())).collect(Collectors.toList());
        assertEquals(Set.of("create", "update", "publish"), entries.stream().map(AuditEntry::getAction).collect(Collectors.toSet()));
        AuditEntry update = entries.stream().filter(e -> e.getAction().equals("update")).findFirst().orElseThrow();
        assertTrue(update.getBefore().contains("\"progress\":30"), update.getBefore());
        assertTrue(update.getAfter().contains("\"progress\":45"), update.getAfter());
        AuditEntry publish = entries.stream().filter(e -> e.getAction().equals("publish")).findFirst().orElseThrow();
        assertTrue(publish.getBefore().contains("\"status\":\"DRAFT\""));
        assertTrue(publish.getAfter().contains("\"status\":\"PUBLISHED\""));

        ProjectForm stale = edit; // read at the version before the last save
        assertEquals("error.concurrentChange", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> projects.save(stale)))));
    }

    @Test
    void anonymousCallersCannotChangeProjectsOrPartnerships() {
        assertThrows(EJBAccessException.class, () -> projects.save(project("anonymous")));
        assertThrows(EJBAccessException.class, () -> projects.publish(1L));
        assertThrows(EJBAccessException.class, () -> projects.find(1L));
        assertThrows(EJBAccessException.class, () -> partnerships.save(new PartnershipForm()));
        assertThrows(EJBAccessException.class, () -> partnerships.unpublish(1L));
        assertThrows(EJBAccessException.class, () -> files.storeImage("x.png", new byte[] {1}));
    }

    @Test
    void aPhotoIsStoredWithoutItsExifAndIsPublicOnlyWithItsPublishedProject() throws Exception {
        byte[] jpeg = jpegWithExif();
        assertTrue(indexOf(jpeg, "Exif".getBytes(StandardCharsets.US_ASCII)) > 0, "the upload carries EXIF");
        StoredFile photo = asAdmin.call(() -> files.storeImage("IMG_0001.jpg", jpeg));
        byte[] stored = asAdmin.call(() -> files.findForEditors(photo.getPublicKey()).orElseThrow().getContent());
        assertEquals("image/jpeg", photo.getContentType());
        assertEquals(-1, indexOf(stored, "Exif".getBytes(StandardCharsets.US_ASCII)), "no EXIF segment kept");
        assertEquals(-1, indexOf(stored, "GPS-Ben-Guerir".getBytes(StandardCharsets.US_ASCII)), "no GPS data kept");
        assertEquals(-1, indexOf(stored, new byte[] {(byte) 0xFF, (byte) 0xE1}), "no APP1 segment");
        assertTrue(!files.isPublic(photo.getId()), "not public on its own");

        ProjectForm form = project("photo");
        form.addPhoto(photo.getId());
        Project saved = asAdmin.call(() -> projects.save(form));
        assertTrue(!files.isPublic(photo.getId()), "not public with a draft");
        asAdmin.call(() -> projects.publish(saved.getId()));
        assertTrue(files.isPublic(photo.getId()), "public with its published project");
    }

    @Test
    void wrongUploadsAreRefusedAndStoreNothing() throws Exception {
        long before = asAdmin.call(() -> files.storeImage("before.png", png())).getId();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("file.rule.notAnImage", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> files.storeImage("photo.jpg", exe)))));
        assertEquals("file.rule.notAPdf", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> files.storePdf("convention.pdf", exe)))));
        assertEquals("file.rule.empty", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> files.storePdf("empty.pdf", new byte[0])))));
        byte[] huge = new byte[FileStore.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        assertEquals("file.rule.pdfTooLarge", rule(assertThrows(Exception.class, () -> asAdmin.call(() -> files.storePdf("big.pdf", huge)))));
        long after = asAdmin.call(() -> files.storeImage("after.png", png())).getId();
        assertEquals(before + 1, after, "no file was stored between the two good uploads");
    }

    // ---- over HTTP, as a resident

    @Test
    @RunAsClient
    void theCompletedFilterListsOnlyCompletedProjects() throws Exception {
        HttpResponse<String> page = new Browserless().get("/projects?status=COMPLETED&lang=fr");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("stage-COMPLETED"));
        assertFalse(page.body().contains("class=\"badge stage-IN_PROGRESS\""), "no project in progress");
        assertFalse(page.body().contains("class=\"badge stage-PLANNED\""), "no planned project");
        assertTrue(page.body().contains("<option value=\"COMPLETED\" selected=\"selected\">"), "the filter shows its choice");
        assertEquals(404, new Browserless().get("/projects/999999").statusCode());
        assertEquals(404, new Browserless().get("/projects?page=99").statusCode());
        assertEquals(200, new Browserless().get("/partnerships?kind=INTERNATIONAL").statusCode());
    }

    @Test
    @RunAsClient
    void aProjectPageIsUsableWithoutJavaScript() throws Exception {
        String list = new Browserless().get("/projects?status=IN_PROGRESS").body();
        Matcher link = Pattern.compile("href=\"/projects/([0-9]+)\"").matcher(list);
        assertTrue(link.find(), "the list links its projects");
        HttpResponse<String> page = new Browserless().get("/projects/" + link.group(1));
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("lang=\"ar\" dir=\"rtl\""));
        assertTrue(Pattern.compile("class=\"coordinates\">3[0-9]\\.[0-9]{6}, -[0-9]\\.[0-9]{6}<").matcher(html).find(),
                "the coordinates are written out");
        assertTrue(html.contains("href=\"https://www.openstreetmap.org/?mlat="), "a link to OpenStreetMap");
        assertTrue(html.contains("<progress"), "the progress bar");
        assertTrue(html.contains("id=\"project-map\"") && html.contains("aria-label="), "the labelled map element");
        assertFalse(Pattern.compile("<script(?![^>]*\\b(src|nonce)=)[^>]*>").matcher(html).find(), "no inline script without the nonce");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("img-src 'self' data: https://tile.openstreetmap.org"), csp);
        assertEquals(200, new Browserless().get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode(), "Leaflet from the WAR");

        HttpResponse<String> preview = new Browserless().get("/admin/content/project-preview?id=" + link.group(1));
        assertNotEquals(200, preview.statusCode(), "the preview is for staff only");
    }

    @Test
    @RunAsClient
    void theOpenDataCsvIsUtf8WithArabicRows() throws Exception {
        HttpResponse<String> csv = new Browserless().get("/api/opendata/projects.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("utf-8"));
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertEquals("id,title_ar,title_fr,status,district_ar,district_fr,budget_mad,start_date,end_date,progress_percent,"
                + "latitude,longitude,partners_fr,url", lines.get(0));
        assertTrue(lines.size() >= 15, "a row per published project");
        assertTrue(csv.body().contains("إعادة تأهيل طرق حي المسيرة"), "Arabic in UTF-8");
        assertTrue(csv.body().contains(",18500000.00,2021-05-03,2022-12-20,100,"), "plain decimals and ISO dates");
        assertFalse(csv.body().contains("توسيع شبكة الماء"), "no draft");
        HttpResponse<String> partnershipsCsv = new Browserless().get("/api/opendata/partnerships.csv");
        assertTrue(partnershipsCsv.body().startsWith("id,partner_ar,partner_fr,"));
        assertTrue(partnershipsCsv.body().contains("مؤسسة OCP"));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A real JPEG with an APP1 (EXIF) segment right after its start marker, as phones write them. */
    private static byte[] jpegWithExif() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0MM\0*\0\0\0\bGPS-Ben-Guerir 32.236N 7.953W".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
