package ma.commune.portal.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The staff of the case tests, acting as named people: an agent of the street-lighting department, one of
 * the cleaning department, and the information officer. Each test names its own accounts; the deployment
 * maps each run-as bean's principal to its role in that deployment only.
 */
final class CaseStaff {

    private CaseStaff() {
    }

    /** The portal with the test's libraries and the three run-as beans acting as the given accounts. */
    static EnterpriseArchive deployment(File[] libraries, String lightingAgent, String cleaningAgent, String officer, Class<?> testClass) {
        return Deployments.portalWithStaff(libraries, Map.of("AsLightingAgent", lightingAgent, "AsCleaningAgent", cleaningAgent,
                        "AsOfficer", officer), Map.of("AGENT", List.of(lightingAgent, cleaningAgent), "INFORMATION_OFFICER", List.of(officer)),
                testClass, CaseStaff.class, AsLightingAgent.class, AsCleaningAgent.class, AsOfficer.class);
    }

    @Stateless
    @jakarta.annotation.security.RunAs("AGENT")
    @PermitAll
    public static class AsLightingAgent {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @jakarta.annotation.security.RunAs("AGENT")
    @PermitAll
    public static class AsCleaningAgent {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @jakarta.annotation.security.RunAs("INFORMATION_OFFICER")
    @PermitAll
    public static class AsOfficer {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
