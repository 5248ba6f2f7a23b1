package ma.commune.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ma.commune.portal.content.boundary.CommuneProfileService;
import ma.commune.portal.content.boundary.ProjectService;
import ma.commune.portal.content.boundary.PublishedContentService;
import ma.commune.portal.content.entity.District;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import ma.commune.portal.shared.web.PagedModel;

/** The editors' list of projects: filter by title, stage, district and publication; publish, withdraw. */
@Named
@ViewScoped
public class ProjectAdminPage extends PublishedContentAdmin<Project> {

    private static final long serialVersionUID = 1L;

    @EJB
    ProjectService projects;

    @EJB
    CommuneProfileService profiles;

    @PostConstruct
    void init() {
        ProjectService service = projects;
        items(new PagedModel<>(service::search, service::count, p -> p.getId().toString()));
    }

    @Override
    protected PublishedContentService<Project> service() {
        return projects;
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public List<District> getDistricts() {
        return profiles.districts();
    }
}
