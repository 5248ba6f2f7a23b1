package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ma.commune.portal.content.boundary.AttachmentLine;
import ma.commune.portal.content.boundary.LegalDocuments;
import ma.commune.portal.content.boundary.LegalForm;
import ma.commune.portal.content.boundary.LegalQuery;
import ma.commune.portal.content.boundary.LegalWindow;
import ma.commune.portal.content.boundary.ReportForm;
import ma.commune.portal.content.boundary.Reports;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.shared.entity.StoredFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The legal space and the reports on the real server and database: workflow, filters, files, audit, public pages. */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class LegalAndReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(LegalAndReportsIT.class);
    }

    @EJB
    LegalDocuments legal;

    @EJB
    Reports reports;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @EJB
    Publication publication;

    @EJB
    RunAs.AsAdmin asAdmin;

    @Inject
    LegalWindow legalTexts;

    private Browserless http;

    @BeforeEach
    void client() {
        http = new Browserless();
    }

    private static byte[] pdfBytes(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private StoredFile pdf(String name) throws Exception {
        return asAdmin.call(() -> files.storePdf(name, pdfBytes(name)));
    }

    private LegalForm legalForm(LegalDocumentType type, String number, LocalDate date, String marker) throws Exception {
        LegalForm form = new LegalForm();
        form.setType(type);
        form.setNumber(number);
        form.setDate(date);
        form.setTitleAr("قرار " + marker);
        form.setTitleFr("Arrêté " + marker);
        form.setSummaryAr("ملخص " + marker);
        form.setSummaryFr("Résumé " + marker);
        form.attachPdf(pdf(marker + ".pdf"));
        return form;
    }

    private static String messageKey(Exception refused) {
        return RunAs.cause(refused, DomainRuleViolation.class).messageKey();
    }

    @Test
    void theDemoLegalTextsAndReportsAreSeededAndTheirDraftsAreNotPublic() {
        assertTrue(legal.countPublished(LegalQuery.all()) >= 14, "demo legal texts");
        for (LegalDocumentType type : LegalDocumentType.values()) {
            assertTrue(legal.countPublished(new LegalQuery(type, null, null)) >= 2, "demo texts of type " + type);
        }
        assertTrue(legal.publishedYears().containsAll(List.of(2023, 2024, 2025, 2026)), legal.publishedYears().toString());
        assertTrue(reports.countPublished(null, null) >= 12, "demo reports");
        assertEquals(3, reports.countPublished(ReportCategory.ADMINISTRATIVE_ACCOUNT, null), "accounts 2023 to 2025");
        assertTrue(legal.published(LegalQuery.all(), 0, 200).stream().allMatch(d -> d.getPdf() != null), "every public text has its PDF");
        assertTrue(legal.published(LegalQuery.all(), 0, 200).stream().noneMatch(d -> d.getTitle().getFr().startsWith("Projet")),
                "the demo drafts are not public");
    }

    @Test
    void aDraftIsNotPublicUntilPublishedAndNotAfterItIsWithdrawn() throws Exception {
        LegalDocument draft = asAdmin.call(() -> legal.save(legalForm(LegalDocumentType.BYLAW, "31/2026", LocalDate.of(2026, 9, 1), "draft-check")));
        long id = draft.getId();
        long before = legal.countPublished(LegalQuery.all());
        assertFalse(draft.isPublished());
        assertTrue(legal.findPublished(id).isEmpty(), "a draft has no permalink");
        assertEquals(404, http.get("/legal/" + id).statusCode());

        long generation = publication.generation();
        asAdmin.call(() -> legal.publish(id));
        assertTrue(legal.findPublished(id).isPresent());
        assertEquals(before + 1, legal.countPublished(LegalQuery.all()));
        assertTrue(publication.generation() > generation, "the public pages' cache is told");
        HttpResponse<String> page = http.get("/legal/" + id + "?lang=fr");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Arrêté draft-check"), "the permalink shows the text");
        assertTrue(legalTexts.publishedDocuments().stream().anyMatch(d -> d.itemId() == id && d.path().equals("/legal/" + id)),
                "search indexes it");

        asAdmin.call(() -> legal.unpublish(id));
        assertTrue(legal.findPublished(id).isEmpty(), "withdrawn means not public again");
        assertEquals(404, http.get("/legal/" + id).statusCode());
        assertEquals(before, legal.countPublished(LegalQuery.all()));
    }

    @Test
    void publishingNeedsBothTitlesAndThePdfAndSavesNothingWhenRefused() throws Exception {
        LegalForm noPdf = legalForm(LegalDocumentType.ORDER, "32/2026", LocalDate.of(2026, 9, 2), "no-pdf");
        noPdf.removePdf();
        long before = asAdmin.call(() -> legal.count(new PageRequest(0, 10, Map.of("title", "no-pdf"), null, false)));
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> legal.saveAndPublish(noPdf)));
        assertEquals("legal.rule.pdfRequired", messageKey(refused));
        assertEquals(before, asAdmin.call(() -> legal.count(new PageRequest(0, 10, Map.of("title", "no-pdf"), null, false))),
                "save and publish is one transaction: nothing was saved");

        LegalForm halfTitled = legalForm(LegalDocumentType.ORDER, "33/2026", LocalDate.of(2026, 9, 3), "half");
        halfTitled.setTitleFr(" ");
        LegalDocument draft = asAdmin.call(() -> legal.save(halfTitled));
        Exception untitled = assertThrows(Exception.class, () -> asAdmin.call(() -> legal.publish(draft.getId())));
        assertEquals("legal.rule.titleInBothLanguages", messageKey(untitled));
        assertTrue(legal.findPublished(draft.getId()).isEmpty());
    }

    @Test
    void filtersAndPagesCountInTheDatabase() throws Exception {
        LegalQuery orders2025 = new LegalQuery(LegalDocumentType.ORDER, 2025, LegalQuery.Order.NEWEST);
        List<LegalDocument> found = legal.published(orders2025, 0, 200);
        assertEquals(found.size(), legal.countPublished(orders2025));
        assertTrue(found.size() >= 2, "demo orders of 2025");
        assertTrue(found.stream().allMatch(d -> d.getType() == LegalDocumentType.ORDER && d.getDate().getYear() == 2025));
        for (int i = 1; i < found.size(); i++) {
            assertFalse(found.get(i).getDate().isAfter(found.get(i - 1).getDate()), "newest first");
        }
        List<LegalDocument> oldest = legal.published(new LegalQuery(null, null, LegalQuery.Order.OLDEST), 0, 1);
        assertEquals(2023, oldest.get(0).getDate().getYear());

        long all = legal.countPublished(LegalQuery.all());
        List<LegalDocument> page1 = legal.published(LegalQuery.all(), 0, 10);
        List<LegalDocument> page2 = legal.published(LegalQuery.all(), 10, 10);
        assertEquals(10, page1.size());
        assertEquals(Math.min(10, all - 10), page2.size());
        assertTrue(page2.stream().noneMatch(page1::contains), "pages do not overlap");

        List<Report> audits = reports.published(ReportCategory.AUDIT, null, 0, 200);
        assertEquals(audits.size(), reports.countPublished(ReportCategory.AUDIT, null));
        assertTrue(audits.stream().allMatch(r -> r.getCategory() == ReportCategory.AUDIT));
        assertTrue(reports.published(null, 2025, 0, 200).stream().allMatch(r -> r.getYear() == 2025));

        long drafts = asAdmin.call(() -> legal.count(new PageRequest(0, 10, Map.of("status", "DRAFT", "type", "CONVENTION"), null, false)));
        assertTrue(drafts >= 1, "the back office filters drafts by type");
    }

    @Test
    void everyChangeIsAuditedAndAStaleEditIsRefused() throws Exception {
        LegalDocument created = asAdmin.call(() -> legal.save(legalForm(LegalDocumentType.DECISION, "34/2026", LocalDate.of(2026, 10, 6), "audit")));
        asAdmin.call(() -> legal.publish(created.getId()));
        List<AuditEntry> entries = asAdmin.call(() -> audit.search(new PageRequest(0, 20, Map.of("entityType", "LegalDocument"), null, false)));
        AuditEntry publish = entries.stream()
                .filter(e -> e.getEntityId().equals(created.getId().toString()) && e.getAction().equals("publish"))
                .findFirst().orElseThrow();
        assertTrue(publish.getBefore().contains("\"status\":\"DRAFT\""), publish.getBefore());
        assertTrue(publish.getAfter().contains("\"status\":\"PUBLISHED\""), publish.getAfter());
        assertTrue(entries.stream().anyMatch(e -> e.getEntityId().equals(created.getId().toString()) && e.getAction().equals("create")));

        LegalForm first = asAdmin.call(() -> LegalForm.of(legal.findWithFiles(created.getId())));
        LegalForm second = asAdmin.call(() -> LegalForm.of(legal.findWithFiles(created.getId())));
        first.setSummaryFr("Résumé corrigé");
        asAdmin.call(() -> legal.save(first));
        second.setSummaryFr("Autre résumé");
        Exception stale = assertThrows(Exception.class, () -> asAdmin.call(() -> legal.save(second)));
        assertEquals("error.concurrentChange", messageKey(stale));
        assertEquals("Résumé corrigé", legal.findPublished(created.getId()).orElseThrow().getSummary().getFr());
    }

    @Test
    void anonymousCallersCannotChangeLegalTextsOrReports() {
        assertThrows(EJBAccessException.class, () -> legal.save(new LegalForm()));
        assertThrows(EJBAccessException.class, () -> legal.publish(1L));
        assertThrows(EJBAccessException.class, () -> legal.unpublish(1L));
        assertThrows(EJBAccessException.class, () -> legal.findWithFiles(1L));
        assertThrows(EJBAccessException.class, () -> reports.save(new ReportForm()));
        assertThrows(EJBAccessException.class, () -> reports.delete(1L));
        assertThrows(EJBAccessException.class, () -> files.storePdf("x.pdf", pdfBytes("x")));
    }

    @Test
    void aFileThatIsNotAPdfOrIsEmptyIsRefusedAndNothingIsStored() throws Exception {
        long probeBefore = probeFileId();
        byte[] executable = new byte[64];
        executable[0] = 'M';
        executable[1] = 'Z';
        Exception exe = assertThrows(Exception.class, () -> asAdmin.call(() -> files.storePdf("setup.pdf", executable)));
        assertEquals("file.rule.notAPdf", messageKey(exe));
        Exception empty = assertThrows(Exception.class, () -> asAdmin.call(() -> files.storePdf("empty.pdf", new byte[0])));
        assertEquals("file.rule.empty", messageKey(empty));
        byte[] truncated = java.util.Arrays.copyOf(pdfBytes("cut"), 40);
        Exception cut = assertThrows(Exception.class, () -> asAdmin.call(() -> files.storePdf("cut.pdf", truncated)));
        assertEquals("file.rule.notAPdf", messageKey(cut));
        assertEquals(probeBefore + 1, probeFileId(), "a refused upload stores nothing: no file came between two probes");
    }

    private long probeFileId() throws Exception {
        return asAdmin.call(() -> files.storePdf("probe.pdf", pdfBytes("probe")).getId());
    }

    @Test
    void thePdfAndRelatedDocumentsOfAPublishedTextArePublicAndThoseOfADraftAreNot() throws Exception {
        LegalForm form = legalForm(LegalDocumentType.CONVENTION, "35/2026", LocalDate.of(2026, 7, 1), "files");
        StoredFile annex = pdf("annexe.pdf");
        form.getRelated().add(new AttachmentLine(annex));
        LegalDocument draft = asAdmin.call(() -> legal.save(form));
        long pdfId = draft.getPdf().getId();
        String pdfKey = draft.getPdf().getPublicKey();
        assertTrue(!files.isPublic(pdfId), "the PDF of a draft is not public");
        assertTrue(!files.isPublic(annex.getId()), "nor its related documents");
        assertEquals(404, http.get("/files/" + pdfKey).statusCode());

        asAdmin.call(() -> legal.publish(draft.getId()));
        assertTrue(files.isPublic(pdfId), "the PDF of a published text is public");
        assertTrue(files.isPublic(annex.getId()), "so are its related documents");
        HttpResponse<String> file = http.get("/files/" + pdfKey);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));

        ReportForm report = new ReportForm();
        report.setCategory(ReportCategory.TECHNICAL);
        report.setYear(2026);
        report.setTitleAr("تقرير تقني");
        report.setTitleFr("Rapport technique test");
        StoredFile reportPdf = pdf("rapport.pdf");
        report.getDocuments().add(new AttachmentLine(reportPdf));
        Report saved = asAdmin.call(() -> reports.save(report));
        assertTrue(!files.isPublic(reportPdf.getId()), "the document of a draft report is not public");
        asAdmin.call(() -> reports.publish(saved.getId()));
        assertTrue(files.isPublic(reportPdf.getId()), "the document of a published report is public");
        assertEquals(200, http.get("/reports/" + saved.getId()).statusCode());
    }

    @Test
    void aReportWithoutADocumentIsNotPublished() throws Exception {
        ReportForm form = new ReportForm();
        form.setCategory(ReportCategory.ACTIVITY);
        form.setYear(2026);
        form.setTitleAr("تقرير بدون وثيقة");
        form.setTitleFr("Rapport sans document");
        Report draft = asAdmin.call(() -> reports.save(form));
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> reports.publish(draft.getId())));
        assertEquals("report.rule.documentRequired", messageKey(refused));
        assertTrue(reports.findPublished(draft.getId()).isEmpty());
        assertEquals(404, http.get("/reports/" + draft.getId()).statusCode());
    }

    @Test
    void thePublicListsFilterByTheAddressAndUnknownPagesAre404() throws Exception {
        HttpResponse<String> orders = http.get("/legal?type=ORDER&year=2025&lang=fr");
        assertEquals(200, orders.statusCode());
        String body = orders.body();
        assertTrue(body.contains("Arrêté communal réglementant la circulation aux abords du souk"), "an order of 2025");
        assertFalse(body.contains("stationnement au centre-ville"), "no order of 2023");
        assertFalse(body.contains("Convention de partenariat avec la Fondation OCP"), "no convention");
        assertFalse(body.contains("jakarta.faces.ViewState"), "a stateless page");

        String lowerCase = http.get("/legal?type=order&year=2025&lang=fr").body();
        assertTrue(lowerCase.contains("Arrêté communal réglementant la circulation aux abords du souk"), "a value in lower case filters too");
        assertFalse(lowerCase.contains("Convention de partenariat avec la Fondation OCP"));
        assertTrue(Pattern.compile("value=\"ORDER\"[^>]*selected").matcher(lowerCase).find(), "and its option is marked");

        String unknown = http.get("/legal?type=circular&lang=fr").body();
        assertEquals(resultCount(http.get("/legal?lang=fr").body()), resultCount(unknown), "an unknown type is no filter: every text is counted");
        assertFalse(Pattern.compile("value=\"(DECISION|ORDER|BYLAW|CONVENTION)\"[^>]*selected").matcher(unknown).find(),
                "no type is marked: the select shows all types");
        assertFalse(unknown.contains("type=circular&amp;page="), "the unknown value is not kept in the pager's links");

        HttpResponse<String> arabic = http.get("/legal?type=CONVENTION&lang=ar");
        assertTrue(arabic.body().contains("lang=\"ar\" dir=\"rtl\""));
        assertTrue(arabic.body().contains("اتفاقية شراكة مع مؤسسة المكتب الشريف للفوسفاط"));

        assertEquals(404, http.get("/legal/999999").statusCode());
        assertEquals(404, http.get("/legal/abc").statusCode());
        assertEquals(404, http.get("/legal?page=999").statusCode());
        assertEquals(404, http.get("/reports/999999").statusCode());

        HttpResponse<String> accounts = http.get("/reports?category=ADMINISTRATIVE_ACCOUNT&lang=fr");
        assertTrue(accounts.body().contains("Compte administratif de la commune — exercice 2024"));
        assertFalse(accounts.body().contains("Cour régionale des comptes"));
    }

    @Test
    void theOpenDataFileListsThePublishedTextsInUtf8() throws Exception {
        HttpResponse<String> csv = http.get("/api/opendata/legal-documents.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").contains("UTF-8"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,type,number,date,title_ar,title_fr,summary_ar,summary_fr,pdf_url,permalink,published_at", lines[0]);
        assertEquals(legal.countPublished(LegalQuery.all()), lines.length - 1L, "one row per published text");
        assertTrue(csv.body().contains("النظام الداخلي للمجلس الجماعي لابن جرير"), "Arabic survives the trip");
        assertFalse(csv.body().contains("Projet de convention sur le transport urbain"), "no draft");
        assertTrue(http.get("/api/opendata").body().contains("legal-documents"), "listed among the downloads");
    }

    /** The number of items a public list says it holds ({@code <p id="result-count">… <strong>12</strong>}). */
    private static int resultCount(String page) {
        java.util.regex.Matcher count = Pattern.compile("id=\"result-count\">[^<]*<strong>([0-9]+)</strong>").matcher(page);
        assertTrue(count.find(), "the list says how many items it holds");
        return Integer.parseInt(count.group(1));
    }
}
