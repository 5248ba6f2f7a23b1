package ma.commune.portal.imports.batch;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Properties;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.RejectLimit;

/**
 * What the artifacts of an import job read from the job: its kind (a property of the job XML), the
 * stored file and the trigger (job parameters, passed on as job properties by the job XML), and the
 * plan of the kind.
 */
@Dependent
public class ImportJob {

    public static final String FILE_ID = "fileId";
    public static final String TRIGGER = "trigger";
    public static final String STARTED_BY = "startedBy";
    public static final String FORCE = "force";
    public static final String LEASE_HOLDER = "leaseHolder";
    public static final String RESTART_OF = "restartOf";
    public static final String REJECT_PERCENT = "rejectPercent";
    public static final String REJECT_MINIMUM = "rejectMinimum";
    /** The job XML reads it as the chunk's item-count (1000 when absent). */
    public static final String CHUNK_SIZE = "chunkSize";

    @Inject
    JobContext job;

    @Inject
    @Any
    Instance<ImportPlan<?>> plans;

    public ImportKind kind() {
        return ImportKind.valueOf(job.getProperties().getProperty("kind"));
    }

    public long executionId() {
        return job.getExecutionId();
    }

    public long instanceId() {
        return job.getInstanceId();
    }

    public String jobName() {
        return job.getJobName();
    }

    public long fileId() {
        return Long.parseLong(parameter(FILE_ID, null));
    }

    /** A job parameter, as the job XML passes it on in the job's properties. */
    public String parameter(String name, String otherwise) {
        Properties p = job.getProperties();
        String value = p == null ? null : p.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    public RejectLimit rejectLimit() {
        return new RejectLimit(Double.parseDouble(parameter(REJECT_PERCENT, "1")), Integer.parseInt(parameter(REJECT_MINIMUM, "10")));
    }

    @SuppressWarnings("unchecked")
    public <T> ImportPlan<T> plan() {
        ImportKind kind = kind();
        for (ImportPlan<?> plan : plans) {
            if (plan.kind() == kind) {
                return (ImportPlan<T>) plan;
            }
        }
        throw new IllegalStateException("no import plan for " + kind);
    }
}
