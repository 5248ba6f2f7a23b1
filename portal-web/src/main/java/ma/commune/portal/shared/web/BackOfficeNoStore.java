package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The back office's pages show residents' names, contacts and letters: no browser or proxy keeps a copy, so
 * that Back after logging out on a shared counter computer shows nothing (OWASP ASVS 8.2.1; issue 12, review).
 */
@WebFilter(urlPatterns = {"/admin/*", "/login"})
public class BackOfficeNoStore extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, response);
    }
}
