package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may enter the council secretariat's back office (/admin/council/*), decided by the server (web.xml)
 * and not only by the menu: the secretariat and administrators; not an editor; an anonymous visitor is
 * sent to the login page. And the secretariat does not get the editors' tools.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
@RunAsClient
class SecretariatAccessIT {

    private static final String[] COUNCIL_PAGES = {"/admin/council/sessions", "/admin/council/meetings", "/admin/council/members",
            "/admin/council/committees", "/admin/council/programme"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    @Test
    void theSecretariatReachesTheCouncilPagesButNotTheEditorsTools() throws Exception {
        Browserless secretariat = new Browserless();
        assertEquals(302, secretariat.login("secretariat", "BenGuerir-demo-2026").statusCode(), "the login succeeds");
        for (String page : COUNCIL_PAGES) {
            assertEquals(200, secretariat.get(page).statusCode(), page);
        }
        HttpResponse<String> dashboard = secretariat.get("/admin/");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("id=\"nav-council\""), "the council's menu entry");
        assertFalse(dashboard.body().contains("id=\"nav-news\""), "no editors' menu");
        assertEquals(403, secretariat.get("/admin/content/news").statusCode(), "no editors' tools");
        assertEquals(403, secretariat.get("/admin/identity/accounts").statusCode());
    }

    @Test
    void anEditorIsRefusedTheCouncilPages() throws Exception {
        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", "BenGuerir-demo-2026").statusCode(), "the login succeeds");
        for (String page : COUNCIL_PAGES) {
            assertEquals(403, editor.get(page).statusCode(), page);
        }
        assertFalse(editor.get("/admin/").body().contains("id=\"nav-council\""), "no council menu for an editor");
    }

    @Test
    void anAdministratorReachesTheCouncilPages() throws Exception {
        Browserless admin = new Browserless();
        assertEquals(302, admin.login("admin", System.getProperty("it.adminPassword", "It-admin-password-1")).statusCode());
        assertEquals(200, admin.get("/admin/council/sessions").statusCode());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() throws Exception {
        for (String page : COUNCIL_PAGES) {
            HttpResponse<String> response = new Browserless().get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login"), page);
        }
    }
}
