package ma.commune.portal.imports.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.commune.portal.imports.control.ImportExecutions;
import ma.commune.portal.imports.control.RecordRejected;

/** Writes each skipped record into the reject report of the job instance, in the chunk's transaction. */
@Named
@Dependent
class RejectReport implements SkipProcessListener {

    @Inject
    ImportJob job;

    @EJB
    ImportExecutions executions;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        if (ex instanceof RecordRejected rejected) {
            executions.reject(job.instanceId(), rejected.rejection());
        }
    }
}
