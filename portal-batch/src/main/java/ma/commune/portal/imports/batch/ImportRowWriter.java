package ma.commune.portal.imports.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import ma.commune.portal.imports.control.ImportExecutions;
import ma.commune.portal.imports.control.ImportLeases;
import ma.commune.portal.imports.control.ImportPlan;
import ma.commune.portal.imports.control.RowWriter;

/**
 * Upserts a chunk of rows by their natural key ({@link RowWriter}), counts what it did, and renews the
 * job's lease — all in the chunk's transaction, with the reader's checkpoint: a chunk is applied and
 * counted exactly once, or not at all.
 */
@Named
@Dependent
class ImportRowWriter extends AbstractItemWriter {

    @Inject
    ImportJob job;

    @EJB
    ImportExecutions executions;

    @EJB
    ImportLeases leases;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private RowWriter<Object> writer;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        if (writer == null) {
            ImportPlan<Object> plan = job.plan();
            writer = new RowWriter<>(plan.kind(), plan.table());
        }
        RowWriter.Counts counts;
        try (Connection c = database.getConnection()) {
            counts = writer.write(c, items, job.executionId(), Instant.now());
        }
        executions.wrote(job.executionId(), counts);
        if (!leases.renew(job.kind().leaseKey(), job.executionId())) {
            // Lost (expired and taken by another instance): stop here; this chunk rolls back, nothing is applied twice.
            throw new IllegalStateException("the lease of " + job.kind().leaseKey() + " is no longer held by execution " + job.executionId());
        }
    }
}
