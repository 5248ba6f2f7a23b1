package ma.commune.portal.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import ma.commune.portal.identity.control.PasswordHashing;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.shared.boundary.DatabaseMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the back office can be entered on a new installation: when no active administrator
 * exists, creates {@code admin} with the password of {@code PORTAL_ADMIN_PASSWORD}, or a random one
 * written once to the server log. With the demo content, also creates one account per role, whose
 * passwords the README documents.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    static final String DEMO_PASSWORD = "BenGuerir-demo-2026";

    @EJB
    AccountService accounts;

    @EJB
    DatabaseMigrations migrations;

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
                LOG.warning("No administrator existed: created account 'admin' with the password " + password
                        + " (set PORTAL_ADMIN_PASSWORD to choose it). Change it after the first login.");
            } else {
                LOG.info("No administrator existed: created account 'admin' with the password of PORTAL_ADMIN_PASSWORD.");
            }
            accounts.createSystemAccount("admin", "Administrateur", "GENERAL_DIRECTORATE", password, EnumSet.of(Role.ADMIN));
        }
        if (migrations.demoEnabled()) {
            demoAccount("editor", "Rédaction / التحرير", "COMMUNICATION", Role.EDITOR);
            demoAccount("secretariat", "Secrétariat du conseil", "COUNCIL_SECRETARIAT", Role.SECRETARIAT);
            demoAccount("finance", "Service financier", "FINANCE", Role.FINANCE);
            demoAccount("agent", "Agent — services techniques", "TECHNICAL_SERVICES", Role.AGENT);
            demoAccount("information", "Chargé de l'information", "COMMUNICATION", Role.INFORMATION_OFFICER);
        }
    }

    private void demoAccount(String username, String displayName, String department, Role role) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.createSystemAccount(username, displayName, department, DEMO_PASSWORD, EnumSet.of(role));
        }
    }
}
