package ma.commune.portal.imports.batch;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Properties;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.JobParameters;
import ma.commune.portal.imports.control.RejectLimit;

/**
 * What the artifacts of an import job read from the job: its kind, the stored file and the trigger
 * (job parameters, passed on as job properties by the job XML; in the XML of an instance started
 * before issue 16, one job per kind, the kind is written in it), and the plan of the kind.
 */
@Dependent
class ImportJob {

    @Inject
    JobContext job;

    @Inject
    @Any
    Instance<ImportPlan<?>> plans;

    ImportKind kind() {
        return ImportKind.valueOf(job.getProperties().getProperty(JobParameters.KIND));
    }

    long executionId() {
        return job.getExecutionId();
    }

    long instanceId() {
        return job.getInstanceId();
    }

    long fileId() {
        return Long.parseLong(parameter(JobParameters.FILE_ID, null));
    }

    /** A job parameter, as the job XML passes it on in the job's properties. */
    String parameter(String name, String otherwise) {
        Properties p = job.getProperties();
        String value = p == null ? null : p.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    RejectLimit rejectLimit() {
        return new RejectLimit(Double.parseDouble(parameter(JobParameters.REJECT_PERCENT, "1")), Integer.parseInt(parameter(JobParameters.REJECT_MINIMUM, "10")));
    }

    @SuppressWarnings("unchecked")
    <T> ImportPlan<T> plan() {
        ImportKind kind = kind();
        for (ImportPlan<?> plan : plans) {
            if (plan.kind() == kind) {
                return (ImportPlan<T>) plan;
            }
        }
        throw new IllegalStateException("no import plan for " + kind);
    }
}
