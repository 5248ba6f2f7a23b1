package ma.commune.portal.shared.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health}: the portal is ready when its database answers. Public (load balancers and monitors
 * ask it), so it says UP or DOWN and nothing else: not which database, nor the error (issue 12).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("portal").status(connection.isValid(2)).build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("portal").down().build();
        }
    }
}
