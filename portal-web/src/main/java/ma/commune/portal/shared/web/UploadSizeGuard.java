package ma.commune.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * A form with files is read here, whole and within the server's limits, before anything else reads it
 * (mapped first in web.xml, on requests and forwards). The servlet container parses a multipart body
 * lazily, for whoever first asks for a parameter, and fails with an exception if the body is over its
 * limits or malformed: Faces would then end in a 500 with a stack trace in the log (issue 12, finding 8).
 * Here the failure is caught and answered with a short page of its own in the visitor's language — not
 * a Faces page, which would read the body again — and nothing is saved:
 * <ul>
 *   <li>413 for a body over the Faces servlet's {@code max-request-size} (answered before reading when its
 *   Content-Length says so; without one, the container counts while it reads and stops at the limit),
 *   or a file over its {@code max-file-size} (a back-office PDF of 21–22 MB);</li>
 *   <li>400 for a body the container cannot parse, or a PrimeFaces upload without the file count its
 *   script always sends (PrimeFaces parses it unchecked, see {@link #missesFileCount}).</li>
 * </ul>
 * Files under these limits but over a form's own (5 MB for a resident's photo, 20 MB for a PDF) get the
 * form's message by the field. The machine interfaces ({@code /api/}) read their own bodies.
 */
public class UploadSizeGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadSizeGuard.class.getName());

    /** The Faces servlet's {@code max-request-size} in web.xml. */
    static final long MAX_REQUEST_BYTES = 23_068_672L;

    /** The only servlet with a multipart configuration (web.xml). */
    private static final String FACES_SERVLET = "Faces Servlet";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The machine interfaces read their own bodies with their own limits (the imports take files of 500 MB).
        if (path.startsWith("/api/") || !multipartPost(request.getMethod(), request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        if (tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413");
            return;
        }
        if (readByFaces(request)) {
            if (request.getCharacterEncoding() == null) {
                // The fields are decoded now, before Faces would set it: the portal's pages are all UTF-8.
                request.setCharacterEncoding("UTF-8");
            }
            try {
                Collection<Part> parts = request.getParts();
                if (missesFileCount(request.getParameter("jakarta.faces.source"), parts,
                        request::getParameter)) {
                    LOG.fine(() -> "Refused an upload to " + path + " without PrimeFaces' file count (400)");
                    refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.400");
                    return;
                }
            } catch (IllegalStateException | IOException | ServletException unreadable) {
                boolean overALimit = overALimit(unreadable);
                LOG.fine(() -> "Refused a form posted to " + path + (overALimit ? " over the upload limits (413): " : " that could not be read (400): ")
                        + unreadable);
                discardParts(request);
                refuse(request, response, overALimit ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST,
                        overALimit ? "error.413" : "error.400");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Faces reads the body through the container's parser, which only the Faces servlet's mapping configures. */
    private static boolean readByFaces(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        return mapping != null && FACES_SERVLET.equals(mapping.getServletName());
    }

    /**
     * Payara's parser says a limit was reached with an IllegalStateException around its SizeException
     * (an IOException of its own); anything else it throws is a malformed body.
     */
    private static boolean overALimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException || cause.getClass().getSimpleName().equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** The parts read before the failure are temporary files: none of them may stay. */
    private static void discardParts(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                part.delete();
            }
        } catch (IllegalStateException | IOException | ServletException nothingToDiscard) {
            // The parser kept nothing.
        }
    }

    /**
     * PrimeFaces' advanced upload posts the file under the component's id, names the component as the
     * ajax source, and adds {@code <id>_totalFilesCount}, which FileUpload.validateValue hands to
     * Integer.parseInt without a check: a form without it (or with another value) is no upload PrimeFaces sent.
     */
    static boolean missesFileCount(String source, Collection<Part> parts, UnaryOperator<String> parameters) {
        if (source == null || parts.stream().noneMatch(p -> source.equals(p.getName()) && p.getSubmittedFileName() != null)) {
            return false;
        }
        String count = parameters.apply(source + "_totalFilesCount");
        try {
            Integer.parseInt(count == null ? "" : count);
            return false;
        } catch (NumberFormatException notACount) {
            return true;
        }
    }

    /**
     * Answers with {@code status} and a short page of {@code texts}' title and text ({@code <texts>.title},
     * {@code <texts>.text} in the messages bundle) in the visitor's language ({@link ShortPage}): what the
     * visitor gets when the request could not be read, or Faces could not restore it.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String texts) throws IOException {
        if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            // The rest of the body is not read: the connection cannot carry another request.
            response.setHeader("Connection", "close");
        }
        response.setHeader("Cache-Control", "no-store");
        ShortPage.send(request, response, status, texts + ".title", texts + ".text");
    }

    private static boolean multipartPost(String method, String contentType) {
        return "POST".equalsIgnoreCase(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static boolean tooLarge(String method, String contentType, long length) {
        return multipartPost(method, contentType) && length > MAX_REQUEST_BYTES;
    }
}
