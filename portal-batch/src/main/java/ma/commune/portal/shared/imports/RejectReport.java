package ma.commune.portal.shared.imports;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes each skipped record into the reject report of the job instance, in the chunk's transaction. */
@Named
@Dependent
public class RejectReport implements SkipProcessListener {

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
