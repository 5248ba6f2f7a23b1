package ma.commune.portal.shared.web;

import jakarta.faces.component.UIViewRoot;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The root of every view. Residents' pages are stateless (transient views, no form): their view
 * map lives only as long as the request, so that nothing (PrimeFaces keeps its CSP nonce there)
 * makes JSF open an HTTP session for an anonymous visitor. Views that hold forms keep JSF's normal,
 * session-backed view map: the back office and the pages listed in {@link #STATEFUL_VIEWS}.
 */
public class StatelessViewRoot extends UIViewRoot {

    /** Public views that hold a form (and so a view state). Add new public forms here. */
    static final Set<String> STATEFUL_VIEWS = Set.of("/login.xhtml",
            // The residents' forms (issue 5): a report, a complaint or suggestion, an information request,
            // and the tracking page's reopening and appeal.
            "/allo.xhtml", "/complaint.xhtml", "/information-request.xhtml", "/track.xhtml");

    private Map<String, Object> requestViewMap;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (isStateful()) {
            return super.getViewMap(create);
        }
        if (requestViewMap == null && create) {
            requestViewMap = new HashMap<>();
        }
        return requestViewMap;
    }

    private boolean isStateful() {
        String viewId = getViewId();
        return viewId == null || viewId.startsWith("/admin/") || STATEFUL_VIEWS.contains(viewId);
    }
}
