package ma.commune.portal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import ma.commune.portal.identity.boundary.AccountForm;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.boundary.LoginResult;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.it.security.WebSecurityIT;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, roles, passwords and the pace of failed logins, on the real server and database. */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class IdentityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(IdentityIT.class);
    }

    @EJB
    Accounts accounts;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsAdmin asAdmin;

    private AccountForm form(String username, Role role) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Test " + username);
        form.setDepartmentId(accounts.departments().get(0).getId());
        form.setRoles(EnumSet.of(role));
        form.setNewPassword("a-long-password-" + username);
        return form;
    }

    @Test
    void callersWithoutTheAdministratorRoleCannotManageAccounts() {
        // (An editor's refusal is proven over HTTP with a real login: WebSecurityIT.)
        assertThrows(EJBAccessException.class, () -> accounts.search(PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class, () -> accounts.save(form("sneaky", Role.ADMIN)));
        assertTrue(accounts.byUsername("sneaky").isEmpty());
    }

    @Test
    void anonymousCallersCannotReadTheAuditLog() {
        assertThrows(EJBAccessException.class, () -> audit.search(PageRequest.of(0, 10)));
    }

    @Test
    void anAdministratorCreatesAnAccountWhosePasswordIsOnlyAHash() throws Exception {
        Account created = asAdmin.call(() -> accounts.save(form("agent.voirie", Role.AGENT)));
        assertTrue(created.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"), created.getPasswordHash());
        assertFalse(created.getPasswordHash().contains("a-long-password"));
        assertTrue(accounts.authenticate("agent.voirie", "a-long-password-agent.voirie", "192.0.2.1").valid());
        assertEquals(java.util.Set.of("AGENT"), accounts.authenticate("agent.voirie", "a-long-password-agent.voirie", "192.0.2.1").roles());

        List<AuditEntry> entries = asAdmin.call(() -> audit.search(new PageRequest(0, 50, Map.of("entityType", "Account"), null, false)));
        AuditEntry creation = entries.stream().filter(e -> e.getEntityId().equals(created.getId().toString())).findFirst().orElseThrow();
        assertTrue(creation.getAfter().contains("\"password\":\"changed\""));
        assertFalse(creation.getAfter().contains("PBKDF2"), "the audit log never holds a password hash");
    }

    @Test
    void wrongPasswordsSlowDownOnlyTheirAddressAndAnAdministratorForgetsThem() throws Exception {
        // The default pace: three free failures per account and address, then a wait (LoginPaceIT tests it over HTTP).
        Account created = asAdmin.call(() -> accounts.save(form("paced.out", Role.EDITOR)));
        for (int i = 0; i < 3; i++) {
            assertFalse(accounts.authenticate("paced.out", "wrong-password", "192.0.2.7").valid());
        }
        LoginResult paced = accounts.authenticate("paced.out", "a-long-password-paced.out", "192.0.2.7");
        assertFalse(paced.valid(), "the right password is refused from that address for now");
        assertTrue(paced.isThrottled() && paced.retryAfter().toSeconds() > 0, "with the time to wait");
        assertTrue(accounts.authenticate("paced.out", "a-long-password-paced.out", "192.0.2.8").valid(), "never locked for everyone");

        asAdmin.call(() -> {
            accounts.unlock(created.getId());
            return null;
        });
        assertTrue(accounts.authenticate("paced.out", "a-long-password-paced.out", "192.0.2.7").valid(), "an administrator forgets the failures");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        assertEquals(accounts.authenticate("nobody-at-all", "whatever-password", "192.0.2.1"),
                accounts.authenticate("editor", "wrong-password", "192.0.2.1"));
    }

    @Test
    void theLastAdministratorKeepsTheRole() throws Exception {
        Account admin = accounts.byUsername("admin").orElseThrow();
        AccountForm demote = AccountForm.of(admin);
        demote.setRoles(EnumSet.of(Role.EDITOR));
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> accounts.save(demote)));
        RunAs.cause(refused, DomainRuleViolation.class);
        assertTrue(accounts.byUsername("admin").orElseThrow().hasRole(Role.ADMIN));
    }

    @Test
    void aDepartmentHasOneHead() throws Exception {
        AccountForm first = form("head.one", Role.AGENT);
        first.setDepartmentHead(true);
        Account one = asAdmin.call(() -> accounts.save(first));
        AccountForm second = form("head.two", Role.AGENT);
        second.setDepartmentHead(true);
        Account two = asAdmin.call(() -> accounts.save(second));
        assertEquals(one.getDepartment(), two.getDepartment());
        assertFalse(accounts.byUsername("head.one").orElseThrow().isDepartmentHead(), "the former head is no longer head");
        assertEquals("head.two", accounts.headOf(two.getDepartment()).orElseThrow().getUsername());
    }

    @Test
    void aDeactivatedAccountLosesTheBackOfficeAtItsNextRequest() throws Exception {
        Account created = asAdmin.call(() -> accounts.save(form("leaving.agent", Role.AGENT)));
        Browserless browser = new Browserless();
        assertEquals(302, browser.login("leaving.agent", "a-long-password-leaving.agent").statusCode());
        assertEquals(200, browser.get("/admin/").statusCode());

        AccountForm deactivate = AccountForm.of(accounts.byUsername("leaving.agent").orElseThrow());
        deactivate.setActive(false);
        asAdmin.call(() -> accounts.save(deactivate));
        HttpResponse<String> after = browser.get("/admin/");
        assertEquals(302, after.statusCode(), "the open session no longer opens the back office");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login"));
        assertFalse(accounts.authenticate("leaving.agent", "a-long-password-leaving.agent", "192.0.2.1").valid());
        assertTrue(created.getId() > 0);
    }

    @Test
    void aTakenUserNameIsRefused() throws Exception {
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> accounts.save(form("editor", Role.EDITOR))));
        RunAs.cause(refused, DomainRuleViolation.class);
        assertEquals("account.rule.usernameTaken", RunAs.cause(refused, DomainRuleViolation.class).messageKey());
    }
}
