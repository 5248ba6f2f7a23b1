package ma.commune.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * Serves the files that published content uses ({@code /files/{key}}, the file's 128-bit random key, an
 * optional file name after it), with a strong ETag so that
 * browsers and caches keep them. A file that no published content uses answers 404, like one that
 * does not exist.
 */
@WebServlet("/files/*")
public class PublicFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final java.util.regex.Pattern KEY_PATH = java.util.regex.Pattern.compile("/[0-9a-f]{32}(/[^/]*)?");

    @EJB
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = key(request.getPathInfo()).flatMap(files::findPublic);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(file.get(), request, response, "public, max-age=86400");
    }

    /** The key in a path {@code /<key>[/<file name>]}; nothing for any other path. */
    static Optional<String> key(String pathInfo) {
        if (pathInfo == null || !KEY_PATH.matcher(pathInfo).matches()) {
            return Optional.empty();
        }
        return Optional.of(pathInfo.substring(1, 33));
    }

    static void send(StoredFile file, HttpServletRequest request, HttpServletResponse response, String cacheControl)
            throws IOException {
        String etag = '"' + file.getSha256() + '"';
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Shown in the browser (a PDF reader, an image), saved under its own name; never sniffed as HTML.
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentType(file.getContentType());
        // Binary content: no charset (the container would otherwise append its default one).
        response.setCharacterEncoding((String) null);
        response.setContentLengthLong(file.getSize());
        response.getOutputStream().write(file.getContent());
    }
}
