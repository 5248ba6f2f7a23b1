package ma.commune.portal.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportFileName;
import ma.commune.portal.imports.boundary.ImportRefused;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.InboxOutcome;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.shared.CommuneTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly run: at a configurable time (Casablanca), the files of the inbox directory are imported
 * one after the other in dependency order (CREDITS before ENGAGEMENTS before PAIEMENTS, AVIS before
 * ATTRIBUTIONS, then by export date), each waiting for the previous one's end; each file then moves to
 * {@code done/} or {@code failed/} with its report. A file whose bytes were already imported completely
 * is skipped (moved to {@code done/} with the report of the execution that imported it). With several
 * server instances the inbox is a shared volume and the run takes a lease in the database, extended as
 * it goes, so it happens once. A file waits for another import of its family (an upload) to end; a file
 * that could not start, or is still importing, after {@code portal.imports.max-minutes-per-file} stays in
 * the inbox, and so do the files after it, for the next run.
 */
@Singleton
@Startup
@DependsOn("ImportJobs")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs("ADMIN")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyImports {

    static final String LEASE = "nightly-inbox";
    /** The run's lease is extended this often while it waits for a file's import (it lasts several times longer). */
    private static final Duration EXTEND_EVERY = Duration.ofSeconds(30);
    /** How often the run looks again whether another import of a file's family has ended. */
    private static final Duration WAIT_FOR_FAMILY = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(NightlyImports.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ImportJobs jobs;

    @EJB
    ImportFiles files;

    @EJB
    ImportLeases leases;

    @Inject
    @ConfigProperty(name = "portal.imports.inbox", defaultValue = "inbox")
    String inbox;

    @Inject
    @ConfigProperty(name = "portal.imports.nightly-time", defaultValue = "02:30")
    String nightlyTime;

    @Inject
    @ConfigProperty(name = "portal.imports.max-minutes-per-file", defaultValue = "120")
    long maxMinutesPerFile;

    @PostConstruct
    void schedule() {
        // A run of this server cut short by a restart or a redeployment left its lease: nothing of it runs now.
        if (leases.releaseThisServers(LEASE)) {
            LOG.warning("The nightly import run's lease left by this server before it started again was released");
        }
        LocalTime at = LocalTime.parse(nightlyTime.strip());
        ScheduleExpression nightly = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(CommuneTime.ZONE.getId());
        timers.createCalendarTimer(nightly, new TimerConfig("nightly imports", false));
        LOG.info(() -> "Nightly imports at " + at + " (Africa/Casablanca) from " + inbox().toAbsolutePath());
    }

    @Timeout
    void onTimer() {
        try {
            runInbox();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly import run failed; the files left in the inbox wait for the next run", e);
        }
    }

    /** Imports what the inbox holds now; what happened to each file (empty when another instance runs it). */
    public List<InboxOutcome> runInbox() {
        Optional<String> holder = leases.acquire(LEASE);
        if (holder.isEmpty()) {
            LOG.info("The nightly import run is already running on another server instance");
            return List.of();
        }
        try {
            return importAll(holder.get());
        } finally {
            leases.abandon(LEASE, holder.get());
        }
    }

    private List<InboxOutcome> importAll(String holder) {
        Path in = inbox();
        List<InboxOutcome> outcomes = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        try {
            Files.createDirectories(in);
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(in, "*.{csv,CSV}")) {
                listing.forEach(candidates::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import inbox " + in, e);
        }
        List<Path> named = new ArrayList<>();
        for (Path file : candidates) {
            if (ImportFileName.parse(file.getFileName().toString()).isEmpty()) {
                outcomes.add(new InboxOutcome(file.getFileName().toString(), InboxOutcome.Status.NAME_REFUSED, null));
                finish(file, "failed", List.of("file;reason", file.getFileName() + ";" + Reason.FILE_NAME_INVALID));
            } else {
                named.add(file);
            }
        }
        named.sort((a, b) -> ImportFileName.NIGHTLY_ORDER.compare(ImportFileName.parse(a.getFileName().toString()).orElseThrow(),
                ImportFileName.parse(b.getFileName().toString()).orElseThrow()));
        for (Path file : named) {
            if (!leases.extend(LEASE, holder)) {
                LOG.warning("The nightly import run lost its lease; the files left in the inbox wait for the next run");
                break;
            }
            InboxOutcome outcome = importOne(file, ImportFileName.parse(file.getFileName().toString()).orElseThrow(), holder);
            outcomes.add(outcome);
            if (outcome.status() == InboxOutcome.Status.STILL_RUNNING) {
                // The files after it may depend on it (ENGAGEMENTS after CREDITS): they wait for the next run, as it does.
                LOG.warning(() -> outcome.fileName() + " did not end within " + maxMinutesPerFile + " minutes (execution "
                        + outcome.executionId() + "); it and the files after it stay in the inbox for the next run");
                break;
            }
        }
        return outcomes;
    }

    private InboxOutcome importOne(Path file, ImportFileName name, String holder) {
        String fileName = file.getFileName().toString();
        StoredImportFile stored;
        try (InputStream content = Files.newInputStream(file)) {
            stored = files.store(name.kind(), fileName, content, ImportSource.INBOX, "nightly");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read " + file + "; left in the inbox", e);
            return new InboxOutcome(fileName, InboxOutcome.Status.UNREADABLE, null);
        } catch (FileRefused refused) {
            finish(file, "failed", List.of("file;reason", fileName + ";" + refused.reason()));
            return new InboxOutcome(fileName, InboxOutcome.Status.REFUSED, null);
        }
        long id;
        try {
            id = startWhenFree(stored, holder);
        } catch (ImportRefused refused) {
            if ("imports.refused.alreadyImported".equals(refused.key())) {
                // The same bytes were imported completely (e.g. a server stopped between the end of the
                // import and the move): the file goes to done/ with the report of the execution that imported it.
                long done = refused.execution().orElseThrow();
                finish(file, "done", report(jobs.execution(done).orElse(null), done));
                return new InboxOutcome(fileName, InboxOutcome.Status.ALREADY_IMPORTED, done);
            }
            LOG.warning(() -> fileName + " not imported tonight: " + refused.getMessage() + "; it and the files after it are left in the inbox");
            // Another import of its family (an upload) still runs after the wait: the files after it may depend on it.
            return new InboxOutcome(fileName, InboxOutcome.Status.STILL_RUNNING, null);
        }
        ImportExecutionView ended = await(id, holder);
        if (ended == null) {
            return new InboxOutcome(fileName, InboxOutcome.Status.STILL_RUNNING, id);
        }
        finish(file, ended.status() == ImportStatus.COMPLETED ? "done" : "failed", report(ended, id));
        return InboxOutcome.ended(fileName, ended.status(), id);
    }

    /**
     * Starts the file's import; while another import of its family runs (an upload by the finance service,
     * say), waits for it, the run's lease extended, up to {@code portal.imports.max-minutes-per-file}.
     */
    private long startWhenFree(StoredImportFile stored, String holder) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(maxMinutesPerFile));
        while (true) {
            try {
                return jobs.startStored(stored, ImportSource.INBOX, false, "nightly");
            } catch (ImportRefused refused) {
                if (!"imports.refused.running".equals(refused.key()) || Instant.now().isAfter(limit)) {
                    throw refused;
                }
            }
            leases.extend(LEASE, holder);
            try {
                Thread.sleep(WAIT_FOR_FAMILY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportRefused("imports.refused.running", "interrupted while waiting for another import");
            }
        }
    }

    /** The execution once it ended, the run's lease extended meanwhile; null when it still runs at the limit. */
    private ImportExecutionView await(long id, String holder) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(maxMinutesPerFile));
        Instant extendAt = Instant.now().plus(EXTEND_EVERY);
        while (Instant.now().isBefore(limit)) {
            Optional<ImportExecutionView> view = jobs.execution(id);
            if (view.isPresent() && !view.get().running()) {
                return view.get();
            }
            if (Instant.now().isAfter(extendAt)) {
                leases.extend(LEASE, holder);
                extendAt = Instant.now().plus(EXTEND_EVERY);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** The report next to the file: the execution's outcome, then its rejected records (line, column, value, reason). */
    private List<String> report(ImportExecutionView ended, long id) {
        List<String> lines = new ArrayList<>();
        lines.add("execution;status;records;rejected;inserted;updated;unchanged;refusal;refusal_line;refusal_detail");
        if (ended != null) {
            lines.add(String.join(";", String.valueOf(ended.executionId()), ended.status().name(), String.valueOf(ended.records()),
                    String.valueOf(ended.rejected()), String.valueOf(ended.inserted()), String.valueOf(ended.updated()),
                    String.valueOf(ended.unchanged()), String.valueOf(ended.refusalReason()), String.valueOf(ended.refusalLine()),
                    ended.refusalDetail() == null ? "" : ended.refusalDetail().replace(';', ',')));
        }
        lines.add("");
        lines.add("line;column;value;reason");
        for (int first = 0; ; first += 1000) {
            List<Rejection> page = jobs.rejections(id, first, 1000);
            for (Rejection r : page) {
                lines.add(r.line() + ";" + (r.column() == null ? "" : r.column()) + ";"
                        + (r.value() == null ? "" : "\"" + r.value().replace("\"", "\"\"") + "\"") + ";" + r.reason());
            }
            if (page.size() < 1000) {
                return lines;
            }
        }
    }

    /** Moves the file to {@code done/} or {@code failed/} of the inbox, its report beside it. */
    private void finish(Path file, String folder, List<String> report) {
        try {
            Path target = Files.createDirectories(file.getParent().resolve(folder));
            Path moved = archiveName(target, file.getFileName().toString());
            try {
                Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, moved);
            }
            try (Writer w = Files.newBufferedWriter(target.resolve(moved.getFileName() + ".report.csv"), StandardCharsets.UTF_8)) {
                for (String line : report) {
                    w.write(line);
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not move " + file + " to " + folder + "/", e);
        }
    }

    /**
     * Where the file goes in {@code done/} or {@code failed/}: its own name, or, when a file of that name
     * is already archived there (the same export dropped twice), the name with {@code .2}, {@code .3}...
     * before {@code .csv}, so that no archived file or report is ever overwritten.
     */
    static Path archiveName(Path folder, String fileName) {
        Path candidate = folder.resolve(fileName);
        int dot = fileName.lastIndexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String extension = dot < 0 ? "" : fileName.substring(dot);
        for (int n = 2; Files.exists(candidate) || Files.exists(folder.resolve(candidate.getFileName() + ".report.csv")); n++) {
            candidate = folder.resolve(stem + "." + n + extension);
        }
        return candidate;
    }

    /** The inbox directory (with its {@code done/} and {@code failed/}). */
    public Path inbox() {
        return Path.of(inbox);
    }
}
