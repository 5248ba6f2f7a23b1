package ma.commune.portal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.identity.boundary.AccountForm;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff logins paced per account and source address, never locked for everyone (issue 12, finding 3), on
 * the login page and as HTTP Basic on the operations API, over HTTP on the real server. The deployment
 * trusts the loopback as a proxy, so each request names its client in X-Forwarded-For, and its pace is
 * short enough to test: two free failures per account and address, then ten minutes' wait, and at most
 * five failures an hour from every address together. Each test has its own accounts, which it leaves
 * without failures (the demo accounts serve the other test classes).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class LoginPaceIT {

    private static final String IMPORTS = "/api/admin/imports/executions/999999";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portal(LoginPaceIT.class);
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "login-pace-it-config.jar").addAsManifestResource(new StringAsset(
                "portal.requests.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1,::1\n"
                        + "portal.identity.login.window-minutes=60\n"
                        + "portal.identity.login.free=2\n"
                        + "portal.identity.login.first-delay-seconds=600\n"
                        + "portal.identity.login.max-delay-minutes=30\n"
                        + "portal.identity.login.account-cap=5\n"), "microprofile-config.properties"));
        return ear;
    }

    @EJB
    Accounts accounts;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsAdmin asAdmin;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Account account(String username, Role role) throws Exception {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Test " + username);
        form.setDepartmentId(accounts.departments().get(0).getId());
        form.setRoles(EnumSet.of(role));
        form.setNewPassword(password(username));
        return asAdmin.call(() -> accounts.save(form));
    }

    private static String password(String username) {
        return "the-right-password-of-" + username;
    }

    /** A login through the page from {@code address}: 302 into the back office, or the page again with its message. */
    private static HttpResponse<String> login(String address, String username, String password) throws Exception {
        return new Browserless(address).login(username, password);
    }

    private static boolean loggedIn(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("/admin/");
    }

    /** The login page's messages (the generic failure), as the visitor reads them. */
    private static String message(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), "a refused login answers the form again");
        Matcher m = Pattern.compile("<ul id=\"login:messages\"[^>]*>(.*?)</ul>", Pattern.DOTALL).matcher(response.body());
        assertTrue(m.find(), "the page says why: " + response.body());
        return m.group(1).strip();
    }

    /** An operations API request with HTTP Basic from {@code address}. */
    private HttpResponse<String> basic(String address, String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browserless.BASE + IMPORTS)).header("X-Forwarded-For", address)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void unlock(Account account) throws Exception {
        asAdmin.call(() -> {
            accounts.unlock(account.getId());
            return null;
        });
    }

    @Test
    void aStrangersWrongPasswordsDoNotStopTheOwnerElsewhere() throws Exception {
        Account admin = account("pace.admin", Role.ADMIN);
        for (int i = 0; i < 8; i++) {
            assertTrue(!loggedIn(login("203.0.113.10", "pace.admin", "guess-number-" + i)));
        }
        for (int i = 0; i < 6; i++) {
            int status = basic("203.0.113.11", "pace.admin", "guess-number-" + i).statusCode();
            assertTrue(status == 401 || status == 429, "refused: " + status);
        }
        assertTrue(loggedIn(login("198.51.100.20", "pace.admin", password("pace.admin"))),
                "the owner logs in from their own address whatever a stranger tried from elsewhere");
        assertNotEquals(401, basic("198.51.100.20", "pace.admin", password("pace.admin")).statusCode(), "the API too");
        unlock(admin);
        // A second active administrator would change what other tests prove about the last one.
        AccountForm deactivate = AccountForm.of(accounts.byUsername("pace.admin").orElseThrow());
        deactivate.setActive(false);
        asAdmin.call(() -> accounts.save(deactivate));
    }

    @Test
    void repeatedFailuresFromOneAddressAreRefusedEvenWithTheRightPasswordWithOneGenericMessage() throws Exception {
        Account finance = account("pace.finance", Role.FINANCE);
        String wrongPassword = message(login("203.0.113.30", "pace.finance", "a-wrong-password"));
        String unknownAccount = message(login("203.0.113.30", "pace.nobody", "a-wrong-password"));
        assertEquals(wrongPassword, unknownAccount, "an unknown account and a wrong password read alike");
        assertEquals(401, basic("203.0.113.30", "pace.finance", "a-wrong-password").statusCode(), "the second failure, on the API");

        HttpResponse<String> throttled = login("203.0.113.30", "pace.finance", password("pace.finance"));
        assertEquals(wrongPassword, message(throttled), "the right password is refused from there for now, with the same message");
        HttpResponse<String> api = basic("203.0.113.30", "pace.finance", password("pace.finance"));
        assertEquals(429, api.statusCode(), "the API says to come back later");
        long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 500 && retryAfter <= 600, "Retry-After: the ten minutes' wait, counted from the last failure: " + retryAfter);

        // An account nobody has is paced alike: the pace tells nothing about which accounts exist.
        basic("203.0.113.30", "pace.nobody", "another-wrong-password");
        assertEquals(429, basic("203.0.113.30", "pace.nobody", "a-third-password").statusCode());

        assertNotEquals(401, basic("198.51.100.30", "pace.finance", password("pace.finance")).statusCode(), "from elsewhere the owner gets in");
        assertEquals(429, basic("203.0.113.30", "pace.finance", password("pace.finance")).statusCode(), "but not from there yet");

        unlock(finance);
        assertTrue(loggedIn(login("203.0.113.30", "pace.finance", password("pace.finance"))),
                "an administrator forgets the failures: the owner gets in from there at once");
        String unlocked = asAdmin.call(() -> audit.search(new PageRequest(0, 50, Map.of("entityType", "Account"), null, false)))
                .stream().filter(e -> e.getEntityId().equals(finance.getId().toString()) && "unlock".equals(e.getAction()))
                .findFirst().orElseThrow().getBefore();
        assertTrue(unlocked.contains("\"failedLogins\":"), "the audit says how many failures were forgotten: " + unlocked);
    }

    @Test
    void theAccountCapHoldsNewAddressesButNotOneTheOwnerLoggedInFrom() throws Exception {
        Account capped = account("pace.capped", Role.FINANCE);
        assertTrue(loggedIn(login("198.51.100.40", "pace.capped", password("pace.capped"))), "the owner's usual address");
        for (int i = 1; i <= 5; i++) {
            // One failure from each of five addresses: none of them is slowed, together they reach the cap.
            assertEquals(401, basic("203.0.113." + (40 + i), "pace.capped", "distributed-guess-" + i).statusCode());
        }
        HttpResponse<String> newcomer = basic("203.0.113.60", "pace.capped", password("pace.capped"));
        assertEquals(429, newcomer.statusCode(), "a new address waits while the account's failures are over the cap");
        assertTrue(Long.parseLong(newcomer.headers().firstValue("Retry-After").orElseThrow()) > 3000,
                "until the oldest of them leaves the hour's window");
        assertTrue(!loggedIn(login("203.0.113.61", "pace.capped", password("pace.capped"))), "on the login page too");
        assertTrue(loggedIn(login("198.51.100.40", "pace.capped", password("pace.capped"))),
                "the address the owner logged in from before is not held: no lock for everyone");
        unlock(capped);
        assertTrue(loggedIn(login("203.0.113.60", "pace.capped", password("pace.capped"))), "and the cap is lifted by the unlock");
    }
}
