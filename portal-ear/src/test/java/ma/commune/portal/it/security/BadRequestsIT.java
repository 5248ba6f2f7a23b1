package ma.commune.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * What a visitor's odd or hostile request gets (issue 12): a page of a sensible size, never an echo that
 * multiplies what they sent. Before the fix, a 70 KB address came back five times in the language links
 * ({@link #aVeryLongAddressIsNotEchoedIntoTheLanguageLinks} failed: a page of about 356 KB).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class BadRequestsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    @Test
    void backOfficePagesAreNeverKeptByTheBrowser() throws Exception {
        Browserless agent = new Browserless();
        assertEquals(302, agent.login("agent", "BenGuerir-demo-2026").statusCode());
        HttpResponse<String> inbox = agent.get("/admin/requests/inbox");
        assertEquals(200, inbox.statusCode());
        assertEquals("no-store", inbox.headers().firstValue("Cache-Control").orElse(""), "a page with residents' data");
        assertEquals("no-store", new Browserless().get("/login").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aVeryLongAddressIsNotEchoedIntoTheLanguageLinks() throws Exception {
        String padding = "x".repeat(70_000);
        HttpResponse<String> news = new Browserless().get("/news?page=1&junk=" + padding);
        assertEquals(200, news.statusCode());
        assertFalse(news.body().contains(padding.substring(0, 3_000)), "the address is not repeated in the page");
        assertTrue(news.body().length() < 100_000, "a page of its usual size: " + news.body().length());
        assertTrue(news.body().contains("href=\"/news?lang=fr\""), "the language links keep the page");

        HttpResponse<String> shortQuery = new Browserless().get("/news?page=1");
        assertTrue(shortQuery.body().contains("href=\"/news?page=1&amp;lang=fr\""), "a usual query is kept");
    }
}
