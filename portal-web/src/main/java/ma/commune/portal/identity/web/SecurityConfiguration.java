package ma.commune.portal.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The back office is entered through the portal's own JSF login page ({@code /login}); the accounts
 * are checked by {@link PortalIdentityStore} against the database.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "EDITOR", "SECRETARIAT", "FINANCE", "AGENT", "INFORMATION_OFFICER"})
@ApplicationScoped
public class SecurityConfiguration {
}
