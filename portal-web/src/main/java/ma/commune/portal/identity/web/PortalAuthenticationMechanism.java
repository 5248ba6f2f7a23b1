package ma.commune.portal.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.commune.portal.identity.boundary.AccountService;
import ma.commune.portal.identity.entity.Account;

/**
 * Staff log in through the portal's JSF page ({@code /login}); the session then carries who they are.
 * Written here rather than taken from {@code @CustomFormAuthenticationMechanismDefinition} because that
 * one opens an HTTP session on every request, and residents' pages must stay session-less (cacheable,
 * no cookie) while only staff have sessions.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "SECRETARIAT", "FINANCE", "AGENT", "INFORMATION_OFFICER"})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The login page shows its message itself: a form answered again, not a 401.
                return AuthenticationStatus.SEND_FAILURE;
            }
            Caller caller = new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession(true).setAttribute(SESSION_CALLER, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (caller instanceof Caller known) {
            if (!context.isProtected()) {
                return context.notifyContainerAboutLogin(known.name(), known.groups());
            }
            // A back-office request: the account as it is now, so that a deactivation or a change of
            // roles takes effect at once, not at the end of the session.
            Optional<Account> account = accounts.byUsername(known.name()).filter(Account::isActive);
            if (account.isEmpty()) {
                session.invalidate();
                return redirectToLogin(request, response, context);
            }
            Set<String> roles = account.get().getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
            if (!roles.equals(known.groups())) {
                session.setAttribute(SESSION_CALLER, new Caller(known.name(), roles));
            }
            return context.notifyContainerAboutLogin(known.name(), roles);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        try {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException failed) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        context.cleanClientSubject();
    }

    /** Who logged in, with the roles they had then; a new login picks up changed roles. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }
}
