package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The back office answers to one spelling of each of its addresses. The container checks web.xml's
 * constraints against the address as it reads it, while OmniFaces' extension-less views (MultiViews)
 * serve a page under other spellings too: {@code /admin/requests/calendar/} ran the legal calendar's
 * page for an agent, whom {@code /admin/requests/*} admits (issue 12, finding 7). Any other spelling of
 * an {@code /admin} or {@code /api/admin} address — a trailing slash, a path parameter ({@code ;x}), an
 * empty, dot, encoded or back-slashed segment, upper case in its first three segments (the area and
 * the page; what follows may be a servlet's code or file name) — is refused with the refusal page (403)
 * before any page runs, whoever asks. No link of the portal spells an address so.
 *
 * <p>Mapped first in web.xml, on requests and forwards: OmniFaces' filter, which the container puts
 * before every declared one, forwards an extension-less address to its view; the address the client
 * wrote is then the forward's original URI.
 */
public class CanonicalAddressGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern BACK_OFFICE = Pattern.compile("^/(api/)?admin");
    private static final Pattern NAMED = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.xhtml)?");
    private static final int NAMED_SEGMENTS = 3;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if (backOffice(path) && !canonical(path)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the address, however spelled, names the back office: decoded (more than once, for the
     * encoded percent signs), folded, without parameters. A public address never begins with "/admin".
     */
    static boolean backOffice(String rawPath) {
        String decoded = rawPath;
        for (int i = 0; i < 3 && decoded.indexOf('%') >= 0; i++) {
            decoded = percentDecoded(decoded);
        }
        String folded = decoded.replace('\\', '/').replaceAll(";[^/]*", "").replaceAll("/{2,}", "/")
                .toLowerCase(Locale.ROOT);
        return BACK_OFFICE.matcher(folded).find();
    }

    /** The one spelling the portal's links use. */
    static boolean canonical(String rawPath) {
        if (rawPath.equals("/admin/") || rawPath.equals("/admin")) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.contains(";") || rawPath.contains("\\") || rawPath.contains("//") || rawPath.endsWith("/")
                || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%3b")) {
            return false;
        }
        String[] segments = rawPath.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(".") || segments[i].equals("..")
                    || i < NAMED_SEGMENTS && !NAMED.matcher(segments[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** %XX sequences as the characters they stand for (Latin-1 is enough to recognise a path). */
    private static String percentDecoded(String raw) {
        StringBuilder decoded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                decoded.append((char) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }
}
