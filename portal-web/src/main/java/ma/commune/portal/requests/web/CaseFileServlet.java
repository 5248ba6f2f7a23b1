package ma.commune.portal.requests.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.requests.boundary.CaseInbox;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.StoredFile;
import ma.commune.portal.shared.web.StaffFileServlet;

/**
 * A case's printed receipt ({@code /admin/requests/receipt/{code}}, a PDF) and its attachments
 * ({@code /admin/requests/files/{code}/{fileKey}}), for the staff who handle the case only: {@link CaseInbox}
 * checks, and anything else — a case of another department, a file of another case, a wrong code —
 * answers 404 alike. Never cached: they carry residents' personal data.
 */
@WebServlet({"/admin/requests/receipt/*", "/admin/requests/files/*"})
public class CaseFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern RECEIPT = Pattern.compile("/([A-Za-z0-9-]{1,30})");
    private static final Pattern FILE = Pattern.compile("/([A-Za-z0-9-]{1,30})/([0-9a-f]{32})(/[^/]*)?");

    @EJB
    CaseInbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (request.getServletPath().endsWith("/receipt")) {
                Matcher m = RECEIPT.matcher(path);
                if (!m.matches()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                String track = jakarta.enterprise.inject.spi.CDI.current().select(ma.commune.portal.shared.control.PublicAddress.class).get().of("/track");
                byte[] pdf = inbox.receipt(m.group(1), track);
                response.setHeader("Cache-Control", "private, no-store");
                response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
                response.setHeader("Content-Disposition", "inline; filename=\"receipt-" + m.group(1) + ".pdf\"");
                response.setContentType("application/pdf");
                response.setCharacterEncoding((String) null);
                response.setContentLength(pdf.length);
                response.getOutputStream().write(pdf);
                return;
            }
            Matcher m = FILE.matcher(path);
            Optional<StoredFile> file = m.matches() ? inbox.attachment(m.group(1), m.group(2)) : Optional.empty();
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            StaffFileServlet.sendPrivate(file.get(), request, response);
        } catch (DomainRuleViolation | EJBException unknownOrNotHandled) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    }
}
