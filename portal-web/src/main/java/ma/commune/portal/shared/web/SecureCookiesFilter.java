package ma.commune.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cookies are {@code Secure} whenever the visitor's connection is HTTPS (issue 12), also when TLS ends at a
 * reverse proxy: a request from one of the addresses of {@code PORTAL_REQUESTS_TRUSTED_PROXIES} that says
 * {@code X-Forwarded-Proto: https} is then secure ({@link HttpServletRequest#isSecure()}, scheme
 * {@code https}) for everything after this filter, which the language cookie follows. The header of anyone
 * else is not believed (a client could send it itself).
 * <p>
 * The session cookie is the container's: Payara marks it {@code Secure} only from its own view of the
 * connection and writes it straight into the response, past any wrapper. So, behind such a proxy, this
 * filter adds {@code Secure} to the {@code Set-Cookie} headers already written, right after anything it
 * sees create or renew the session, before a redirect or an error, and when the chain returns (a session is
 * only ever created before the response is committed).
 */
public class SecureCookiesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "portal.requests.trusted-proxies")
    Optional<String> trustedProxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || !viaTrustedHttpsProxy(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), trusted())) {
            chain.doFilter(request, response);
            return;
        }
        SecureCookies cookies = new SecureCookies(response);
        chain.doFilter(new ProxiedHttpsRequest(request, cookies), cookies);
        cookies.secureAll();
    }

    private Set<String> trusted() {
        return trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** True when the connection comes from a trusted proxy that received the request over HTTPS. */
    static boolean viaTrustedHttpsProxy(String remote, String forwardedProto, Set<String> trusted) {
        if (remote == null || forwardedProto == null || !trusted.contains(remote)) {
            return false;
        }
        // A chain of proxies appends its hops: the first one is the visitor's connection.
        String first = forwardedProto.split(",", 2)[0].strip();
        return "https".equalsIgnoreCase(first);
    }

    /** Adds {@code Secure} to a {@code Set-Cookie} value that lacks it. */
    static String secure(String setCookie) {
        for (String attribute : setCookie.split(";")) {
            if ("secure".equals(attribute.strip().toLowerCase(Locale.ROOT))) {
                return setCookie;
            }
        }
        return setCookie + "; Secure";
    }

    /** The request as the visitor made it: over HTTPS. */
    private static final class ProxiedHttpsRequest extends HttpServletRequestWrapper {

        private final SecureCookies cookies;

        ProxiedHttpsRequest(HttpServletRequest request, SecureCookies cookies) {
            super(request);
            this.cookies = cookies;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (create) {
                cookies.secureAll();
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            cookies.secureAll();
            return id;
        }
    }

    /** The response, whose cookies are all made {@code Secure}. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            secureAll();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status) throws IOException {
            secureAll();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            secureAll();
            super.sendError(status, message);
        }

        @Override
        public void flushBuffer() throws IOException {
            secureAll();
            super.flushBuffer();
        }

        /** Rewrites the response's {@code Set-Cookie} headers (the container's own among them) with {@code Secure}. */
        void secureAll() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> written = new ArrayList<>(response.getHeaders("Set-Cookie"));
            List<String> secured = written.stream().map(SecureCookiesFilter::secure).toList();
            if (written.isEmpty() || written.equals(secured)) {
                return;
            }
            response.setHeader("Set-Cookie", secured.get(0));
            for (String cookie : secured.subList(1, secured.size())) {
                response.addHeader("Set-Cookie", cookie);
            }
        }
    }
}
