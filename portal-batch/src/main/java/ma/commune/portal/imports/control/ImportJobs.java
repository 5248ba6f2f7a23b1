package ma.commune.portal.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportRefused;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one door to the batch runtime for the import jobs: start (an upload or the operations API through
 * the boundary {@code Imports}, or the nightly inbox), restart, stop, and read executions. One singleton
 * on purpose: Payara's batch runtime lets only the component that started a job restart it or read it
 * (the job instance records the caller's component: this EJB's name, module and application), so every
 * call goes through here, and its EJB name must not change while an execution may still be restarted. The jobs are started outside any transaction (Payara issue 5133: a
 * job started from a container-managed transaction may fail to record its steps).
 *
 * <p>At start-up it recovers what a dead server left: executions still marked running in the job
 * repository whose server is this one (it just started, so they are dead) or whose lease expired are
 * marked FAILED, in the job repository and in the portal's record, and their lease is released, so
 * they can be restarted from their last checkpoint. The job repository has no API for this (Jakarta
 * Batch issue 157); the SQL is on the repository's two status columns, the serialized statuses being
 * overwritten by the restart itself.
 */
@Singleton
@Startup
@DependsOn("portal-ejb.jar#DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DeclareRoles({"FINANCE", "ADMIN"})
@RolesAllowed({"FINANCE", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobs {

    /**
     * The import job, of every kind ({@code META-INF/batch-jobs/import-file.xml}, the kind a parameter). The
     * instances started before issue 16 are of the jobs {@code import-credits}, {@code import-engagements},
     * {@code import-paiements}, {@code import-avis} and {@code import-attributions}, whose files are gone:
     * nothing here looks a job up by its name (the executions are read from the portal's record and by
     * execution id, and a restart runs the XML stored with the instance), so they are listed, read and
     * restarted as any other.
     */
    static final String JOB = "import-file";
    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @EJB
    ImportFiles files;

    @EJB
    ImportLeases leases;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** How many records of a file may be rejected before it fails: a percentage of its records... */
    @Inject
    @ConfigProperty(name = "portal.imports.reject-percent", defaultValue = "1")
    double rejectPercent;

    /** ...and never fewer than this. */
    @Inject
    @ConfigProperty(name = "portal.imports.reject-minimum", defaultValue = "10")
    int rejectMinimum;

    /**
     * Records per chunk: one transaction, one batched upsert and one checkpoint each (a restart resumes
     * after the last committed chunk).
     */
    @Inject
    @ConfigProperty(name = "portal.imports.chunk-size", defaultValue = "1000")
    int chunkSize;

    @Resource
    SessionContext context;

    @PostConstruct
    void recoverAtStartup() {
        // A limit out of range stops the deployment here, with the values in the message, not at the first import.
        new RejectLimit(rejectPercent, rejectMinimum);
        if (chunkSize < 1 || chunkSize > 100_000) {
            throw new IllegalArgumentException("portal.imports.chunk-size must be between 1 and 100000: " + chunkSize);
        }
        try {
            // First the leases this server held before it started again (each released in a transaction of
            // its own, committed before the recovery below updates the same rows in this one: the other way
            // round, MariaDB's row lock held here made the release wait until its lock timeout).
            for (ImportKind kind : ImportKind.values()) {
                leases.releaseThisServers(kind.leaseKey());
            }
            int recovered = recoverDeadExecutions();
            if (recovered > 0) {
                LOG.warning(() -> recovered + " import execution(s) left running by a stopped server marked FAILED; restart them from the back office");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not recover the import executions left running by a stopped server", e);
        }
    }

    /**
     * Stores the file and starts its import; the execution id.
     *
     * @throws ImportRefused {@code imports.refused.alreadyImported} (the same bytes were imported completely
     *                       and {@code force} is not set), {@code imports.refused.running}
     */
    public long start(ImportKind kind, String fileName, InputStream content, ImportSource source, boolean force) {
        return startAs(kind, fileName, content, source, force, caller());
    }

    /** The nightly inbox's start (it runs as the system): the file's bytes already stored by the caller. */
    public long startStored(StoredImportFile file, ImportSource source, boolean force, String by) {
        if (!force) {
            java.util.OptionalLong done = files.completedExecution(file.kind(), file.sha256());
            if (done.isPresent()) {
                throw new ImportRefused("imports.refused.alreadyImported",
                        file.fileName() + " was already imported by execution " + done.getAsLong(), done.getAsLong());
            }
        }
        return launch(file, source.name(), force, by, null);
    }

    private long startAs(ImportKind kind, String fileName, InputStream content, ImportSource source, boolean force, String by) {
        StoredImportFile file = files.store(kind, fileName, content, source, by);
        return startStored(file, source, force, by);
    }

    private long launch(StoredImportFile file, String trigger, boolean force, String by, Long restartOf) {
        String lease = file.kind().leaseKey();
        String holder = leases.acquire(lease).orElseGet(() -> {
            if (recoverExpired(lease)) {
                return leases.acquire(lease).orElse(null);
            }
            return null;
        });
        if (holder == null) {
            throw new ImportRefused("imports.refused.running", "another import of " + lease + " is running");
        }
        try {
            Properties parameters = new Properties();
            parameters.setProperty(JobParameters.KIND, file.kind().name());
            parameters.setProperty(JobParameters.FILE_ID, Long.toString(file.id()));
            parameters.setProperty(JobParameters.TRIGGER, trigger);
            parameters.setProperty(JobParameters.STARTED_BY, by);
            parameters.setProperty(JobParameters.FORCE, Boolean.toString(force));
            parameters.setProperty(JobParameters.REJECT_PERCENT, Double.toString(rejectPercent));
            parameters.setProperty(JobParameters.REJECT_MINIMUM, Integer.toString(rejectMinimum));
            parameters.setProperty(JobParameters.CHUNK_SIZE, Integer.toString(chunkSize));
            parameters.setProperty(JobParameters.LEASE_HOLDER, holder);
            if (restartOf != null) {
                parameters.setProperty(JobParameters.RESTART_OF, Long.toString(restartOf));
            }
            long id = operator().start(JOB, parameters);
            LOG.info(() -> "Import (" + file.kind() + ") of " + file.fileName() + " (file " + file.id() + ") started as execution " + id + " by " + by);
            return id;
        } catch (RuntimeException e) {
            leases.abandon(lease, holder);
            throw e;
        }
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint; the new execution's id.
     *
     * @throws ImportRefused {@code imports.refused.notRestartable}, {@code imports.refused.running}
     */
    public long restart(long executionId) {
        ImportExecutionView execution = execution(executionId)
                .orElseThrow(() -> new ImportRefused("imports.refused.unknown", "no import execution " + executionId));
        if (!execution.restartable()) {
            throw new ImportRefused("imports.refused.notRestartable", "execution " + executionId + " is " + execution.status());
        }
        String lease = execution.kind().leaseKey();
        String holder = leases.acquire(lease).orElseThrow(() -> new ImportRefused("imports.refused.running", "another import of " + lease + " is running"));
        try {
            JobOperator operator = operator();
            Properties parameters = operator.getParameters(executionId);
            parameters.setProperty(JobParameters.LEASE_HOLDER, holder);
            parameters.setProperty(JobParameters.TRIGGER, "RESTART");
            parameters.setProperty(JobParameters.STARTED_BY, caller());
            parameters.setProperty(JobParameters.RESTART_OF, Long.toString(executionId));
            long id = operator.restart(executionId, parameters);
            LOG.info(() -> "Import execution " + executionId + " restarted as " + id + " by " + caller());
            return id;
        } catch (RuntimeException e) {
            leases.abandon(lease, holder);
            throw e;
        }
    }

    /** Asks a running execution to stop after its current chunk (only the server running it can). */
    public void stop(long executionId) {
        try {
            operator().stop(executionId);
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            throw new ImportRefused("imports.refused.notRunningHere", "execution " + executionId + " is not running on this server");
        }
    }

    public Optional<ImportExecutionView> execution(long executionId) {
        List<ImportExecutionView> found = query("WHERE e.execution_id = ?", List.of(executionId), 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The executions, newest first, a page at a time. */
    public List<ImportExecutionView> executions(int first, int size) {
        return query("", List.of(), first, size);
    }

    public long countExecutions() {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM import_execution");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reject report of an execution's job instance (all its executions), in file order. */
    public List<Rejection> rejections(long executionId, int first, int size) {
        List<Rejection> report = new ArrayList<>();
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT r.line_no, r.column_name, r.cell_value, r.reason FROM import_rejection r"
                     + " JOIN import_execution e ON e.instance_id = r.instance_id WHERE e.execution_id = ?"
                     + " ORDER BY r.line_no, r.id LIMIT ? OFFSET ?")) {
            s.setLong(1, executionId);
            s.setInt(2, size);
            s.setInt(3, first);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    report.add(new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), Reason.valueOf(rs.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    /** How many lines the reject report of an execution's job instance holds (the back office pages through it). */
    public long countRejections(long executionId) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM import_rejection r"
                     + " JOIN import_execution e ON e.instance_id = r.instance_id WHERE e.execution_id = ?")) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Marks FAILED the executions a dead server left running: this server's (it has just started) and
     * any whose lease expired. The number marked.
     */
    public int recoverDeadExecutions() {
        int recovered = 0;
        for (long[] dead : stale("SELECT e.execution_id, e.instance_id, e.kind FROM import_execution e WHERE e.status = ?"
                + " AND (e.server = ? OR NOT EXISTS (SELECT 1 FROM run_lease l WHERE l.execution_id = e.execution_id"
                + " AND l.until_at >= ?))", ImportLeases.SERVER)) {
            markFailed(dead[0]);
            recovered++;
        }
        return recovered;
    }

    /** When the lease ran out with an execution still marked running: that execution is dead. */
    private boolean recoverExpired(String leaseKey) {
        Optional<ma.commune.portal.shared.control.Leases.Lease> lease = leases.current(leaseKey);
        if (lease.isPresent() && lease.get().until().isBefore(Instant.now()) && lease.get().executionId() != null) {
            markFailed(lease.get().executionId());
            return true;
        }
        return false;
    }

    private List<long[]> stale(String sql, String server) {
        List<long[]> found = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, ImportStatus.STARTED.name());
            s.setString(2, server);
            s.setTimestamp(3, utc(Instant.now()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The job repository's and the portal's record of a dead execution say FAILED; its lease is released. */
    private void markFailed(long executionId) {
        Timestamp now = utc(Instant.now());
        try (Connection c = database.getConnection()) {
            // Upper-case unquoted names: MySQL has them so (case-sensitive on Linux), H2 folds them to its lower-case tables.
            update(c, "UPDATE STEPEXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = 'FAILED', endTime = ?"
                    + " WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')", now, executionId);
            update(c, "UPDATE EXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = ?, updatetime = ?"
                    + " WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')", now, now, executionId);
            update(c, "UPDATE import_execution SET status = ?, ended_at = ? WHERE execution_id = ? AND status = ?", ImportStatus.FAILED.name(),
                    now, executionId, ImportStatus.STARTED.name());
            update(c, "UPDATE run_lease SET holder = NULL, execution_id = NULL, until_at = NULL WHERE execution_id = ?", executionId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the dead import execution " + executionId + " failed", e);
        }
        LOG.warning(() -> "Import execution " + executionId + " was left running by a stopped server: marked FAILED, restartable");
    }

    private List<ImportExecutionView> query(String where, List<Object> values, int first, int size) {
        List<ImportExecutionView> found = new ArrayList<>();
        String sql = "SELECT e.execution_id, e.instance_id, e.kind, f.file_name, e.file_id, e.trigger_source, e.started_by, e.forced,"
                + " e.restart_of, e.status, e.records, e.rejected, e.inserted, e.updated, e.unchanged, e.refusal_reason, e.refusal_line,"
                + " e.refusal_detail, e.started_at, e.ended_at FROM import_execution e JOIN import_file f ON f.id = e.file_id "
                + where + " ORDER BY e.started_at DESC, e.execution_id DESC LIMIT ? OFFSET ?";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values) {
                s.setObject(i++, value);
            }
            s.setInt(i++, size);
            s.setInt(i, first);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(view(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private ImportExecutionView view(ResultSet rs) throws SQLException {
        long executionId = rs.getLong(1);
        long[] metrics = {0, 0, 0};
        String batchStatus = null;
        try {
            JobOperator operator = operator();
            batchStatus = operator.getJobExecution(executionId).getBatchStatus().name();
            for (StepExecution step : operator.getStepExecutions(executionId)) {
                if ("import".equals(step.getStepName())) {
                    for (Metric m : step.getMetrics()) {
                        switch (m.getType()) {
                            case READ_COUNT -> metrics[0] = m.getValue();
                            case WRITE_COUNT -> metrics[1] = m.getValue();
                            case PROCESS_SKIP_COUNT -> metrics[2] = m.getValue();
                            default -> { }
                        }
                    }
                }
            }
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            // An execution of an earlier deployment: the portal's record is what remains to show.
        }
        Long restartOf = rs.getObject(9) == null ? null : rs.getLong(9);
        Long records = rs.getObject(11) == null ? null : rs.getLong(11);
        Long rejected = rs.getObject(12) == null ? null : rs.getLong(12);
        Long refusalLine = rs.getObject(17) == null ? null : rs.getLong(17);
        Timestamp ended = rs.getTimestamp(20);
        return new ImportExecutionView(executionId, rs.getLong(2), ImportKind.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8), restartOf, ImportStatus.valueOf(rs.getString(10)), batchStatus, records, rejected,
                rs.getLong(13), rs.getLong(14), rs.getLong(15), metrics[0], metrics[1], metrics[2], rs.getString(16), refusalLine,
                rs.getString(18), instant(rs.getTimestamp(19)), ended == null ? null : instant(ended));
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    /** The batch runtime's operator (a unit test gives its own). */
    JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static Instant instant(Timestamp utc) {
        return utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
