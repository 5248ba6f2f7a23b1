package ma.commune.portal.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ma.commune.portal.identity.control.LoginThrottle;
import ma.commune.portal.identity.control.PasswordHashing;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the back office can be entered on a new installation: when no active administrator
 * exists, creates {@code admin} with the password of {@code PORTAL_ADMIN_PASSWORD}, or a random one
 * written once to the server log. (The demo's accounts, one per role, come with the demo content: the
 * migration {@code db/demo/V14__Demo_accounts.sql}, in {@code portal-demo.ear} only.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    Accounts accounts;

    @EJB
    AuditLog audit;

    @EJB
    LoginThrottle throttle;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureAdministrator() {
        if (!accounts.hasActiveAdministrator()) {
            String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
            if (password == null) {
                password = passwords.randomPassword(16);
                // Printed once, on purpose: this is how the commune's first administrator gets in.
                LOG.warning("No active administrator existed: account 'admin' now has the password " + password
                        + " (set PORTAL_ADMIN_PASSWORD to choose it). Change it after the first login.");
            } else {
                LOG.info("No active administrator existed: account 'admin' now has the password of PORTAL_ADMIN_PASSWORD.");
            }
            Optional<Account> existing = accounts.byUsername("admin");
            if (existing.isPresent()) {
                // A deactivated 'admin' comes back: the installation must never be left without a way in.
                Account admin = existing.get();
                Map<String, Object> before = Accounts.snapshot(admin);
                admin.setPasswordHash(passwords.hash(password));
                admin.getRoles().add(Role.ADMIN);
                admin.setActive(true);
                throttle.forgetFailures(admin.getUsername());
                audit.recordSystem("restore", "Account", admin.getId(), Map.of("before", before, "after", Accounts.snapshot(admin)));
            } else {
                create("admin", "Administrateur", "GENERAL_DIRECTORATE", password, Role.ADMIN);
            }
        }
    }

    /** An account created by the system itself, not by a person (hence not a method of Accounts). */
    private void create(String username, String displayName, String departmentCode, String password, Role role) {
        Department department = em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", departmentCode).getResultStream().findFirst()
                .orElseGet(() -> accounts.departments().get(0));
        Account account = new Account(username, displayName, department, passwords.hash(password));
        account.setRoles(EnumSet.of(role));
        em.persist(account);
        em.flush();
        audit.recordSystem("create", "Account", account.getId(), Accounts.snapshot(account));
    }
}
