package ma.commune.portal.imports.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import javax.sql.DataSource;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.RecordRejected;

/**
 * Turns a record into its row with the same rules as the check step (the format's, then the checks
 * against the database); a rejected record is skipped into the reject report ({@link RecordRejected}
 * is the job's skippable exception).
 */
@Named
@Dependent
class ImportRecordProcessor implements ItemProcessor {

    @Inject
    ImportJob job;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private ImportPlan<Object> plan;
    private FileCheck.RowCheck<Object> rowCheck;

    @Override
    public Object processItem(Object item) throws Exception {
        if (plan == null) {
            plan = job.plan();
            try (Connection c = database.getConnection()) {
                rowCheck = plan.rowCheck(c);
            }
        }
        ImportRecord record = (ImportRecord) item;
        return FileCheck.parse(record.header(), record.record(), plan.format(), rowCheck);
    }
}
