package ma.commune.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leases on the real migrations (H2 in MySQL mode), called as the container would but each statement
 * committed at once: who wins a lease, when a lease that ran out may be taken over, a daily run done once.
 */
class LeasesTest {

    private static final String URL = "jdbc:h2:mem:leases;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Leases leases = new Leases();

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void freeRows() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(URL);
        h2.setUser("sa");
        leases.database = h2;
        try (Connection c = h2.getConnection()) {
            c.createStatement().executeUpdate("UPDATE run_lease SET holder = NULL, until_at = NULL, execution_id = NULL, last_run_day = NULL");
        }
    }

    @Test
    void theImportFamiliesTheNightlyRunAndTheMorningEmailHaveTheirRows() throws SQLException {
        for (String key : new String[] {"imports.spending", "imports.procurement", "nightly-inbox", "requests.digest"}) {
            assertTrue(leases.acquire(key, MINUTE).isPresent(), key);
        }
    }

    @Test
    void aHeldLeaseIsRefusedToOthersUntilItIsReleasedOrRunsOut() throws SQLException {
        String first = leases.acquire("imports.spending", MINUTE).orElseThrow();
        assertTrue(leases.acquire("imports.spending", MINUTE).isEmpty(), "held");
        assertTrue(leases.acquire("imports.procurement", MINUTE).isPresent(), "another family is free");

        assertTrue(leases.bind("imports.spending", first, 42, MINUTE));
        assertTrue(leases.renew("imports.spending", 42, MINUTE));
        assertEquals(Optional.of(42L), leases.current("imports.spending").map(Leases.Lease::executionId));
        leases.release("imports.spending", 42);
        assertTrue(leases.current("imports.spending").isEmpty());

        // A holder that stopped renewing (its server died): once the lease ran out, another takes it over,
        // and the first can neither bind nor extend it any more.
        String dead = leases.acquire("imports.spending", Duration.ofMillis(-1)).orElseThrow();
        String next = leases.acquire("imports.spending", MINUTE).orElseThrow();
        assertFalse(dead.equals(next));
        assertFalse(leases.bind("imports.spending", dead, 7, MINUTE), "the dead holder lost it");
        assertFalse(leases.extend("imports.spending", dead, MINUTE));
        assertTrue(leases.extend("imports.spending", next, MINUTE));
        leases.abandon("imports.spending", next);
        assertTrue(leases.acquire("imports.spending", MINUTE).isPresent(), "abandoned: free again");
    }

    @Test
    void aDailyRunIsClaimedOnceADayAndOnlyDoneWhenItsWorkSaysSo() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertNull(leases.lastRunDay("requests.digest"));
        assertTrue(leases.claimDay("requests.digest", day, "a", MINUTE));
        assertFalse(leases.claimDay("requests.digest", day, "b", MINUTE), "claimed by a");
        leases.abandon("requests.digest", "a");
        assertTrue(leases.claimDay("requests.digest", day, "b", MINUTE), "a failed: b tries again");
        leases.dayDone("requests.digest", day, "b");
        assertEquals(day, leases.lastRunDay("requests.digest"));
        assertFalse(leases.claimDay("requests.digest", day, "c", MINUTE), "done for the day");
        assertTrue(leases.claimDay("requests.digest", day.plusDays(1), "c", MINUTE), "the next day");
    }

    @Test
    void atStartUpAServerReleasesOnlyTheLeasesItHeldItself() throws SQLException {
        String mine = leases.acquire("nightly-inbox", MINUTE).orElseThrow();
        assertTrue(mine.startsWith(Leases.SERVER + "/"));
        assertTrue(leases.releaseThisServers("nightly-inbox"));
        assertTrue(leases.current("nightly-inbox").isEmpty());

        try (Connection c = leases.database.getConnection()) {
            c.createStatement().executeUpdate("UPDATE run_lease SET holder = 'other-instance/1234', until_at = '2999-01-01 00:00:00'"
                    + " WHERE lease_key = 'imports.spending'");
        }
        assertFalse(leases.releaseThisServers("imports.spending"), "another instance's lease");
        assertTrue(leases.acquire("imports.spending", MINUTE).isEmpty());
    }
}
