package ma.commune.portal.it.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * portal.ear, what a commune deploys, starts and serves without the demo that every other test deploys with
 * it (portal-demo.ear): nothing in the product reaches for the demo. The test server sets
 * portal.demo.enabled, which an EAR without the demo ignores; the database keeps what other tests put in it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class ProductEarDeploysIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.product();
    }

    @Test
    void theProductStartsAndServesItsPages() throws Exception {
        assertEquals(200, new Browserless().get("/").statusCode());
        assertEquals(200, new Browserless().get("/login").statusCode());
        HttpResponse<String> health = new Browserless().get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }
}
