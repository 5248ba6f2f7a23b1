package ma.commune.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The batch runtime's checks on the prepared H2 database: its existence check (upper-case names in
 * schema PUBLIC, through the metadata) finds every table, so it creates none, and its unquoted SQL,
 * after {@code SET SCHEMA PUBLIC}, lands in the real tables — on every start, not just the first.
 */
class JobRepositoryOnH2Test {

    @Test
    void theBatchRuntimeFindsItsTablesOnEveryStartAndWritesToTheRealOnes() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:job-repository;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        assertTrue(JobRepositoryOnH2.prepare(h2));
        assertTrue(JobRepositoryOnH2.prepare(h2), "a second start prepares again without failing");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"CHECKPOINTDATA", "JOBINSTANCEDATA", "EXECUTIONINSTANCEDATA", "STEPEXECUTIONINSTANCEDATA",
                    "JOBSTATUS", "STEPSTATUS"}) {
                try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", table, null)) {
                    assertTrue(rs.next(), table + " is found as the batch runtime looks for it");
                }
            }
            s.execute("SET SCHEMA PUBLIC");
            s.execute("INSERT INTO JOBINSTANCEDATA (name, apptag) VALUES ('import-credits', 'tag')");
            s.execute("INSERT INTO EXECUTIONINSTANCEDATA (jobinstanceid, batchstatus) SELECT jobinstanceid, 'STARTED' FROM JOBINSTANCEDATA");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM public.executioninstancedata WHERE batchstatus = 'STARTED'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the runtime's rows are in the real, lower-case tables");
            }
        }
    }
}
