package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/**
 * {@code /projects?status=&district=&year=&page=}: the published projects, filtered and paged in the
 * database; {@code /projects/{id}}: one project. A draft, or an id that does not exist, is a real 404.
 */
@Named
@RequestScoped
public class ProjectsPage {

    public static final int PAGE_SIZE = 12;

    @EJB
    Projects service;

    @EJB
    CommuneIdentity commune;

    @Inject
    @Param(pathIndex = 0)
    String projectId;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    @Param(name = "district")
    String district;

    @Inject
    @Param(name = "year")
    String year;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private Project project;
    private List<Project> projects;
    private PublicList list;

    /** {@code f:viewAction}: loads what the address asks for, or answers 404. */
    public void load() throws IOException {
        if (projectId != null) {
            project = PublicList.itemOr404(projectId, service::findPublished);
            return;
        }
        list = new PublicList("/projects", pageParameter, PAGE_SIZE);
        ProjectStage stage = list.choice("status", ProjectStage.class, status);
        Long districtId = list.id("district", district);
        Integer startYear = list.year("year", year);
        PageRequest request = new PageRequest(list.getFirst(), PAGE_SIZE,
                Map.of("stage", nonNull(stage), "district", nonNull(districtId), "year", nonNull(startYear)), "startDate", false);
        if (list.total(service.countPublished(request))) {
            projects = service.published(request);
        }
    }

    private static String nonNull(Object value) {
        return value == null ? "" : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    public Project getProject() {
        return project;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public PublicList getList() {
        return list;
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public List<District> getDistricts() {
        return commune.districts();
    }

    public List<Integer> getYears() {
        return service.years();
    }
}
