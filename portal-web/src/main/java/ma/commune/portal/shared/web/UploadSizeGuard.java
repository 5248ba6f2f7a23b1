package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

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
        response.setHeader("Connection", "close");
        ShortPage.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413.title", "error.413.text");
    }

    static boolean tooLarge(String method, String contentType, long length) {
        return "POST".equalsIgnoreCase(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") && length > MAX_REQUEST_BYTES;
    }
}
