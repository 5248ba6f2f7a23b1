package ma.commune.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.commune.portal.content.boundary.FileStore;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * Serves the files that published content uses ({@code /files/{id}}), with a strong ETag so that
 * browsers and caches keep them. A file that no published content uses answers 404, like one that
 * does not exist.
 */
@WebServlet("/files/*")
public class PublicFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = id(request.getPathInfo()).flatMap(files::findPublic);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(file.get(), request, response, "public, max-age=86400");
    }

    static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}(/[^/]*)?")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1).replaceAll("/.*", "")));
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
