package ma.commune.portal.shared.web;

import jakarta.faces.component.UIViewRoot;
import java.util.HashMap;
import java.util.Map;

/**
 * The root of every view. Every public page is stateless (a transient view), its forms too — the
 * residents' forms, the tracking page's reopening and appeal, the login (issue 12: an anonymous visitor
 * must leave no state on the server, not even a session): their view map lives only as long as the
 * request, so that nothing (PrimeFaces keeps its CSP nonce there) makes JSF open an HTTP session. Their
 * beans are request-scoped and the page carries back in its form what the next request needs; a form
 * posted from another site is refused by {@link CrossSiteFormGuard}, since no session-bound view state
 * protects it. The back office keeps JSF's normal, session-backed views: only staff have sessions.
 */
public class StatelessViewRoot extends UIViewRoot {

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
        return viewId == null || viewId.startsWith("/admin/");
    }
}
