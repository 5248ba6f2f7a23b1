package ma.commune.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a form posted to the portal from another site (cross-site request forgery). The public forms
 * — the residents' forms, reopening and appeal, the login — are stateless pages (issue 12: no session
 * for a visitor), so no session-bound view state protects them; the browser itself says where a form
 * comes from, and that is what is checked, the way Go's {@code net/http.CrossOriginProtection} does:
 * <ol>
 * <li>{@code Sec-Fetch-Site} (every current browser): only {@code same-origin} (or {@code none}, a request
 * the person made themselves) passes; {@code same-site} does not, since a sibling host may be anyone's;</li>
 * <li>without it, {@code Origin} (sent with every POST by browsers since 2020): it must be this portal's —
 * the host the browser addressed ({@code Host}, which a forging page cannot choose) or
 * {@code PORTAL_PUBLIC_URL}; {@code Origin: null} (a sandboxed or privacy-stripped origin) is refused;</li>
 * <li>with neither, the request did not come from a browser that could be misused (a script, a test
 * client): it passes, as it would with any token it could fetch first.</li>
 * </ol>
 * Nothing to keep, share between instances or expire: it holds on a cluster as on one server. It also
 * keeps PrimeFaces' CSP nonce, which a stateless page takes from the posted form, out of another site's
 * hands. The machine interfaces ({@code /api/}) are not forms: they authenticate each request themselves
 * (keys, tokens) and Open311 accepts reports from other sites' applications by design.
 */
@WebFilter(filterName = "CrossSiteFormGuard", urlPatterns = "/*", asyncSupported = true)
public class CrossSiteFormGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !path.startsWith("/api/")
                && fromAnotherSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"), publicUrl)) {
            ShortPage.send(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite.title", "error.crossSite.text");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the browser says the request comes from a page of another site. */
    static boolean fromAnotherSite(String fetchSite, String origin, String host, String publicUrl) {
        if (fetchSite != null && !fetchSite.isBlank()) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String from = authority(origin.strip());
        return from == null || !(from.equals(hostAuthority(host)) || from.equals(publicUrl == null ? null : authority(publicUrl.strip())));
    }

    /** {@code host[:port]} of an origin or URL, the default port left out; null when it is none ("null"). */
    private static String authority(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
                    || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The Host header as an authority (without :80 or :443, which an Origin never carries). */
    private static String hostAuthority(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
