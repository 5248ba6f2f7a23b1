package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.boundary.ProjectForm;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import org.primefaces.event.FileUploadEvent;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/** Writing one project: texts in both languages, stage, place, money, dates, milestones, photos, partners. */
@Named
@ViewScoped
public class ProjectEditPage extends PublishedContentEditor<Project, ProjectForm> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("project.rule.titleRequired", "project:languages:titleAr"),
            Map.entry("project.rule.titleInBothLanguages", "project:languages:titleFr"),
            Map.entry("project.rule.descriptionRequired", "project:languages:descriptionAr"),
            Map.entry("project.rule.districtRequired", "project:district"),
            Map.entry("project.rule.completedAtHundred", "project:progress"),
            Map.entry("project.rule.progressRange", "project:progress"),
            Map.entry("project.rule.budgetNotNegative", "project:budget"),
            Map.entry("project.rule.endBeforeStart", "project:endDate"),
            Map.entry("project.rule.bothCoordinates", "project:longitude"),
            Map.entry("project.rule.latitudeRange", "project:latitude"),
            Map.entry("project.rule.longitudeRange", "project:longitude"),
            Map.entry("project.rule.milestoneLabelRequired", "project:milestones"),
            Map.entry("file.rule.notAnImage", "project:photo"),
            Map.entry("file.rule.tooLarge", "project:photo"),
            Map.entry("file.rule.empty", "project:photo"));

    @EJB
    Projects projects;

    @EJB
    Partnerships partnerships;

    @EJB
    CommuneIdentity commune;

    @EJB
    FileStore files;

    @Override
    protected ProjectForm newForm() {
        ProjectForm form = new ProjectForm();
        form.addMilestone();
        return form;
    }

    @Override
    protected Project find(long id) {
        return projects.find(id);
    }

    @Override
    protected ProjectForm formOf(Project item) {
        return ProjectForm.of(item);
    }

    @Override
    protected Project save(ProjectForm form, boolean publish) {
        return publish ? projects.saveAndPublish(form) : projects.save(form);
    }

    @Override
    protected String listPath() {
        return "/admin/content/projects";
    }

    @Override
    protected String previewPath() {
        return "/admin/content/project-preview";
    }

    @Override
    protected Map<String, String> fieldOfRule() {
        return FIELD_OF_RULE;
    }

    public void uploadPhoto(FileUploadEvent event) {
        storeUpload(() -> getForm().addPhoto(files.storeImage(event.getFile().getFileName(), event.getFile().getContent()).getId()));
    }

    public void removePhoto(int index) {
        getForm().getPhotos().remove(index);
    }

    public void addMilestone() {
        getForm().addMilestone();
    }

    public void removeMilestone(int index) {
        getForm().getMilestones().remove(index);
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public List<District> getDistricts() {
        return commune.districts();
    }

    public List<Partnership> getPartnerships() {
        return partnerships.choices();
    }

    public long getMaxImageBytes() {
        return FileStore.MAX_IMAGE_BYTES;
    }
}
