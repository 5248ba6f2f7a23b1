package ma.commune.portal.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ma.commune.portal.shared.control.JobRepositoryOnH2;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the schema this build expects, at deployment, before any service runs.
 * Three sets, each with its own history table so that they never mix:
 * <ol>
 *   <li>{@code db/migration}: the schema, always;</li>
 *   <li>the commune's identity (names, departments), once, from {@code portal.seed.locations}
 *       (Ben Guerir by default; another commune points it at its own files);</li>
 *   <li>the demo content, only when {@code portal.demo.enabled} (the run command sets it) and this EAR
 *       carries it: {@code db/demo} is in {@code portal-demo.ear} only (its {@code lib/portal-ejb-demo.jar}),
 *       never in {@code portal.ear}, the product a commune deploys.</li>
 * </ol>
 * On H2, it also prepares the batch runtime's job repository ({@link JobRepositoryOnH2}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.seed.locations", defaultValue = "classpath:db/seed")
    String seedLocations;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @PostConstruct
    void migrate() {
        // Looked up as Flyway looks up a location: a flag set by mistake on the product finds nothing to apply,
        // and must not leave behind an empty demo history either.
        if (demoEnabled && DatabaseMigrations.class.getClassLoader().getResource("db/demo") == null) {
            LOG.warning("portal.demo.enabled is set, but this EAR carries no demo (portal-demo.ear does): no demo content");
            demoEnabled = false;
        }
        apply("schema", configure().locations("classpath:db/migration"));
        try {
            if (JobRepositoryOnH2.prepare(dataSource)) {
                LOG.info("Jakarta Batch job repository prepared on the embedded H2 database");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not prepare the batch job repository on H2", e);
        }
        apply("commune seed", configure().locations(seedLocations.split(","))
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0"));
        if (demoEnabled) {
            apply("demo content", configure().locations("classpath:db/demo")
                    .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0"));
        }
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration configure() {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader()).dataSource(dataSource);
    }

    private static void apply(String what, org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        MigrateResult result = configuration.load().migrate();
        LOG.info(() -> "Database " + what + ": " + result.migrationsExecuted + " migration(s) applied, now at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }
}
