package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.Milestone;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The commune's projects. Residents list the published ones by stage, district and year and open
 * each; editors write them with their milestones, photos, partners and location, preview, publish.
 * Filters: {@code title}, {@code status} (publication), {@code stage}, {@code district} (id),
 * {@code year} (projects running during that year).
 */
@Stateless
// Class-level roles cover only the methods a class declares: the base class carries its own.
@RolesAllowed({"EDITOR", "ADMIN"})
public class Projects extends EditorialWorkflow<Project> {

    @Override
    protected Class<Project> type() {
        return Project.class;
    }

    @Override
    protected String kind() {
        return "project";
    }

    // ---- public

    @PermitAll
    public List<Project> published(PageRequest page) {
        return search(publishedOnly(page));
    }

    @PermitAll
    public long countPublished(PageRequest page) {
        return count(publishedOnly(page));
    }

    /** The years that published projects run through, newest first, for the year filter. */
    @PermitAll
    public List<Integer> years() {
        List<Object[]> range = em.createQuery("select min(p.startDate), max(coalesce(p.endDate, p.startDate)) from Project p"
                + " where p.status = :published", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).getResultList();
        List<Integer> years = new ArrayList<>();
        if (!range.isEmpty() && range.get(0)[0] != null) {
            for (int y = ((LocalDate) range.get(0)[1]).getYear(); y >= ((LocalDate) range.get(0)[0]).getYear(); y--) {
                years.add(y);
            }
        }
        return years;
    }

    // ---- back office (and the public lists above, through published)

    @Override
    protected List<String> fileReferences() {
        return List.of("join e.photos photo where photo.file.id = :file");
    }

    @Override
    protected Map<String, String> sortableFields() {
        return Map.of("title", "e.title.ar", "stage", "e.stage", "status", "e.status", "startDate", "e.startDate",
                "budget", "e.budget", "id", "e.id");
    }

    @Override
    protected QueryConditions conditions(PageRequest page) {
        QueryConditions conditions = super.conditions(page)
                .add("e.stage = :stage", "stage", page.filter("stage", ProjectStage.class))
                .add("e.district.id = :district", "district", page.idFilter("district"));
        Integer year = page.yearFilter("year");
        if (year != null) {
            conditions.add("e.startDate <= :yearEnd and (e.endDate is null or e.endDate >= :yearStart)",
                    "yearEnd", LocalDate.of(year, 12, 31), "yearStart", LocalDate.of(year, 1, 1));
        }
        return conditions;
    }

    /** Creates or updates a project. It keeps its publication status: publishing is a separate act. */
    public Project save(ProjectForm form) {
        Project project;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            project = new Project();
        } else {
            project = editable(form.getId(), form.getVersion());
            before = snapshot(project);
        }
        LocalizedText title = ContentForms.text(form.getTitleAr(), form.getTitleFr());
        if (title.isEmpty()) {
            throw new DomainRuleViolation("project.rule.titleRequired");
        }
        project.setTitle(title);
        project.setDescription(ContentForms.text(form.getDescriptionAr(), form.getDescriptionFr()));
        project.setStage(form.getStage() == null ? ProjectStage.PLANNED : form.getStage());
        project.setDistrict(form.getDistrictId() == null ? null : em.find(District.class, form.getDistrictId()));
        project.setBudget(form.getBudget());
        project.schedule(form.getStartDate(), form.getEndDate());
        project.setProgress(form.getProgress() == null ? 0 : form.getProgress());
        project.locate(form.getLatitude(), form.getLongitude());
        List<Milestone> milestones = new ArrayList<>();
        for (ProjectForm.MilestoneRow row : form.getMilestones()) {
            LocalizedText label = ContentForms.text(row.getLabelAr(), row.getLabelFr());
            if (!label.isEmpty() || row.getPlannedOn() != null) {
                milestones.add(new Milestone(label, row.getPlannedOn(), row.isDone(), milestones.size() + 1));
            }
        }
        project.replaceMilestones(milestones);
        List<AttachedDocument> photos = new ArrayList<>();
        for (ProjectForm.PhotoRow row : form.getPhotos()) {
            StoredFile file = em.find(StoredFile.class, row.getFileId());
            if (file != null) {
                photos.add(new AttachedDocument(file, ContentForms.text(row.getCaptionAr(), row.getCaptionFr()), photos.size() + 1));
            }
        }
        project.replacePhotos(photos);
        List<Partnership> partnerships = new ArrayList<>();
        for (Long id : form.getPartnershipIds()) {
            Partnership partnership = em.find(Partnership.class, id);
            if (partnership != null) {
                partnerships.add(partnership);
            }
        }
        project.replacePartnerships(partnerships);
        return store(project, before);
    }

    /** Saves and publishes in one transaction: if the project cannot be published, nothing is saved. */
    public Project saveAndPublish(ProjectForm form) {
        return publishSaved(save(form));
    }

    @Override
    protected Project loaded(Project project) {
        project.getMilestones().size();
        project.getPhotos().forEach(photo -> photo.getFile().getId());
        project.getPartnerships().forEach(partnership -> partnership.getPartner().getAr());
        if (project.getDistrict() != null) {
            project.getDistrict().getName();
        }
        return project;
    }

    @Override
    protected Map<String, Object> snapshot(Project p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("titleAr", p.getTitle().getAr());
        state.put("titleFr", p.getTitle().getFr());
        state.put("descriptionAr", p.getDescription().getAr());
        state.put("descriptionFr", p.getDescription().getFr());
        state.put("stage", p.getStage().name());
        state.put("districtId", p.getDistrict() == null ? null : p.getDistrict().getId());
        state.put("budget", p.getBudget() == null ? null : p.getBudget().toPlainString());
        state.put("startDate", ContentForms.iso(p.getStartDate()));
        state.put("endDate", ContentForms.iso(p.getEndDate()));
        state.put("progress", p.getProgress());
        state.put("latitude", p.getLatitude() == null ? null : p.getLatitude().toPlainString());
        state.put("longitude", p.getLongitude() == null ? null : p.getLongitude().toPlainString());
        state.put("milestones", p.getMilestones().stream()
                .map(m -> m.getLabel().getFr() + " / " + m.getLabel().getAr() + " @" + ContentForms.iso(m.getPlannedOn()) + (m.isDone() ? " done" : ""))
                .collect(Collectors.toList()));
        state.put("photoIds", p.getPhotos().stream().map(photo -> photo.getFile().getId()).collect(Collectors.toList()));
        state.put("partnershipIds", p.getPartnerships().stream().map(Partnership::getId).collect(Collectors.toList()));
        state.put("status", p.getStatus().name());
        state.put("publishedAt", p.getPublishedAt() == null ? null : p.getPublishedAt().toString());
        return state;
    }

    @Override
    protected SearchDocument searchDocument(Project p) {
        LocalizedText district = p.getDistrict() == null ? new LocalizedText() : p.getDistrict().getName();
        LocalizedText text = LocalizedText.of(ContentForms.join(p.getDescription().getAr(), district.getAr()),
                ContentForms.join(p.getDescription().getFr(), district.getFr()));
        return new SearchDocument(kind(), p.getId(), "/projects/" + p.getId(), p.getTitle(), text, p.getPublishedAt());
    }
}
