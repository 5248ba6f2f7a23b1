package ma.commune.portal.it.procurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Imports;
import ma.commune.portal.imports.demo.DemoImports;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.DemoRun;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.ImportRuns;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.boundary.TenderDocuments;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.procurement.entity.TenderDocument;
import ma.commune.portal.shared.DomainRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call for tenders' documents: the finance service attaches a PDF to an imported tender, the tender's
 * public page lists it and {@code /files/} serves it; what is not a PDF, a label too long, an unknown
 * tender and a role other than FINANCE or ADMIN are refused and store nothing; a detached document is
 * no longer served.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class TenderDocumentsIT {

    private static final String REFERENCE = "AO 36/2036/CBG";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(TenderDocumentsIT.class);
    }

    @EJB
    Imports jobs;

    @EJB
    PublicTenders tenders;

    @EJB
    TenderDocuments documents;

    @EJB
    RunAs.AsFinance asFinance;

    @EJB
    RunAs.AsEditor asEditor;

    @EJB
    DemoImports demo;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @BeforeEach
    void afterTheDemoImports() throws InterruptedException {
        DemoRun.awaitItsImports(demo);
    }

    @Test
    void theFinanceServiceAttachesAPdfThePublicReadsItAndADetachedOneIsNoLongerServed() throws Exception {
        long tenderId = importedTender();
        long filesBefore = count("SELECT COUNT(*) FROM stored_file");

        TenderDocument attached = asFinance.call(() -> documents.attach(tenderId, "DCE AO 36-2036.pdf", PDF,
                "ملف طلب العروض", "Dossier d’appel d’offres"));
        String fileKey = attached.getFile().getPublicKey();
        assertEquals(filesBefore + 1, count("SELECT COUNT(*) FROM stored_file"));
        assertEquals(1, documents.of(tenderId).size());
        assertEquals("DCE_AO_36-2036.pdf", documents.of(tenderId).get(0).getFile().getFileName(), "a safe file name");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'attach' AND entity_type = 'TenderDocument'"
                + " AND entity_id = '" + attached.getId() + "'"), "the attachment is in the audit log");

        String french = get("/tenders/" + tenderId + "?lang=fr").body();
        assertTrue(french.contains("Dossier d’appel d’offres") && french.contains("/files/" + fileKey + "\""), "the page lists the document");
        assertTrue(get("/tenders/" + tenderId + "?lang=ar").body().contains("ملف طلب العروض"), "in Arabic too");
        HttpResponse<byte[]> served = getBytes("/files/" + fileKey);
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PDF, served.body());

        asFinance.call(() -> {
            documents.detach(attached.getId());
            return null;
        });
        assertTrue(documents.of(tenderId).isEmpty());
        assertEquals(404, getBytes("/files/" + fileKey).statusCode(), "a detached document is no longer served");
        assertFalse(get("/tenders/" + tenderId + "?lang=fr").body().contains("/files/" + fileKey + "\""));
    }

    @Test
    void whatIsNotAPdfALabelTooLongAnUnknownTenderAndAnotherRoleAreRefusedAndStoreNothing() throws Exception {
        long tenderId = importedTender();
        long filesBefore = count("SELECT COUNT(*) FROM stored_file");
        long documentsBefore = count("SELECT COUNT(*) FROM tender_document");

        assertEquals("file.rule.notAPdf", refusal(() -> asFinance.call(() -> documents.attach(tenderId, "notes.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), null, null))));
        assertEquals("procurement.documents.rule.labelTooLong", refusal(() -> asFinance.call(() -> documents.attach(tenderId, "dce.pdf", PDF,
                "ا".repeat(301), null))));
        assertEquals("error.notFound", refusal(() -> asFinance.call(() -> documents.attach(Long.MAX_VALUE, "dce.pdf", PDF, null, null))));
        RunAs.cause(assertThrows(Exception.class, () -> asEditor.call(() -> documents.attach(tenderId, "dce.pdf", PDF, null, null))),
                EJBAccessException.class);
        assertThrows(EJBAccessException.class, () -> documents.attach(tenderId, "dce.pdf", PDF, null, null), "anonymous");

        assertEquals(filesBefore, count("SELECT COUNT(*) FROM stored_file"), "no file kept by a refused attachment");
        assertEquals(documentsBefore, count("SELECT COUNT(*) FROM tender_document"));

        TenderDocument unnamed = asFinance.call(() -> documents.attach(tenderId, "pv-ouverture.pdf", PDF, " ", null));
        assertEquals("pv-ouverture.pdf", unnamed.getLabel().getFr(), "without a label, the file's name");
        asFinance.call(() -> {
            documents.detach(unnamed.getId());
            return null;
        });
    }

    /** The test's call for tenders, imported through the real job (forced: the test may run again on the same database). */
    private long importedTender() throws Exception {
        String avis = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;"
                + "date_limite;date_ouverture_plis;lieu_ouverture;statut\n"
                + REFERENCE + ";Aménagement du jardin municipal;تهيئة الحديقة البلدية;TRAVAUX;AOO;2 000 000,00;20 000,00;"
                + "05/01/2036;05/02/2036 10:00;05/02/2036 11:00;Salle des réunions;PUBLIE\n#TOTAL;1;2 000 000,00\n";
        long id = asFinance.call(() -> jobs.start(ImportKind.AVIS, "AVIS_2036_20360105.csv",
                new ByteArrayInputStream(avis.getBytes(StandardCharsets.UTF_8)), ImportSource.UPLOAD, true));
        ImportExecutionView view = ImportRuns.awaitEnd(id, () -> asFinance.call(() -> jobs.execution(id)));
        assertEquals(ImportStatus.COMPLETED, view.status(), view.toString());
        return tenders.byReference(REFERENCE).map(Tender::getId).orElseThrow();
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        return RunAs.cause(assertThrows(Exception.class, call), DomainRuleViolation.class).messageKey();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = new Browserless().get(path);
        assertEquals(200, response.statusCode(), path);
        return response;
    }

    private static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browserless.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
