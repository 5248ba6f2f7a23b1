package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The back-office pages that moved when every page became {@code /admin/<component>/<page>} (issue 16):
 * a bookmark or a link in an old email still opens the page, by a permanent redirect with a relative
 * {@code Location} that keeps the query ({@code ?tender=12}). web.xml keeps the old addresses under the
 * same constraints for a release, so a redirect is given only to whom the page would admit.
 *
 * <p>Mapped after {@link CanonicalAddressGuard} (a bad spelling is refused before it is redirected) on
 * requests and forwards: OmniFaces forwards an address that names no view any more, and the address the
 * client wrote is then the forward's original one. Only reads move; a postback of an old page goes on to
 * the expired-page answer, as for any page whose view is gone.
 */
public class MovedBackOfficePages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Old address (without .xhtml) to new one. */
    static final Map<String, String> MOVED = Map.of(
            "/admin/tenders", "/admin/procurement/tenders",
            "/admin/tenders/documents", "/admin/procurement/tender-documents",
            "/admin/imports", "/admin/imports/executions",
            "/admin/outbox", "/admin/requests/outbox");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean forwarded = forwardedUri instanceof String;
        String uri = forwarded ? (String) forwardedUri : request.getRequestURI();
        String context = request.getContextPath();
        String target = movedTo(uri.startsWith(context) ? uri.substring(context.length()) : uri);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && target != null) {
            Object query = forwarded ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", context + target + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The new address of a moved page, asked with or without its extension; null for any other. */
    static String movedTo(String path) {
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        return MOVED.get(page);
    }
}
