package ma.commune.portal.spending.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entry point of the back office into the imports: the service that will start, stop and
 * restart the import jobs. For now it tells which jobs the batch runtime knows.
 */
@Stateless
@RolesAllowed({"FINANCE", "ADMIN"})
public class ImportJobs {

    public Set<String> knownJobs() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return new TreeSet<>(operator.getJobNames());
    }
}
