package ma.commune.portal.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.entity.Account;

/** Who is using the back office, for its header and menus (the services check roles again). */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @EJB
    Accounts accounts;

    private Optional<Account> account;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse(getUsername());
    }

    public String getDepartment() {
        return account().map(a -> a.getDepartment().getCode()).orElse("");
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isEditor() {
        return hasRole("EDITOR") || hasRole("ADMIN");
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    private Optional<Account> account() {
        if (account == null) {
            account = accounts.byUsername(getUsername());
        }
        return account;
    }
}
