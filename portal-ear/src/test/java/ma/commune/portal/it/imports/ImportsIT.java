package ma.commune.portal.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportRefused;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Imports;
import ma.commune.portal.imports.boundary.InboxOutcome;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.imports.control.NightlyImports;
import ma.commune.portal.imports.demo.DemoImports;
import ma.commune.portal.it.support.DemoRun;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.ImportRuns;
import ma.commune.portal.it.support.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import jobs on the real server and database: a clean file goes in whole; a file with bad lines
 * goes in minus them, with a reject report that names each line; the same file forced again writes
 * nothing; a changed cumulative export updates with history; a truncated file and a file over the
 * reject limit apply nothing; two triggers at once start one execution.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("integration")
class ImportsIT {

    private static final String CREDITS = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
            + "2026;FONCTIONNEMENT;10.20.30.11;Éclairage public;الإنارة العمومية;1 000 000,00\n"
            + "2026;F;10.20.30.12;Propreté;النظافة;2.500.000,00\n"
            + "2026;INVESTISSEMENT;20.10.10.01;Voirie;الطرق;4 000 000,00 MAD\n"
            + "#TOTAL;3;7 500 000,00\n";
    private static final String COMMITMENTS_HEADER =
            "exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut\n";

    /** The demo's rows share the server's database (same years): this test counts its own. */
    private static final String OWN_LINES = " AND code IN ('10.20.30.11', '10.20.30.12', '20.10.10.01')";
    /** This class's commitments: the demo's are ENG-…, and other classes import other years (2029, 2031, 2032…). */
    private static final String OWN_COMMITMENTS = " WHERE fiscal_year = 2026 AND number NOT LIKE 'ENG-%'";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ImportsIT.class);
    }

    @EJB
    Imports jobs;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    NightlyImports nightly;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @EJB
    DemoImports demo;

    /** The demo imports its files from the inbox at start-up: the imports and the inbox here wait for their end. */
    @BeforeEach
    void afterTheDemoImports() throws InterruptedException {
        DemoRun.awaitItsImports(demo);
    }

    @Test
    @Order(1)
    void aCleanFileGoesInWhole() throws Exception {
        ImportExecutionView done = run(ImportKind.CREDITS, "CREDITS_2026_20261127.csv", CREDITS, false);
        assertEquals(ImportStatus.COMPLETED, done.status(), done.toString());
        assertEquals(3L, done.records());
        assertEquals(3, done.inserted());
        assertEquals(3, done.read());
        assertEquals(3, count("SELECT COUNT(*) FROM budget_line WHERE fiscal_year = 2026" + OWN_LINES));
        assertEquals(7_500_000_00L, count("SELECT SUM(credits_opened) * 100 FROM budget_line WHERE fiscal_year = 2026" + OWN_LINES));
    }

    @Test
    @Order(2)
    void aFileWithBadLinesGoesInWithoutThemAndItsReportNamesEachLine() throws Exception {
        String file = COMMITMENTS_HEADER
                + "2026;E-001;05/03/2026;10.20.30.11;Lampes LED;Société Lumière SARL;001234567000089;12/2026/CBG;120 000,00;VISE\n"
                + "2026;E-002;31/02/2026;10.20.30.11;Date impossible;Fournisseur;;;10,00;VISE\n"
                + "2026;E-003;06/03/2026;99.99.99.99;Ligne inconnue;Fournisseur;;;20,00;VISE\n"
                + "2026;E-004;07/03/2026;10.20.30.12;\"Collecte; quartier Al Qods\";Ahmed B.;;;30 000,00;VISE\n"
                + "#TOTAL;4;150 030,00\n";
        ImportExecutionView done = run(ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2026_20261127.csv", file, false);
        assertEquals(ImportStatus.COMPLETED, done.status(), done.toString());
        assertEquals(2, done.inserted());
        assertEquals(2, done.skipped());
        assertEquals(2, count("SELECT COUNT(*) FROM commitment" + OWN_COMMITMENTS));
        List<Rejection> report = admin(() -> jobs.rejections(done.executionId(), 0, 100));
        assertEquals(List.of(new Rejection(3, "date_engagement", "31/02/2026", Reason.NOT_A_DATE),
                new Rejection(4, "code_rubrique", "99.99.99.99", Reason.UNKNOWN_BUDGET_LINE)), report);
    }

    @Test
    @Order(3)
    void theSameFileForcedAgainWritesNothing() throws Exception {
        long before = count("SELECT COUNT(*) FROM budget_line WHERE last_execution_id IS NOT NULL");
        ImportExecutionView again = run(ImportKind.CREDITS, "CREDITS_2026_20261127.csv", CREDITS, true);
        assertEquals(ImportStatus.COMPLETED, again.status(), again.toString());
        assertEquals(0, again.inserted());
        assertEquals(0, again.updated());
        assertEquals(3, again.unchanged());
        assertEquals(before, count("SELECT COUNT(*) FROM budget_line"));
        assertEquals(0, count("SELECT COUNT(*) FROM budget_line WHERE last_execution_id = " + again.executionId()),
                "no row was written by the forced re-import");
        ImportRefused refused = RunAs.cause(org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> run(ImportKind.CREDITS, "CREDITS_2026_20261127.csv", CREDITS, false)), ImportRefused.class);
        assertEquals("imports.refused.alreadyImported", refused.key());
    }

    @Test
    @Order(4)
    void aChangedCumulativeExportUpdatesTheChangedRowsAndKeepsTheirHistory() throws Exception {
        String changed = CREDITS.replace("2.500.000,00", "2.600.000,00").replace("#TOTAL;3;7 500 000,00", "#TOTAL;3;7 600 000,00");
        ImportExecutionView done = run(ImportKind.CREDITS, "CREDITS_2026_20261128.csv", changed, false);
        assertEquals(1, done.updated(), done.toString());
        assertEquals(2, done.unchanged());
        assertEquals(2_600_000_00L, count("SELECT credits_opened * 100 FROM budget_line WHERE row_key = '2026|10.20.30.12'"));
        assertEquals(1, count("SELECT COUNT(*) FROM import_row_history WHERE kind = 'CREDITS' AND row_key = '2026|10.20.30.12'"
                + " AND previous LIKE '%;2500000,00' AND execution_id = " + done.executionId()));
    }

    @Test
    @Order(5)
    void aTruncatedFileAndAFileOverTheRejectLimitApplyNothing() throws Exception {
        long commitments = count("SELECT COUNT(*) FROM commitment" + OWN_COMMITMENTS);
        String truncated = COMMITMENTS_HEADER + "2026;E-100;05/03/2026;10.20.30.11;Objet;Fournisseur;;;1,00;VISE\n"
                + "2026;E-101;05/03/2026;10.20.30.11;Obj";
        ImportExecutionView cut = run(ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2026_20261128.csv", truncated, false);
        assertEquals(ImportStatus.REFUSED, cut.status(), cut.toString());
        assertEquals(Reason.TRAILER_MISSING.name(), cut.refusalReason());
        assertEquals(commitments, count("SELECT COUNT(*) FROM commitment" + OWN_COMMITMENTS), "nothing of a truncated file is applied");

        StringBuilder bad = new StringBuilder(COMMITMENTS_HEADER);
        for (int i = 0; i < 12; i++) {
            bad.append("2026;E-2").append(i).append(";05/03/2026;").append(i < 11 ? "99.99.99.99" : "10.20.30.11")
                    .append(";Objet;Fournisseur;;;1,00;VISE\n");
        }
        bad.append("#TOTAL;12;12,00\n");
        ImportExecutionView over = run(ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2026_20261129.csv", bad.toString(), false);
        assertEquals(ImportStatus.REFUSED, over.status(), over.toString());
        assertEquals(Reason.TOO_MANY_REJECTS.name(), over.refusalReason());
        assertEquals(11, admin(() -> jobs.rejections(over.executionId(), 0, 100)).size(), "the report lists what to fix");
        assertEquals(commitments, count("SELECT COUNT(*) FROM commitment" + OWN_COMMITMENTS), "nothing of a file over the limit is applied");
    }

    @Test
    @Order(6)
    void twoTriggersOfOneFamilyAtOnceStartOneExecutionAndTheNightlyRunWaitsForTheOther() throws Exception {
        StringBuilder big = new StringBuilder("exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n");
        for (int i = 0; i < 40_000; i++) {
            big.append("2027;F;30.").append(i / 1000 + 10).append(".").append(i % 100 + 10).append(".").append(i / 100 % 10 + 10)
                    .append(";Ligne ").append(i).append(";;1,00\n");
        }
        big.append("#TOTAL;40000;40 000,00\n");
        long first = admin(() -> jobs.start(ImportKind.CREDITS, "CREDITS_2027_20261127.csv", stream(big.toString()), ImportSource.API, false));
        ImportRefused second = RunAs.cause(org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> admin(() -> jobs.start(ImportKind.CREDITS, "CREDITS_2027_20261127_2.csv", stream(big.toString()), ImportSource.API, true))),
                ImportRefused.class);
        assertEquals("imports.refused.running", second.key());

        // Another family (procurement) is not held up by it.
        String tenders = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;"
                + "date_limite;date_ouverture_plis;lieu_ouverture;statut\n"
                + "AO 27/2027/CBG;Voirie;;TRAVAUX;AOO;100,00;;05/01/2027;05/02/2027 10:00;;;PUBLIE\n#TOTAL;1;100,00\n";
        long procurement = admin(() -> jobs.start(ImportKind.AVIS, "AVIS_2027_20270105.csv", stream(tenders), ImportSource.API, true));

        // The nightly run finds an ENGAGEMENTS file of the family while the upload still runs: it waits for
        // the upload's end, then imports the file (never refused, never out of order).
        assertTrue(admin(() -> jobs.execution(first)).orElseThrow().running(), "the upload still runs: make the file bigger");
        Path inbox = Files.createDirectories(nightly.inbox());
        Files.writeString(inbox.resolve("ENGAGEMENTS_2027_20270110.csv"), COMMITMENTS_HEADER
                + "2027;E-2701;10/01/2027;30.10.10.10;Objet;Fournisseur;;;1,00;VISE\n#TOTAL;1;1,00\n", StandardCharsets.UTF_8);
        List<InboxOutcome> outcomes = nightly.runInbox();
        assertEquals(List.of("ENGAGEMENTS_2027_20270110.csv:COMPLETED"), outcomes.stream().map(o -> o.fileName() + ":" + o.status()).toList());

        ImportExecutionView done = await(first);
        assertEquals(ImportStatus.COMPLETED, done.status(), done.toString());
        assertFalse(done.running());
        assertTrue(count("SELECT COUNT(*) FROM budget_line WHERE fiscal_year = 2027") > 0);
        ImportExecutionView nightlyRun = await(outcomes.get(0).executionId());
        assertFalse(nightlyRun.startedAt().isBefore(done.endedAt()), "the nightly file started after the upload ended");
        assertEquals(ImportStatus.COMPLETED, await(procurement).status());
    }

    @Test
    @Order(7)
    void theNightlyRunTakesTheInboxInDependencyOrderAndFilesEachFileWithItsReport() throws Exception {
        Path inbox = Files.createDirectories(nightly.inbox());
        String credits = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
                + "2028;F;10.20.30.11;Éclairage public;;500,00\n#TOTAL;1;500,00\n";
        String commitments = COMMITMENTS_HEADER + "2028;E-9001;05/03/2028;10.20.30.11;Lampes;Fournisseur;;;100,00;VISE\n#TOTAL;1;100,00\n";
        // Written in the wrong order on purpose: the commitments need the credits of the same night.
        Files.writeString(inbox.resolve("ENGAGEMENTS_2028_20280105.csv"), commitments, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("CREDITS_2028_20280105.csv"), credits, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("CREDITS_2026_20261130.csv"), CREDITS, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("notes.csv"), "rien", StandardCharsets.UTF_8);
        // An empty export (a transfer cut short) is refused and filed; the run goes on with the next files.
        Files.write(inbox.resolve("CREDITS_2028_20280106.csv"), new byte[0]);

        List<InboxOutcome> outcomes = nightly.runInbox();

        assertEquals(List.of("notes.csv:NAME_REFUSED", "CREDITS_2026_20261130.csv:ALREADY_IMPORTED", "CREDITS_2028_20280105.csv:COMPLETED",
                        "CREDITS_2028_20280106.csv:REFUSED", "ENGAGEMENTS_2028_20280105.csv:COMPLETED"),
                outcomes.stream().map(o -> o.fileName() + ":" + o.status()).toList());
        assertEquals(1, count("SELECT COUNT(*) FROM commitment WHERE fiscal_year = 2028 AND number NOT LIKE 'ENG-%'"));
        assertTrue(Files.exists(inbox.resolve("done/ENGAGEMENTS_2028_20280105.csv")));
        assertTrue(Files.readString(inbox.resolve("done/ENGAGEMENTS_2028_20280105.csv.report.csv")).contains(";COMPLETED;1;0;1;0;0;"));
        assertTrue(Files.exists(inbox.resolve("failed/notes.csv.report.csv")));
        assertTrue(Files.readString(inbox.resolve("failed/CREDITS_2028_20280106.csv.report.csv")).contains("FILE_EMPTY"));
        // The file skipped as already imported is filed with the report of the execution that imported it.
        InboxOutcome skipped = outcomes.get(1);
        assertTrue(skipped.executionId() != null, skipped.toString());
        assertTrue(Files.readString(inbox.resolve("done/CREDITS_2026_20261130.csv.report.csv"))
                .contains("\n" + skipped.executionId() + ";COMPLETED;"), "the report of the execution that imported it");
        try (var left = Files.list(inbox)) {
            assertEquals(0, left.filter(Files::isRegularFile).count(), "every file left the inbox");
        }
    }

    @Test
    @Order(8)
    void paymentsAndAwardsRejectWhatTheirReferencesDoNotAllowAnArabicWindowsExportIsReadAndAnAmountTooLargeIsALineReject()
            throws Exception {
        // The treasurer's Windows export: Arabic and French labels in Windows-1256, detected.
        String credits = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
                + "2035;F;35.20.30.11;Voirie à réparer;الإنارة العمومية;1 000 000,00\n#TOTAL;1;1 000 000,00\n";
        ImportExecutionView creditsDone = run(ImportKind.CREDITS, "CREDITS_2035_20350105.csv", credits.getBytes("windows-1256"));
        assertEquals(ImportStatus.COMPLETED, creditsDone.status(), creditsDone.toString());
        assertEquals("الإنارة العمومية", text("SELECT label_ar FROM budget_line WHERE fiscal_year = 2035 AND code = '35.20.30.11'"));
        assertEquals("Voirie à réparer", text("SELECT label_fr FROM budget_line WHERE fiscal_year = 2035 AND code = '35.20.30.11'"));

        // 14 digits before the comma: more than the database holds; the line is rejected at the check, the rest goes in.
        String commitments = COMMITMENTS_HEADER
                + "2035;E-3501;05/03/2035;35.20.30.11;Lampes;Société Lumière SARL;001234567000089;;100 000,00;VISE\n"
                + "2035;E-3502;06/03/2035;35.20.30.11;Trop grand;Société Lumière SARL;001234567000089;;12 345 678 901 234,00;VISE\n"
                + "#TOTAL;2;12 345 679 001 234,00\n";
        ImportExecutionView commitmentsDone = run(ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2035_20350310.csv", utf8(commitments));
        assertEquals(ImportStatus.COMPLETED, commitmentsDone.status(), commitmentsDone.toString());
        assertEquals(1, commitmentsDone.inserted());
        assertEquals(List.of(new Rejection(3, "montant_engage", "12 345 678 901 234,00", Reason.AMOUNT_TOO_LARGE)),
                admin(() -> jobs.rejections(commitmentsDone.executionId(), 0, 100)));

        // Orders: within the commitment, past it (60 000 + 50 000 > 100 000), of an unknown commitment, and a
        // rejected order (it counts for nothing, so it never exceeds).
        String payments = "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n"
                + "2035;OP-3501;15/03/2035;E-3501;60 000,00;;;;ORDONNANCE\n"
                + "2035;OP-3502;16/03/2035;E-3501;50 000,00;;;;ORDONNANCE\n"
                + "2035;OP-3503;17/03/2035;E-9999;10 000,00;;;;ORDONNANCE\n"
                + "2035;OP-3504;18/03/2035;E-3501;500 000,00;;;;REJETE\n"
                + "#TOTAL;4;620 000,00\n";
        ImportExecutionView paymentsDone = run(ImportKind.PAIEMENTS, "PAIEMENTS_2035_20350320.csv", utf8(payments));
        assertEquals(ImportStatus.COMPLETED, paymentsDone.status(), paymentsDone.toString());
        assertEquals(2, paymentsDone.inserted());
        assertEquals(List.of(new Rejection(3, "montant_ordonnance", "50000.00", Reason.ORDERED_EXCEEDS_COMMITTED),
                        new Rejection(4, "numero_engagement", "E-9999", Reason.UNKNOWN_COMMITMENT)),
                admin(() -> jobs.rejections(paymentsDone.executionId(), 0, 100)));
        assertEquals(2, count("SELECT COUNT(*) FROM payment_order WHERE fiscal_year = 2035"));

        // Awards: of a known call for tenders, and of one the portal never saw.
        String tenders = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;"
                + "date_limite;date_ouverture_plis;lieu_ouverture;statut\n"
                + "AO 35/2035/CBG;Éclairage du boulevard;إنارة الشارع;TRAVAUX;AOO;900 000,00;;05/01/2035;05/02/2035 10:00;;;ATTRIBUE\n"
                + "#TOTAL;1;900 000,00\n";
        assertEquals(ImportStatus.COMPLETED, run(ImportKind.AVIS, "AVIS_2035_20350105.csv", utf8(tenders)).status());
        String awards = "reference_ao;numero_marche;attributaire;ice;montant_ttc;date_approbation;delai_execution_jours\n"
                + "AO 35/2035/CBG;35/2035/CBG;Société Lumière SARL;001234567000089;880 000,00;01/03/2035;90\n"
                + "AO 99/2035/CBG;99/2035/CBG;Société Inconnue SARL;;10 000,00;01/03/2035;\n"
                + "#TOTAL;2;890 000,00\n";
        ImportExecutionView awardsDone = run(ImportKind.ATTRIBUTIONS, "ATTRIBUTIONS_2035_20350301.csv", utf8(awards));
        assertEquals(ImportStatus.COMPLETED, awardsDone.status(), awardsDone.toString());
        assertEquals(1, awardsDone.inserted());
        assertEquals(List.of(new Rejection(3, "reference_ao", "AO 99/2035/CBG", Reason.UNKNOWN_TENDER)),
                admin(() -> jobs.rejections(awardsDone.executionId(), 0, 100)));
        assertEquals(0, count("SELECT COUNT(*) FROM award WHERE contract_number = '99/2035/CBG'"));
    }

    private ImportExecutionView run(ImportKind kind, String name, byte[] content) throws Exception {
        long id = admin(() -> jobs.start(kind, name, new ByteArrayInputStream(content), ImportSource.UPLOAD, true));
        return await(id);
    }

    private static byte[] utf8(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private String text(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private ImportExecutionView run(ImportKind kind, String name, String content, boolean force) throws Exception {
        long id = admin(() -> jobs.start(kind, name, stream(content), ImportSource.UPLOAD, force));
        return await(id);
    }

    private ImportExecutionView await(long id) throws Exception {
        return ImportRuns.awaitEnd(id, () -> admin(() -> jobs.execution(id)));
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private <T> T admin(Callable<T> work) throws Exception {
        return asAdmin.call(work);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
