package ma.commune.portal.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls services with a staff role, the way a logged-in person's request would (tests only). */
public final class RunAs {

    private RunAs() {
    }

    /**
     * The exception a service really threw: a system exception (such as an access refusal) that
     * crossed the run-as bean arrives wrapped in an {@code EJBException}.
     */
    public static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but got " + thrown, thrown);
    }

    @Stateless
    @jakarta.annotation.security.RunAs("ADMIN")
    @PermitAll
    public static class AsAdmin {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @jakarta.annotation.security.RunAs("SECRETARIAT")
    @PermitAll
    public static class AsSecretariat {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @jakarta.annotation.security.RunAs("EDITOR")
    @PermitAll
    public static class AsEditor {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @jakarta.annotation.security.RunAs("FINANCE")
    @PermitAll
    public static class AsFinance {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
