package ma.commune.portal.content.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;

/** The absolute address of a public page, on the host the request came to (for open data and feeds). */
public final class Permalinks {

    private Permalinks() {
    }

    public static String of(String path) {
        try {
            HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
            String base = request.getRequestURL().toString();
            String root = base.substring(0, base.indexOf('/', base.indexOf("//") + 2)) + request.getContextPath();
            return root + path;
        } catch (RuntimeException outsideARequest) {
            return path;
        }
    }
}
