package ma.commune.portal.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.ImportStatus;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ImportJobs on H2 in MySQL mode with the real migrations, the batch runtime's operator played by a
 * fake that answers only calls by execution id: an execution of a job of the names used before issue 16
 * ({@code import-credits}…, one job per kind) is listed, read and restarted like any other, because
 * nothing looks a job up by its name; a new import starts the one job {@code import} with its kind as a
 * parameter. A call by job name ({@code getJobNames}, {@code getJobInstances}…) would fail these tests.
 */
class ImportJobsTest {

    private static final String URL = "jdbc:h2:mem:import-jobs;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String SHA = "0".repeat(64);

    private final Batch batch = new Batch();
    private final ImportJobs jobs = new ImportJobs() {
        @Override
        JobOperator operator() {
            return batch.operator();
        }
    };

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void anExecutionOfTheOldJobImportCreditsFailed() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(URL);
        h2.setUser("sa");
        jobs.database = h2;
        jobs.leases = new ImportLeases() {
            @Override
            public Optional<String> acquire(String key) {
                return Optional.of("holder-of-" + key);
            }

            @Override
            public void abandon(String key, String holder) {
            }
        };
        jobs.context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return (Principal) () -> "finance";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        jobs.rejectPercent = 1;
        jobs.rejectMinimum = 10;
        jobs.chunkSize = 1000;
        sql("INSERT INTO import_file (id, kind, file_name, sha256, size_bytes, charset, source, received_by, received_at)"
                + " VALUES (1, 'CREDITS', 'CREDITS_2026_20261127.csv', '" + SHA + "', 10, 'UTF-8', 'UPLOAD', 'finance', TIMESTAMP '2026-11-27 09:00:00')");
        sql("INSERT INTO import_execution (execution_id, instance_id, file_id, kind, trigger_source, started_by, server, status, records,"
                + " rejected, inserted, started_at, ended_at) VALUES (41, 7, 1, 'CREDITS', 'UPLOAD', 'finance', 'old-server', 'FAILED', 120, 2,"
                + " 100, TIMESTAMP '2026-11-27 09:00:01', TIMESTAMP '2026-11-27 09:03:00')");
        batch.jobNameOf.put(41L, "import-credits");
        Properties asStarted = new Properties();
        asStarted.setProperty(JobParameters.FILE_ID, "1");
        asStarted.setProperty(JobParameters.TRIGGER, "UPLOAD");
        asStarted.setProperty(JobParameters.STARTED_BY, "finance");
        asStarted.setProperty(JobParameters.LEASE_HOLDER, "old-holder");
        batch.parametersOf.put(41L, asStarted);
    }

    @AfterEach
    void empty() throws SQLException {
        sql("DELETE FROM import_execution");
        sql("DELETE FROM import_file");
    }

    @Test
    void anExecutionOfAnOldJobNameIsListedAndReadWithItsStepMetrics() {
        List<ImportExecutionView> listed = jobs.executions(0, 20);

        assertEquals(1, listed.size(), listed.toString());
        ImportExecutionView old = listed.get(0);
        assertEquals(41, old.executionId());
        assertEquals(ImportKind.CREDITS, old.kind());
        assertEquals("CREDITS_2026_20261127.csv", old.fileName());
        assertEquals(ImportStatus.FAILED, old.status());
        assertTrue(old.restartable());
        assertEquals("FAILED", old.batchStatus(), "read from the job repository by execution id");
        assertEquals(List.of(120L, 100L, 2L), List.of(old.read(), old.written(), old.skipped()));
        assertEquals(1, jobs.countExecutions());
        assertEquals(old, jobs.execution(41).orElseThrow());
    }

    @Test
    void aFailedExecutionOfAnOldJobNameIsRestartedByItsIdWithTheParametersItStartedWith() {
        long restarted = jobs.restart(41);

        assertEquals(43, restarted);
        assertEquals(List.of(41L), batch.restarted);
        Properties parameters = batch.restartParameters.get(0);
        assertEquals("1", parameters.getProperty(JobParameters.FILE_ID));
        assertEquals("RESTART", parameters.getProperty(JobParameters.TRIGGER));
        assertEquals("finance", parameters.getProperty(JobParameters.STARTED_BY));
        assertEquals("41", parameters.getProperty(JobParameters.RESTART_OF));
        assertEquals("holder-of-imports.spending", parameters.getProperty(JobParameters.LEASE_HOLDER));
        // Its kind is written in the job XML stored with its instance, which the restart runs.
        assertNull(parameters.getProperty(JobParameters.KIND));
    }

    @Test
    void aNewImportStartsTheOneImportJobWithItsKindAsAParameter() {
        long id = jobs.startStored(new StoredImportFile(2, ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2026_20261127.csv", SHA, 10,
                StandardCharsets.UTF_8), ImportSource.API, true, "finance");

        assertEquals(44, id);
        assertEquals(List.of(ImportJobs.JOB), batch.started);
        assertEquals("import-file", ImportJobs.JOB, "the name of META-INF/batch-jobs/import-file.xml");
        Properties parameters = batch.startParameters.get(0);
        assertEquals("ENGAGEMENTS", parameters.getProperty(JobParameters.KIND));
        assertEquals("2", parameters.getProperty(JobParameters.FILE_ID));
        assertEquals("API", parameters.getProperty(JobParameters.TRIGGER));
        assertEquals("holder-of-imports.spending", parameters.getProperty(JobParameters.LEASE_HOLDER));
    }

    private static void sql(String statement) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(URL);
        h2.setUser("sa");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The batch runtime, as far as ImportJobs may use it: by execution id, and start by the one job's name. */
    private static final class Batch {
        final Map<Long, String> jobNameOf = new java.util.HashMap<>();
        final Map<Long, Properties> parametersOf = new java.util.HashMap<>();
        final List<Long> restarted = new ArrayList<>();
        final List<Properties> restartParameters = new ArrayList<>();
        final List<String> started = new ArrayList<>();
        final List<Properties> startParameters = new ArrayList<>();

        JobOperator operator() {
            return proxy(JobOperator.class, (proxy, method, args) -> switch (method.getName()) {
                case "getJobExecution" -> execution((Long) args[0]);
                case "getStepExecutions" -> List.of(importStep());
                case "getParameters" -> copy(parametersOf.get((Long) args[0]));
                case "restart" -> {
                    restarted.add((Long) args[0]);
                    restartParameters.add((Properties) args[1]);
                    yield 43L;
                }
                case "start" -> {
                    started.add((String) args[0]);
                    startParameters.add((Properties) args[1]);
                    yield 44L;
                }
                default -> throw new UnsupportedOperationException("JobOperator." + method.getName());
            });
        }

        private JobExecution execution(long id) {
            String name = jobNameOf.get(id);
            return proxy(JobExecution.class, (proxy, method, args) -> switch (method.getName()) {
                case "getJobName" -> name;
                case "getExecutionId" -> id;
                case "getBatchStatus" -> BatchStatus.FAILED;
                case "getExitStatus" -> "FAILED";
                default -> throw new UnsupportedOperationException("JobExecution." + method.getName());
            });
        }

        private static StepExecution importStep() {
            Metric[] metrics = {metric(Metric.MetricType.READ_COUNT, 120), metric(Metric.MetricType.WRITE_COUNT, 100),
                    metric(Metric.MetricType.PROCESS_SKIP_COUNT, 2), metric(Metric.MetricType.COMMIT_COUNT, 1)};
            return proxy(StepExecution.class, (proxy, method, args) -> switch (method.getName()) {
                case "getStepName" -> "import";
                case "getMetrics" -> metrics;
                default -> throw new UnsupportedOperationException("StepExecution." + method.getName());
            });
        }

        private static Metric metric(Metric.MetricType type, long value) {
            return proxy(Metric.class, (proxy, method, args) -> switch (method.getName()) {
                case "getType" -> type;
                case "getValue" -> value;
                default -> throw new UnsupportedOperationException("Metric." + method.getName());
            });
        }

        private static Properties copy(Properties p) {
            Properties copy = new Properties();
            copy.putAll(p);
            return copy;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, InvocationHandler handler) {
            return (T) Proxy.newProxyInstance(ImportJobsTest.class.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }
}
