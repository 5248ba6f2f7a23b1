package ma.commune.portal.it.requests;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ma.commune.portal.identity.boundary.AccountForm;
import ma.commune.portal.identity.boundary.Accounts;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.identity.entity.Role;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The staff of the case tests, acting as named people: an agent of the street-lighting department, one of
 * the cleaning department, and the information officer. Each test names its own accounts; the deployment
 * maps each run-as bean's principal to its role in that deployment only.
 */
final class CaseStaff {

    private CaseStaff() {
    }

    /** The portal with the test's libraries and classes and the three run-as beans acting as the given accounts. */
    static EnterpriseArchive deployment(File[] libraries, String lightingAgent, String cleaningAgent, String officer, Class<?>... testClasses) {
        List<Class<?>> classes = new java.util.ArrayList<>(List.of(testClasses));
        classes.addAll(List.of(CaseStaff.class, AsLightingAgent.class, AsCleaningAgent.class, AsOfficer.class));
        return Deployments.portalWithStaff(libraries, Map.of("AsLightingAgent", lightingAgent, "AsCleaningAgent", cleaningAgent,
                        "AsOfficer", officer), Map.of("AGENT", List.of(lightingAgent, cleaningAgent), "INFORMATION_OFFICER", List.of(officer)),
                classes.toArray(Class<?>[]::new));
    }

    /** A staff account of a department with one role, created once by an administrator (its password: {@code password}). */
    static void account(Accounts accounts, RunAs.AsAdmin asAdmin, String username, String departmentCode, Role role, String email,
                        boolean head, String password) throws Exception {
        if (accounts.byUsername(username).isPresent()) {
            return;
        }
        Department department = accounts.departments().stream().filter(d -> departmentCode.equals(d.getCode())).findFirst().orElseThrow();
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName(username);
        form.setDepartmentId(department.getId());
        form.setRoles(EnumSet.of(role));
        form.setEmail(email);
        form.setDepartmentHead(head);
        form.setNewPassword(password);
        asAdmin.call(() -> accounts.save(form));
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
