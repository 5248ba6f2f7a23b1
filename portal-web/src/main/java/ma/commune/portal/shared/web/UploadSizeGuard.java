package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.commune.portal.shared.Language;

/**
 * A form whose files together exceed what the server reads ({@code max-request-size} of the Faces
 * servlet's multipart configuration) never reaches the form: the servlet container would refuse it
 * with an exception, which the resident would see as an error page. Such a request is answered here,
 * before anything reads it (mapped first in web.xml, on requests and on the forward of an extension-less
 * address), with 413 and a short page of its own in the resident's language — not a Faces page, which
 * would read the oversized body again — that says the files are too large; nothing is saved. Files under
 * the limit but over the form's own (5 MB for a resident's photo) get the form's message by the field.
 */
public class UploadSizeGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The Faces servlet's {@code max-request-size} in web.xml. */
    static final long MAX_REQUEST_BYTES = 23_068_672L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The machine interfaces read their own bodies with their own limits (the imports take files of 500 MB).
        if (!path.startsWith("/api/") && tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = LanguageFilter.languageOf(request);
        ResourceBundle texts = ResourceBundle.getBundle("ma.commune.portal.i18n.messages",
                language == Language.AR ? Locale.ROOT : Locale.forLanguageTag(language.tag()));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setHeader("Content-Language", language.tag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.print("<!DOCTYPE html><html lang=\"" + language.tag() + "\" dir=\"" + language.direction()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(texts.getString("error.413.title")) + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/resources/css/portal.css\"></head><body><main class=\"error-page\"><h1>" + escape(texts.getString("error.413.title"))
                + "</h1><p>" + escape(texts.getString("error.413.text")) + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                + escape(texts.getString("error.backHome")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static boolean tooLarge(String method, String contentType, long length) {
        return "POST".equalsIgnoreCase(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") && length > MAX_REQUEST_BYTES;
    }
}
