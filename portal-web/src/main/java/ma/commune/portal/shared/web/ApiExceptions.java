package ma.commune.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An exception no resource of the APIs answered: a refusal of JAX-RS itself (no such resource, method or
 * media type) goes on as its status, which ErrorPages writes in the API's shape; anything else is a fault
 * of ours, logged once with its stack trace and answered 500 in the API's shape, never with the server's
 * HTML page (issue 12).
 */
@Provider
public class ApiExceptions implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptions.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException refusal) {
            return refusal.getResponse();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        LOG.log(Level.SEVERE, "The API failed on " + request.getMethod() + " " + path, exception);
        ErrorPages.ApiError error = ErrorPages.ApiError.of(path, 500);
        return Response.serverError().type(error.contentType()).header("Cache-Control", "no-store").entity(error.body()).build();
    }
}
