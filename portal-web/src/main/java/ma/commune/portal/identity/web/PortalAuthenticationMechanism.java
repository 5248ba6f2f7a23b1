package ma.commune.portal.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.boundary.LoginResult;
import ma.commune.portal.identity.boundary.OperationsTokens;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.shared.web.ClientAddress;

/**
 * Staff log in through the portal's JSF page ({@code /login}); the session then carries who they are.
 * Written here rather than taken from {@code @CustomFormAuthenticationMechanismDefinition} because that
 * one opens an HTTP session on every request, and residents' pages must stay session-less (cacheable,
 * no cookie) while only staff have sessions. The operations API ({@code /api/admin/*}) is the exception:
 * HTTP Basic or an operations token on every request, no session (see {@link #validateOperationsRequest}).
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "SECRETARIAT", "FINANCE", "AGENT", "INFORMATION_OFFICER"})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login";
    /** The operations API's paths: HTTP Basic or a bearer token, no session. */
    public static final String OPERATIONS_API = "/api/admin/";
    /**
     * Payara's MicroProfile endpoints, which it adds to the web module at the root context (this one): the
     * pool and JVM figures and the description of every operation of the API are for administrators and
     * their scripts (web.xml), authenticated as the operations API is. {@code /health} stays public.
     */
    static final Set<String> OPERATIONS_ENDPOINTS = Set.of("/metrics", "/openapi");

    @Inject
    ClientAddress clientAddress;

    @EJB
    Accounts accounts;

    @EJB
    OperationsTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.isRequestedSessionIdFromURL()) {
            return refuseSessionIdInAddress(request, response, context);
        }
        if (isOperationsApi(request)) {
            return validateOperationsRequest(request, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            LoginResult result = accounts.authenticate(login.getCaller(), login.getPasswordAsString(), clientAddress.of(request));
            if (!result.valid()) {
                // The login page shows its message itself, the same one whether the password was wrong or not
                // even checked (too many failures): a form answered again, not a 401 nor a 429.
                return AuthenticationStatus.SEND_FAILURE;
            }
            Caller caller = new Caller(result.username(), result.roles());
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

    /** The operations API ({@code /api/admin/*}, {@code /metrics}, {@code /openapi}): a script's request, never a browser session's. */
    static boolean isOperationsApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int parameters = path.indexOf(';');
        String bare = parameters < 0 ? path : path.substring(0, parameters);
        return path.startsWith(OPERATIONS_API)
                || OPERATIONS_ENDPOINTS.stream().anyMatch(endpoint -> bare.equals(endpoint) || bare.startsWith(endpoint + "/"));
    }

    /**
     * A session id in the address ({@code /admin/;jsessionid=...}) is never a session (issue 12). Payara's
     * CoyoteAdapter takes {@code ;jsessionid=} from every request's path whatever the tracking modes (web.xml
     * allows the cookie only: that setting only stops Payara from writing ids into URLs), and a cookie, when
     * there is one, wins over it. This mechanism is the first code of the application that a request meets,
     * before anything reads the session, and the Servlet API cannot make the request forget the id (a
     * {@code getSession(true)} would even join the named session): so the request goes no further. A link
     * followed is sent to the same address without the id; anything else is refused.
     */
    private static AuthenticationStatus refuseSessionIdInAddress(HttpServletRequest request, HttpServletResponse response,
                                                                 HttpMessageContext context) {
        try {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                String address = request.getRequestURI().replaceAll("(?i);jsessionid=[^;/?#]*", "")
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(address);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (IOException failed) {
            // The client went away.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The operations API authenticates every request by itself, without an HTTP session: HTTP Basic with
     * a staff account's user name and password, paced as on the login page (per account and source
     * address; a refused attempt gets 429 with {@code Retry-After}, its password unchecked), or
     * {@code Authorization: Bearer} with an operations token, which scripts should use (issue 12: Basic
     * stays for the administrators' occasional curl, under the same pace as the login page, which is the
     * same door; a token cannot be guessed and is revoked on its own). The session of a back-office login
     * does not count here (a page open in a browser must not be able to start imports by a forged
     * request). Which roles may call it is web.xml's and the beans' business.
     */
    private AuthenticationStatus validateOperationsRequest(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() ? challenge(context) : context.doNothing();
        }
        String[] scheme = authorization.strip().split("\\s+", 2);
        if (scheme.length < 2) {
            return challenge(context);
        }
        if ("Basic".equalsIgnoreCase(scheme[0])) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(scheme[1].strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return challenge(context);
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return challenge(context);
            }
            LoginResult result = accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress.of(request));
            if (result.isThrottled()) {
                return tooManyAttempts(context, result.retryAfter());
            }
            if (!result.valid()) {
                return challenge(context);
            }
            return context.notifyContainerAboutLogin(result.username(), result.roles());
        }
        if ("Bearer".equalsIgnoreCase(scheme[0])) {
            LoginResult result = tokens.authenticate(scheme[1].strip());
            if (!result.valid()) {
                return challenge(context);
            }
            return context.notifyContainerAboutLogin(result.username(), result.roles());
        }
        return challenge(context);
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"portal operations\", charset=\"UTF-8\", Bearer realm=\"portal operations\"");
        return context.responseUnauthorized();
    }

    /** 429: too many failed logins for this account, from this address or from everywhere; try again later. */
    private static AuthenticationStatus tooManyAttempts(HttpMessageContext context, Duration retryAfter) {
        HttpServletResponse response = context.getResponse();
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0))));
        try {
            response.sendError(429);
        } catch (IOException gone) {
            // The client left: nothing to answer.
        }
        return AuthenticationStatus.SEND_FAILURE;
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
