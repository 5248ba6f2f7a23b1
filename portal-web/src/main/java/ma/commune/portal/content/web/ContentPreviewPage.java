package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /admin/content/project-preview?id=} and {@code partnership-preview?id=}: a draft (or a
 * published item) as residents would see it, for staff only (web.xml and the services' roles).
 */
@Named
@RequestScoped
public class ContentPreviewPage {

    @EJB
    Projects projects;

    @EJB
    Partnerships partnerships;

    @Inject
    @Param(name = "id")
    String id;

    private Project project;
    private Partnership partnership;

    public void loadProject() throws IOException {
        project = PublicList.itemOr404(id, key -> any(() -> projects.find(key)));
    }

    public void loadPartnership() throws IOException {
        partnership = PublicList.itemOr404(id, key -> any(() -> partnerships.find(key)));
    }

    private static <T> Optional<T> any(java.util.function.Supplier<T> finder) {
        try {
            return Optional.of(finder.get());
        } catch (DomainRuleViolation notFound) {
            return Optional.empty();
        }
    }

    public Project getProject() {
        return project;
    }

    public Partnership getPartnership() {
        return partnership;
    }
}
