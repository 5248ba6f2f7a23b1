package ma.commune.portal.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.omnifaces.facesviews.FacesViews;

/**
 * Extension-less URLs with path parameters (OmniFaces MultiViews) are for the views that take one,
 * such as {@code /news/12}. Any other view reached with extra path segments ({@code /city/x}, or an
 * unknown {@code /x} that MultiViews would hand to the home page) is a real 404.
 */
public class UnexpectedPathGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final Set<String> VIEWS_WITH_PATH_PARAMETERS = Set.of("/news.xhtml", "/legal.xhtml",
            "/partnerships.xhtml", "/projects.xhtml", "/reports.xhtml", "/services.xhtml",
            "/council/sessions.xhtml", "/council/meetings.xhtml", "/council/committees.xhtml",
            "/tenders.xhtml", "/contracts.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        Object pathInfo = context.getExternalContext().getRequestMap().get(FacesViews.FACES_VIEWS_ORIGINAL_PATH_INFO);
        if (pathInfo == null || pathInfo.toString().isEmpty() || "/".equals(pathInfo.toString())
                || context.getViewRoot() == null) {
            return;
        }
        if (!VIEWS_WITH_PATH_PARAMETERS.contains(context.getViewRoot().getViewId())) {
            try {
                context.getExternalContext().responseSendError(404, "");
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before: the view id is known after RESTORE_VIEW.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
