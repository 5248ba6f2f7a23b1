package ma.commune.portal.content.entity;

import ma.commune.portal.shared.entity.District;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;

/**
 * A project of the commune (a road, a park, a market...): planned, in progress or completed, in a
 * district, with its budget in MAD, its funding partnerships, its dates, its progress and milestones,
 * its photos and its location on the map.
 */
@Entity
@Table(name = "project")
public class Project extends PublishedContent {

    private static final long serialVersionUID = 1L;

    // JPA reads an embedded text whose columns are all empty back as null: the getter stands for it.
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))})
    private LocalizedText title = new LocalizedText();

    /** Plain text; blank lines separate paragraphs. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))})
    private LocalizedText description = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStage stage = ProjectStage.PLANNED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(precision = 19, scale = 2)
    private BigDecimal budget;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private int progress;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_photo", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("position")
    private List<AttachedDocument> photos = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "project_partnership", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "partnership_id"))
    private List<Partnership> partnerships = new ArrayList<>();

    public Project() {
    }

    public Project(LocalizedText title, ProjectStage stage) {
        this.title = title;
        this.stage = stage;
    }

    /**
     * Residents read it in Arabic and French; a project is somewhere (a district); a completed project
     * is at 100 %.
     */
    @Override
    protected void checkPublishable() {
        if (!getTitle().isComplete()) {
            throw new DomainRuleViolation("project.rule.titleInBothLanguages");
        }
        if (getDescription().isEmpty()) {
            throw new DomainRuleViolation("project.rule.descriptionRequired");
        }
        if (district == null) {
            throw new DomainRuleViolation("project.rule.districtRequired");
        }
        if (stage == ProjectStage.COMPLETED && progress != 100) {
            throw new DomainRuleViolation("project.rule.completedAtHundred");
        }
    }

    /** The project's period; the end, when known, is not before the start. */
    public void schedule(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainRuleViolation("project.rule.endBeforeStart");
        }
        this.startDate = start;
        this.endDate = end;
    }

    public void setProgress(int progress) {
        if (progress < 0 || progress > 100) {
            throw new DomainRuleViolation("project.rule.progressRange");
        }
        this.progress = progress;
    }

    public void setBudget(BigDecimal budget) {
        if (budget != null && budget.signum() < 0) {
            throw new DomainRuleViolation("project.rule.budgetNotNegative");
        }
        this.budget = budget == null ? null : budget.setScale(2, RoundingMode.HALF_UP);
    }

    /** Both coordinates or none, in WGS 84 degrees. */
    public void locate(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new DomainRuleViolation("project.rule.bothCoordinates");
        }
        if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new DomainRuleViolation("project.rule.latitudeRange");
        }
        if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new DomainRuleViolation("project.rule.longitudeRange");
        }
        this.latitude = latitude == null ? null : latitude.setScale(6, RoundingMode.HALF_UP);
        this.longitude = longitude == null ? null : longitude.setScale(6, RoundingMode.HALF_UP);
    }

    public boolean isLocated() {
        return latitude != null && longitude != null;
    }

    public void replaceMilestones(List<Milestone> milestones) {
        this.milestones.clear();
        this.milestones.addAll(milestones);
    }

    public void replacePhotos(List<AttachedDocument> photos) {
        this.photos.clear();
        this.photos.addAll(photos);
    }

    public void replacePartnerships(List<Partnership> partnerships) {
        this.partnerships.clear();
        this.partnerships.addAll(partnerships);
    }

    public LocalizedText getTitle() {
        return title == null ? new LocalizedText() : title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getDescription() {
        return description == null ? new LocalizedText() : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getProgress() {
        return progress;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<AttachedDocument> getPhotos() {
        return photos;
    }

    public List<Partnership> getPartnerships() {
        return partnerships;
    }
}
