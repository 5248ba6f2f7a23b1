package ma.commune.portal.imports.batch;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.control.ImportExecutions;
import ma.commune.portal.imports.control.ImportLeases;
import ma.commune.portal.imports.control.JobParameters;

/**
 * Opens and closes the portal's record of an execution: binds the job's lease (taken by whoever
 * started the job) to this execution, or refuses to run when another execution holds it; at the end,
 * records how the execution ended and releases the lease.
 */
@Named
@Dependent
class ImportJobListener implements JobListener {

    @Inject
    ImportJob job;

    @Inject
    JobContext context;

    @EJB
    ImportExecutions executions;

    @EJB
    ImportLeases leases;

    @Override
    public void beforeJob() {
        String restartOf = job.parameter(JobParameters.RESTART_OF, null);
        executions.begin(job.executionId(), job.instanceId(), new ImportExecutions.Start(job.fileId(), job.kind(),
                job.parameter(JobParameters.TRIGGER, "API"), job.parameter(JobParameters.STARTED_BY, "system"),
                Boolean.parseBoolean(job.parameter(JobParameters.FORCE, "false")), restartOf == null ? null : Long.valueOf(restartOf)));
        String holder = job.parameter(JobParameters.LEASE_HOLDER, null);
        boolean bound = holder != null && leases.bind(job.kind().leaseKey(), holder, job.executionId());
        if (!bound) {
            // Started without the lease (by the runtime's own tools, say): take it now, or do not run.
            bound = leases.acquire(job.kind().leaseKey()).map(h -> leases.bind(job.kind().leaseKey(), h, job.executionId())).orElse(false);
        }
        if (!bound) {
            executions.end(job.executionId(), ImportStatus.REFUSED_RUNNING);
            throw new IllegalStateException("another import of " + job.kind().leaseKey() + " is running; execution " + job.executionId()
                    + " does not start");
        }
    }

    @Override
    public void afterJob() {
        String exit = context.getExitStatus();
        BatchStatus status = context.getBatchStatus();
        ImportStatus ended;
        if (ImportFileCheck.REFUSED.equals(exit)) {
            ended = ImportStatus.REFUSED;
        } else if (status == BatchStatus.FAILED) {
            ended = ImportStatus.FAILED;
        } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            ended = ImportStatus.STOPPED;
        } else {
            ended = ImportStatus.COMPLETED;
        }
        executions.end(job.executionId(), ended);
        leases.release(job.kind().leaseKey(), job.executionId());
    }
}
