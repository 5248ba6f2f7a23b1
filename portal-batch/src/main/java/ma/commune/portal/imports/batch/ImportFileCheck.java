package ma.commune.portal.imports.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Reader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.imports.control.Encodings;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.ImportExecutions;
import ma.commune.portal.imports.control.ImportFiles;
import ma.commune.portal.imports.control.ImportLeases;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.StoredImportFile;

/**
 * The first step of every import: the whole file parsed and checked — header, every record (with the
 * checks against the database), control trailer, rejects against the limit — before anything is
 * written. Ends with exit status {@code REFUSED} when the file is refused whole; the job XML then
 * fails the job, and nothing of the file is applied.
 */
@Named
@Dependent
class ImportFileCheck extends AbstractBatchlet {

    /** The exit status the job XML fails the job on ({@code <fail on="REFUSED">}). */
    static final String REFUSED = "REFUSED";
    static final String CHECKED = "CHECKED";
    /** A refused file's report lists at most this many rejected records (memory stays bounded). */
    static final int REPORTED_WHEN_REFUSED = 10_000;
    private static final Logger LOG = Logger.getLogger(ImportFileCheck.class.getName());
    private static final int RENEW_EVERY = 50_000;

    @Inject
    ImportJob job;

    @EJB
    ImportFiles files;

    @EJB
    ImportExecutions executions;

    @EJB
    ImportLeases leases;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Override
    public String process() throws Exception {
        ImportPlan<Object> plan = job.plan();
        StoredImportFile file = files.find(job.fileId()).orElseThrow(() -> new IllegalStateException("no import file " + job.fileId()));
        List<Rejection> rejections = new ArrayList<>();
        long[] seen = {0};
        FileCheck.RowCheck<Object> rowCheck;
        try (Connection c = database.getConnection()) {
            rowCheck = plan.rowCheck(c);
        }
        FileCheck.RowCheck<Object> counting = (row, fields) -> {
            if (++seen[0] % RENEW_EVERY == 0) {
                leases.renewNow(job.kind().leaseKey(), job.executionId());
            }
            if (rowCheck != null) {
                rowCheck.check(row, fields);
            }
        };
        try (Reader text = Encodings.reader(files.open(file.id()), file.charset())) {
            FileCheck.Outcome outcome = FileCheck.run(text, plan.format(), job.rejectLimit(), counting, r -> {
                if (rejections.size() < REPORTED_WHEN_REFUSED) {
                    rejections.add(r);
                }
            });
            executions.checked(job.executionId(), outcome);
            return CHECKED;
        } catch (FileRefused refusal) {
            LOG.warning(() -> "Import file " + file.fileName() + " (" + file.id() + ") refused: " + refusal.getMessage());
            executions.refused(job.executionId(), job.instanceId(), refusal, rejections, seen[0]);
            return REFUSED;
        } catch (java.nio.charset.CharacterCodingException unreadable) {
            FileRefused refusal = new FileRefused(Reason.UNREADABLE_ENCODING, 0, file.charset().name());
            executions.refused(job.executionId(), job.instanceId(), refusal, rejections, seen[0]);
            return REFUSED;
        }
    }
}
