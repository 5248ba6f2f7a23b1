package ma.commune.portal.shared.web;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every error the container answers (web.xml's error pages: a status sent by Payara, by the security
 * constraints, by JAX-RS or by a servlet, or an exception) ends here, so that no answer is Payara's own
 * page, which names the server and its version (issue 12). Under {@code /api/} the error is JSON in the
 * documented shape of that API: the operations API's {@code {"error": key, "message": text}}, Open311's
 * {@code <errors><error><code/><description/></error></errors>} (or its JSON array), and the
 * {@code {"type": ..., "message": ...}} of OCDS, OParl and the other open-data interfaces. Elsewhere the
 * visitor gets the portal's page for that status in their language (403, 404, 500, or the general one).
 */
@WebServlet(name = "ErrorPages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/errors";
    private static final String PAGES = "/WEB-INF/errorpages/";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Not an address of the portal's.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(), request.getContextPath().length()));
        response.setStatus(status);
        if (path.startsWith("/api/")) {
            api(path, status, response);
            return;
        }
        String page = switch (status) {
            case 403, 404 -> Integer.toString(status);
            default -> status >= 500 ? "500" : "error";
        };
        request.getRequestDispatcher(PAGES + page + ".xhtml").forward(request, response);
    }

    private static void api(String path, int status, HttpServletResponse response) throws IOException {
        ApiError error = ApiError.of(path, status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(error.contentType());
        response.getWriter().write(error.body());
    }

    /** An API's error document: its content type and its text. */
    record ApiError(String contentType, String body) {

        static final String JSON = "application/json; charset=utf-8";

        /** The error of this status in the shape of the API of this path (below the context path). */
        static ApiError of(String path, int status) {
            String type = type(status);
            String message = message(status);
            if (path.startsWith("/api/open311/")) {
                String bare = path.contains(";") ? path.substring(0, path.indexOf(';')) : path;
                if (bare.endsWith(".xml")) {
                    return new ApiError("text/xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>"
                            + status + "</code><description>" + message + "</description></error></errors>");
                }
                return new ApiError(JSON, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("code", status).add("description", message)).build().toString());
            }
            if (path.startsWith("/api/admin/")) {
                String key = "api." + Character.toLowerCase(type.charAt(0)) + type.substring(1);
                return new ApiError(JSON, Json.createObjectBuilder().add("error", key).add("message", message).build().toString());
            }
            return new ApiError(JSON, Json.createObjectBuilder().add("type", type).add("message", message).build().toString());
        }
    }

    /** The status as OParl and OCDS name their errors ({@code NotFound}, {@code BadRequest}, ...). */
    static String type(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 406 -> "NotAcceptable";
            case 408 -> "RequestTimeout";
            case 413 -> "PayloadTooLarge";
            case 414 -> "UriTooLong";
            case 415 -> "UnsupportedMediaType";
            case 429 -> "TooManyRequests";
            case 503 -> "ServiceUnavailable";
            default -> status >= 500 ? "ServerError" : "ClientError";
        };
    }

    /** What a programmer calling the API should do (machine interfaces speak English, as their keys). */
    static String message(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check its parameters and body.";
            case 401 -> "Authentication is required: an operations token (Authorization: Bearer) or HTTP Basic.";
            case 403 -> "This account may not use this resource.";
            case 404 -> "There is no such resource.";
            case 405 -> "This method is not allowed here: the Allow header lists those that are.";
            case 406 -> "No representation of this resource matches the Accept header.";
            case 413 -> "The request's body is too large.";
            case 415 -> "The request's content type is not accepted here.";
            case 429 -> "Too many requests: wait as the Retry-After header says.";
            default -> status >= 500 ? "The server could not answer; the error is logged." : "The request was refused.";
        };
    }
}
