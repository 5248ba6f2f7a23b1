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
 * The files of the editorial content for its editors ({@code /admin/content/files/{key}}): the previews and
 * edit pages of drafts. {@link FileStore#findForEditors} serves only files that content uses, or that the
 * caller has just uploaded; anything else (a resident's attachment) answers 404 like an unknown key.
 */
@WebServlet("/admin/content/files/*")
public class StaffFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = PublicFileServlet.key(request.getPathInfo()).flatMap(files::findForEditors);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PublicFileServlet.send(file.get(), request, response, "private, no-store");
    }

    /** A file only staff may read (a case's attachment), never kept by a cache. */
    public static void sendPrivate(StoredFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicFileServlet.send(file, request, response, "private, no-store");
    }
}
