package ma.commune.portal.shared.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form posted with a view state the server does not hold — forged, random, or from a session that has
 * ended — or with the value {@code stateless} for a view that keeps its state, is the visitor's request
 * that cannot be taken, not the server's failure (issue 12, finding 8). Mojarra ends both in RESTORE_VIEW
 * (a ViewExpiredException; a FacesException "Unable to restore view"), which would otherwise reach
 * OmniFaces' FacesExceptionFilter and Payara's StandardWrapperValve (logged at SEVERE and WARNING with
 * their stack traces) and a 500, or an error page that fails again on the missing CSP nonce of the post.
 * Here they get 400 and a short page in the visitor's language ({@link UploadSizeGuard#refuse}): the
 * expired page's text for an unknown state (reload and try again), the unreadable form's for
 * {@code stateless}. Nothing ran: no value was applied, no action invoked. Logged at FINE only. A post
 * without the script nonce of PrimeFaces' CSP mode, which PrimeFaces refuses before rendering, gets the same 400.
 * <p>
 * An ajax request with an expired state keeps OmniFaces' behaviour (the expired page rendered in full,
 * which the Faces ajax client needs with a 200), without the SEVERE line (web.xml's
 * {@code org.omnifaces.EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING}). Every other exception goes on to OmniFaces'
 * FullAjaxExceptionHandler, which this handler wraps (faces-config.xml).
 */
public class BadRequestExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(BadRequestExceptionHandler.class.getName());

    /** Declared after OmniFaces' factory in faces-config.xml, so that this handler sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BadRequestExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    BadRequestExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (context != null && events.hasNext()) {
            String texts = refusal(context, events.next().getContext().getException());
            if (texts != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                while (events.hasNext()) { // what followed from the same bad request
                    events.next();
                    events.remove();
                }
                refuse(context, texts);
            }
        }
        getWrapped().handle();
    }

    /** The texts of the refusal for {@code exception}, or {@code null} when it is not the visitor's request. */
    static String refusal(FacesContext context, Throwable exception) {
        Throwable cause = exception;
        while ((cause instanceof FacesException || cause instanceof ELException) && cause.getCause() != null
                && !(cause instanceof ViewExpiredException) && !(cause instanceof CspException)) {
            cause = cause.getCause();
        }
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        if (cause instanceof CspException) {
            // PrimeFaces checks the page's script nonce on every post before it renders (CspState): a post
            // without it, or with another, was not sent by the portal's page.
            return "error.400";
        }
        if (cause instanceof ViewExpiredException) {
            return ajax ? null : "error.expired";
        }
        String state = context.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
        // Mojarra's marker of a transient view's post (FaceletViewHandlingStrategy.restoreView).
        if (context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && cause instanceof FacesException && "stateless".equals(state)) {
            return "error.400";
        }
        return null;
    }

    private static void refuse(FacesContext context, String texts) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.fine(() -> "Refused a post to " + request.getRequestURI() + " that Faces could not take (400, " + texts + ")");
        external.responseReset();
        try {
            UploadSizeGuard.refuse(request, (HttpServletResponse) external.getResponse(), HttpServletResponse.SC_BAD_REQUEST, texts);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        context.responseComplete();
    }
}
