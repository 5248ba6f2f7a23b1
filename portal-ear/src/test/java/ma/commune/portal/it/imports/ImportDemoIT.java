package ma.commune.portal.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.commune.portal.imports.control.NightlyImports;
import ma.commune.portal.imports.demo.DemoImportFiles;
import ma.commune.portal.imports.demo.DemoImports;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.shared.CommuneTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo run imports its spending and procurement files by itself: after the deployment (the test
 * server runs with the demo enabled) the ten files of this year and the previous one end up imported
 * through the inbox and the real jobs, with plausible counts, and the five bad lines they carry on
 * purpose are in the reject report, in the database and beside the file in {@code done/}.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class ImportDemoIT {

    /** '!' escapes the underscore: a backslash is itself an escape in MariaDB's string literals, not in H2's. */
    private static final String DEMO_FILES = "f.file_name LIKE '%!_" + DemoImportFiles.SEQUENCE + ".csv' ESCAPE '!'";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ImportDemoIT.class);
    }

    @EJB
    DemoImports demo;

    @EJB
    NightlyImports nightly;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void theDemoFilesEndUpImportedWithTheirIntendedRejectsReported() throws Exception {
        Instant limit = Instant.now().plus(Duration.ofMinutes(10));
        long completed = 0;
        while (Instant.now().isBefore(limit)) {
            completed = count("SELECT COUNT(DISTINCT f.file_name) FROM import_file f JOIN import_execution e ON e.file_id = f.id"
                    + " WHERE " + DEMO_FILES + " AND e.status = 'COMPLETED'");
            if (completed == 10 && !demo.running()) {
                break;
            }
            // Every test class redeploys the application: a demo run cut short by an undeploy leaves its
            // files in the inbox, where the nightly run finds them; here the test runs it.
            if (!demo.running() && demoFilesWaiting()) {
                nightly.runInbox();
                continue;
            }
            Thread.sleep(1000);
        }
        assertEquals(10, completed, "the ten demo files imported completely");

        int year = LocalDate.now(CommuneTime.ZONE).getYear();
        assertEquals(50, count("SELECT COUNT(*) FROM budget_line WHERE fiscal_year IN (" + (year - 1) + ", " + year + ")"
                + " AND (code LIKE '11.%' OR code LIKE '21.%')"), "25 budget lines a year");
        long commitments = count("SELECT COUNT(*) FROM commitment WHERE number LIKE 'ENG-%'");
        assertTrue(commitments > 2_000 && commitments < 5_000, "a few thousand commitments: " + commitments);
        assertTrue(count("SELECT COUNT(*) FROM commitment WHERE number LIKE 'ENG-%' AND supplier_ice IS NULL") > 0, "natural persons");
        long orders = count("SELECT COUNT(*) FROM payment_order WHERE number LIKE 'OP-%'");
        assertTrue(orders > 2_000, "payment orders: " + orders);
        assertTrue(count("SELECT COUNT(*) FROM payment_order WHERE number LIKE 'OP-%' AND status = 'ORDONNANCE'") > 0);
        assertTrue(count("SELECT COUNT(*) FROM payment_order WHERE number LIKE 'OP-%' AND status = 'REJETE'") > 0);
        long tenders = count("SELECT COUNT(*) FROM tender WHERE reference LIKE 'AO %/CBG'");
        assertTrue(tenders >= 90 && tenders <= 110, "about a hundred calls for tenders: " + tenders);
        assertTrue(count("SELECT COUNT(*) FROM award WHERE contract_number LIKE '%/CBG'") > 40);
        assertEquals(0, count("SELECT COUNT(*) FROM commitment c WHERE c.number LIKE 'ENG-%' AND c.status = 'VISE' AND c.amount <"
                + " (SELECT SUM(p.amount_ordered) FROM payment_order p WHERE p.fiscal_year = c.fiscal_year"
                + " AND p.commitment_number = c.number AND p.status <> 'REJETE')"), "no commitment is ordered past its amount");

        List<DemoImportFiles.IntendedReject> reported = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.file_name, r.line_no, r.column_name, r.reason FROM import_rejection r"
                     + " JOIN import_execution e ON e.instance_id = r.instance_id JOIN import_file f ON f.id = e.file_id"
                     + " WHERE " + DEMO_FILES + " AND e.status = 'COMPLETED' ORDER BY f.kind, r.line_no")) {
            while (rs.next()) {
                reported.add(new DemoImportFiles.IntendedReject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        List<DemoImportFiles.IntendedReject> intended = DemoImportFiles.intendedRejects(LocalDate.now(CommuneTime.ZONE));
        assertEquals(intended.size(), reported.size(), reported.toString());
        for (int i = 0; i < intended.size(); i++) {
            DemoImportFiles.IntendedReject want = intended.get(i);
            DemoImportFiles.IntendedReject got = reported.get(i);
            // The files are named after the day they were written (the demo may have run before midnight).
            assertEquals(want.fileName().substring(0, want.fileName().indexOf('_', want.fileName().indexOf('_') + 1)),
                    got.fileName().substring(0, got.fileName().indexOf('_', got.fileName().indexOf('_') + 1)));
            assertEquals(List.of(want.line(), want.column(), want.reason()), List.of(got.line(), got.column(), got.reason()));
        }
        String engagements = reported.get(0).fileName();
        Path report = nightly.inbox().resolve("done").resolve(engagements + ".report.csv");
        assertTrue(Files.exists(report), "the file and its report in done/: " + report);
        String text = Files.readString(report);
        assertTrue(text.contains("\n11;date_engagement;") && text.contains("\n22;ice;") && text.contains("\n33;code_rubrique;"), text);
    }

    private boolean demoFilesWaiting() throws java.io.IOException {
        java.nio.file.Path inbox = nightly.inbox();
        if (!java.nio.file.Files.isDirectory(inbox)) {
            return false;
        }
        try (java.nio.file.DirectoryStream<java.nio.file.Path> waiting =
                     java.nio.file.Files.newDirectoryStream(inbox, "*_" + DemoImportFiles.SEQUENCE + ".csv")) {
            return waiting.iterator().hasNext();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
