package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/** The editors' list of projects: filter by title, stage, district and publication; publish, withdraw. */
@Named
@ViewScoped
public class ProjectAdminPage extends PublishedContentAdminPage<Project> {

    private static final long serialVersionUID = 1L;

    @EJB
    Projects projects;

    @EJB
    CommuneIdentity commune;

    @Override
    protected String messages() {
        return "content";
    }

    @Override
    protected EditorialWorkflow<Project> service() {
        return projects;
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public List<District> getDistricts() {
        return commune.districts();
    }
}
