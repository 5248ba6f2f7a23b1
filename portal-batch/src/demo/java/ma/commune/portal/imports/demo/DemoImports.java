package ma.commune.portal.imports.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.InboxOutcome;
import ma.commune.portal.imports.control.NightlyImports;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.boundary.DatabaseMigrations;

/**
 * The demo's spending and procurement data: when the demo is enabled and none of its files was ever
 * imported, the ten files of {@link DemoImportFiles} (this year to date and the previous one) are
 * written into the inbox at start-up and the inbox is run, as the nightly run would, through the real
 * jobs — so the tenders, contracts and budget pages have content and the reject report shows the demo's
 * intended bad lines. It runs from a one-shot timer a few seconds after start-up: the deployment does
 * not wait for it. When a run was cut short (the server stopped, the application redeployed) and demo
 * files still wait in the inbox, the next start-up imports them the same way.
 */
@Singleton
@Startup
// NightlyImports lives in another EJB module (portal-batch.jar; this bean is in portal-batch-demo.jar): a
// dependency across modules names the module, as ImportJobs names portal-ejb.jar.
@DependsOn("portal-batch.jar#NightlyImports")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoImports {

    private static final Logger LOG = Logger.getLogger(DemoImports.class.getName());
    private static final long DELAY_MILLIS = 3_000;

    @Resource
    TimerService timers;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @EJB
    DatabaseMigrations migrations;

    @EJB
    NightlyImports nightly;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean writeFiles;

    @PostConstruct
    void atStartup() {
        if (!migrations.demoEnabled()) {
            return;
        }
        boolean imported;
        boolean waiting;
        try {
            imported = importedBefore();
            waiting = waitingInTheInbox();
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Could not tell whether the demo's import files were imported; not importing them", e);
            return;
        }
        if (imported && !waiting) {
            return;
        }
        // Never imported: the files are written, then imported. Waiting in the inbox: a run cut short (the
        // server stopped, the application redeployed) is finished now rather than at night.
        writeFiles = !imported && !waiting;
        running.set(true);
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("demo imports", false));
        LOG.info(writeFiles ? "The demo's spending and procurement files will be imported from the inbox in a few seconds"
                : "The demo's files left in the inbox by an earlier run will be imported in a few seconds");
    }

    @Timeout
    void importDemoFiles() {
        try {
            Path inbox = Files.createDirectories(nightly.inbox());
            if (writeFiles) {
                for (DemoImportFiles.DemoFile file : DemoImportFiles.forDemo(java.time.LocalDate.now(CommuneTime.ZONE))) {
                    Files.write(inbox.resolve(file.name()), file.content());
                }
            }
            List<InboxOutcome> outcomes = nightly.runInbox();
            LOG.info(() -> "Demo imports: " + outcomes);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The demo's import files could not be imported", e);
        } finally {
            running.set(false);
        }
    }

    /** Whether the demo's files are being written and imported now (tests wait for the end). */
    public boolean running() {
        return running.get();
    }

    /** Whether a demo file was ever stored for import (their names end with the sequence 0000). */
    private boolean importedBefore() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             // '!' escapes the underscore: a backslash is itself an escape in MariaDB's string literals.
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_file WHERE file_name LIKE '%!_" + DemoImportFiles.SEQUENCE
                     + ".csv' ESCAPE '!'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Whether demo files wait in the inbox (a run cut short before it took them all). */
    private boolean waitingInTheInbox() throws IOException {
        Path inbox = nightly.inbox();
        if (!Files.isDirectory(inbox)) {
            return false;
        }
        try (DirectoryStream<Path> waiting = Files.newDirectoryStream(inbox, "*_" + DemoImportFiles.SEQUENCE + ".csv")) {
            return waiting.iterator().hasNext();
        }
    }
}
