package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.commune.portal.shared.Language;

/**
 * Decides the language of each request ({@code ?lang=}, then the remembered cookie, then
 * {@code Accept-Language}, then Arabic) and remembers an explicit, valid choice for a year.
 * Also sets the security headers that every response carries.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    public static final String ATTRIBUTE = LanguageFilter.class.getName();
    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ATTRIBUTE) != null) {
            // Already decided for this request (the filter also runs on forwards and error pages).
            chain.doFilter(request, response);
            return;
        }
        String requested = requestedLanguage(request);
        Language language = Language.resolve(requested, cookie(request).orElse(null), request.getHeader("Accept-Language"));
        if (Language.fromTag(requested).isPresent()) {
            Cookie remembered = new Cookie(COOKIE, language.tag());
            remembered.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            remembered.setMaxAge(ONE_YEAR);
            remembered.setHttpOnly(true);
            remembered.setSecure(request.isSecure());
            remembered.setAttribute("SameSite", "Lax");
            response.addCookie(remembered);
        }
        request.setAttribute(ATTRIBUTE, language);
        response.setHeader("Content-Language", language.tag());
        // The same URL answers in several languages: caches must keep them apart.
        response.addHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    /**
     * {@code ?lang=}, read from the query string only: asking the servlet for a parameter would parse a
     * form's body here — consuming Open311's POST before JAX-RS reads it, or failing on a resident's form
     * whose files exceed what the server reads. The switch is always a link, never a form field.
     */
    private static String requestedLanguage(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(5), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The language of a request: as this filter decided it, or as it would (for what runs before it). */
    public static Language languageOf(HttpServletRequest request) {
        Object decided = request.getAttribute(ATTRIBUTE);
        if (decided instanceof Language language) {
            return language;
        }
        return Language.resolve(requestedLanguage(request), cookie(request).orElse(null), request.getHeader("Accept-Language"));
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
