package ma.commune.portal.imports.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.imports.control.ImportJobs;
import ma.commune.portal.imports.control.NightlyImports;

/**
 * What the back office and the operations API may do with the imports: import a file, restart or stop
 * an execution, read the executions and their reject reports, and (administrators) run the inbox now.
 * The roles are checked here, on the server, whatever page or API calls. Each call is handed to
 * {@link ImportJobs}, which stays the only component that talks to the batch runtime: Payara lets only
 * the component that started a job restart it or read it.
 *
 * <p>No transaction: an upload is streamed into the database for as long as it takes, and a job
 * started from within a container-managed transaction may fail to record its steps (Payara issue 5133).
 */
@Stateless
@DeclareRoles({"FINANCE", "ADMIN"})
@RolesAllowed({"FINANCE", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Imports {

    @EJB
    ImportJobs jobs;

    @EJB
    NightlyImports nightly;

    /**
     * Stores the file and starts its import, as the caller; the execution id.
     *
     * @throws ImportRefused {@code imports.refused.alreadyImported} (the same bytes were imported completely
     *                       and {@code force} is not set), {@code imports.refused.running}
     * @throws FileRefused   the file cannot be stored (empty, too large)
     */
    public long start(ImportKind kind, String fileName, InputStream content, ImportSource source, boolean force) {
        return jobs.start(kind, fileName, content, source, force);
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint; the new execution's id.
     *
     * @throws ImportRefused {@code imports.refused.unknown}, {@code imports.refused.notRestartable},
     *                       {@code imports.refused.running}
     */
    public long restart(long executionId) {
        return jobs.restart(executionId);
    }

    /**
     * Asks a running execution to stop after its current chunk.
     *
     * @throws ImportRefused {@code imports.refused.notRunningHere}: only the server running it can
     */
    public void stop(long executionId) {
        jobs.stop(executionId);
    }

    public Optional<ImportExecutionView> execution(long executionId) {
        return jobs.execution(executionId);
    }

    /** The executions, newest first, a page at a time. */
    public List<ImportExecutionView> executions(int first, int size) {
        return jobs.executions(first, size);
    }

    public long countExecutions() {
        return jobs.countExecutions();
    }

    /** The reject report of an execution's job instance (all its executions), in file order, a page at a time. */
    public List<Rejection> rejections(long executionId, int first, int size) {
        return jobs.rejections(executionId, first, size);
    }

    public long countRejections(long executionId) {
        return jobs.countRejections(executionId);
    }

    /** The nightly run, now: what happened to each file of the inbox (empty when another server instance runs it). */
    @RolesAllowed("ADMIN")
    public List<InboxOutcome> runInbox() {
        return nightly.runInbox();
    }
}
