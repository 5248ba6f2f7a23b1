package ma.commune.portal.it.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Test deployments only: the web module's session count, for tests that act as a client over HTTP.
 * {@code GET /api/it-sessions} answers "{active} {created}": the sessions active now and the sessions
 * ever created, from the module's own session manager (Payara's Catalina {@code Manager}: its
 * {@code getActiveSessions()} is what the monitoring reports as {@code activesessionscurrent}). Under
 * {@code /api/}, which OmniFaces' extension-less views leave alone.
 */
@WebServlet("/api/it-sessions")
public class SessionCount extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int[] counts = of(getServletContext());
        response.setContentType("text/plain");
        response.getWriter().print(counts[0] + " " + counts[1]);
    }

    /** {active, created} of the web module behind this servlet context. */
    static int[] of(Object servletContext) {
        try {
            Object manager = manager(servletContext);
            return new int[] {(Integer) call(manager, "getActiveSessions"), (Integer) call(manager, "getSessionCounter")};
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("no session manager behind " + servletContext.getClass(), unreadable);
        }
    }

    private static Object manager(Object servletContext) throws ReflectiveOperationException {
        // The ServletContext facade -> ApplicationContext -> the web module (StandardContext), which has the manager.
        Object context = servletContext;
        for (int hop = 0; hop < 4; hop++) {
            try {
                return call(context, "getManager");
            } catch (NoSuchMethodException notTheModule) {
                context = field(context, "context");
            }
        }
        throw new NoSuchMethodException("getManager");
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(name);
        method.setAccessible(true);
        return method.invoke(target);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException notHere) {
                // Up the hierarchy.
            }
        }
        throw new NoSuchFieldException(name + " in " + owner.getClass());
    }
}
