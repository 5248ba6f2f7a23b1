package ma.commune.portal.it.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RawHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's absolute addresses come from its configured public address (PORTAL_PUBLIC_URL, which the
 * test domain sets to its own http://localhost:port), never from the Host header a client sends (issue 12,
 * finding 9): a forged Host must not reach a redirect, a feed, an API, a download, a calendar or a page
 * kept for other residents.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class PublicAddressIT {

    private static final String FORGED = "evil.example";
    /** What the test domain configures as the public address (./portal it-start). */
    private static final String PUBLIC = Browserless.BASE;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    @Test
    void redirectsAreRelativeWhateverHostIsNamed() throws Exception {
        for (String path : new String[] {"/admin/", "/city.xhtml", "/council/sessions.xhtml?lang=fr"}) {
            RawHttp.Answer answer = RawHttp.get(path, FORGED);
            assertTrue(answer.status() == 301 || answer.status() == 302, path + ": " + answer.all());
            String location = answer.header("Location");
            assertTrue(location.startsWith("/") && !location.startsWith("//"), path + " redirects to " + location);
            assertFalse(answer.all().contains(FORGED), path + ": " + answer.all());
        }
        // The API's entry point sends clients on to its system object: on the configured address.
        RawHttp.Answer oparl = RawHttp.get("/api/oparl/v1", FORGED);
        assertEquals(PUBLIC + "/api/oparl/v1/system", oparl.header("Location"), oparl.all());
    }

    @Test
    void feedsApisDownloadsAndCalendarsNameTheConfiguredAddressWhateverHostIsNamed() throws Exception {
        URI configured = URI.create(PUBLIC);
        String webcal = "webcal://" + configured.getHost() + ":" + configured.getPort() + "/api/council/sessions.ics";
        String[][] expectations = {
            {"/feeds/news.atom", PUBLIC + "/news"},
            {"/feeds/tenders.atom?lang=fr", PUBLIC + "/"},
            {"/api/ocds/releases", PUBLIC + "/api/ocds/"},
            {"/api/oparl/v1/system", PUBLIC + "/api/oparl/v1/"},
            {"/api/oparl/v1/body", PUBLIC + "/api/oparl/v1/"},
            {"/api/open311/v2/discovery.json", PUBLIC + "/api/open311/v2"},
            {"/api/open311/v2/discovery.xml", PUBLIC + "/api/open311/v2"},
            {"/api/open311/v2/requests.json", ""},
            {"/api/opendata", PUBLIC + "/api/opendata/"},
            {"/api/opendata/legal-documents.csv", PUBLIC + "/legal/"},
            {"/api/opendata/tenders.csv", ""},
            {"/api/council/sessions.ics", "@" + configured.getHost()},
            {"/council/sessions", webcal},
            {"/council/sessions?lang=fr", webcal},
        };
        List<String> wrong = new ArrayList<>();
        for (String[] expected : expectations) {
            RawHttp.Answer answer = RawHttp.get(expected[0], FORGED);
            if (answer.status() != 200 || answer.all().contains(FORGED) || !answer.body().contains(expected[1])) {
                wrong.add(expected[0] + " (expected " + expected[1] + "): " + answer.all().substring(0, Math.min(3000, answer.all().length())));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n\n", wrong));
    }

    @Test
    void aPageKeptForOtherResidentsIsTheSameWhateverHostIsNamed() throws Exception {
        // The forged request first: if its answer were kept, the next resident would get its links.
        RawHttp.Answer forged = RawHttp.get("/council/sessions?lang=zgh", FORGED);
        assertEquals(200, forged.status());
        RawHttp.Answer honest = RawHttp.get("/council/sessions?lang=zgh", URI.create(PUBLIC).getAuthority());
        assertEquals(200, honest.status());
        assertFalse(forged.body().contains(FORGED) || honest.body().contains(FORGED), honest.body());
        assertEquals("hit", honest.header("X-Portal-Cache"), "one copy for every Host: " + honest.all().substring(0, 600));
    }
}
