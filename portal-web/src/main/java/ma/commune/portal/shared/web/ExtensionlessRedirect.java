package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A page asked with its {@code .xhtml} extension is sent, permanently, to its extension-less address,
 * with a relative {@code Location}. OmniFaces would send the same redirect, but to an absolute address
 * built from the request, {@code Host} header included: a forged Host would come back in the redirect
 * (issue 12, finding 9). web.xml lets OmniFaces proceed with such requests ({@code PROCEED}) so that
 * this filter answers them. Only reads are redirected; the Faces resources (which end in {@code .xhtml}
 * too) and what is not a page of the portal go on.
 */
public class ExtensionlessRedirect extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String EXTENSION = ".xhtml";
    /** Plain segments only: never "//" (a Location of "//x" would leave the portal), ".", ".." or parameters. */
    private static final Pattern PAGE = Pattern.compile("(/[A-Za-z0-9][A-Za-z0-9_.-]*)+\\.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && PAGE.matcher(path).matches() && !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/WEB-INF/")
                && getServletContext().getResource(path) != null) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", context + path.substring(0, path.length() - EXTENSION.length())
                    + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
