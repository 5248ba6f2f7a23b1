package ma.commune.portal.content.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.Milestone;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.content.entity.ProjectStage;
import ma.commune.portal.shared.LocalizedText;

/** What an editor writes for a project: its fields, milestones, photos (stored files) and partners. */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String titleAr;
    private String titleFr;
    private String descriptionAr;
    private String descriptionFr;
    private ProjectStage stage = ProjectStage.PLANNED;
    private Long districtId;
    private BigDecimal budget;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer progress = 0;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private List<Long> partnershipIds = new ArrayList<>();
    private List<MilestoneRow> milestones = new ArrayList<>();
    private List<PhotoRow> photos = new ArrayList<>();

    public static ProjectForm of(Project project) {
        ProjectForm form = new ProjectForm();
        form.id = project.getId();
        form.version = project.getVersion();
        form.titleAr = project.getTitle().getAr();
        form.titleFr = project.getTitle().getFr();
        form.descriptionAr = project.getDescription().getAr();
        form.descriptionFr = project.getDescription().getFr();
        form.stage = project.getStage();
        form.districtId = project.getDistrict() == null ? null : project.getDistrict().getId();
        form.budget = project.getBudget();
        form.startDate = project.getStartDate();
        form.endDate = project.getEndDate();
        form.progress = project.getProgress();
        form.latitude = project.getLatitude();
        form.longitude = project.getLongitude();
        project.getPartnerships().stream().map(Partnership::getId).forEach(form.partnershipIds::add);
        for (Milestone milestone : project.getMilestones()) {
            MilestoneRow row = new MilestoneRow();
            row.setLabelAr(milestone.getLabel().getAr());
            row.setLabelFr(milestone.getLabel().getFr());
            row.setPlannedOn(milestone.getPlannedOn());
            row.setDone(milestone.isDone());
            form.milestones.add(row);
        }
        project.getPhotos().forEach(photo -> {
            // A caption left empty in both languages is read back from the database as no caption at all.
            LocalizedText caption = photo.getLabel() == null ? new LocalizedText() : photo.getLabel();
            form.photos.add(new PhotoRow(photo.getFile().getId(), caption.getAr(), caption.getFr()));
        });
        return form;
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    public void addPhoto(long fileId) {
        photos.add(new PhotoRow(fileId, null, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public void setDescriptionAr(String descriptionAr) {
        this.descriptionAr = descriptionAr;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public List<Long> getPartnershipIds() {
        return partnershipIds;
    }

    public void setPartnershipIds(List<Long> partnershipIds) {
        this.partnershipIds = partnershipIds;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneRow> milestones) {
        this.milestones = milestones;
    }

    public List<PhotoRow> getPhotos() {
        return photos;
    }

    public void setPhotos(List<PhotoRow> photos) {
        this.photos = photos;
    }

    /** One milestone as typed; a row left empty is dropped on save. */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String labelAr;
        private String labelFr;
        private LocalDate plannedOn;
        private boolean done;

            public String getLabelAr() {
            return labelAr;
        }

        public void setLabelAr(String labelAr) {
            this.labelAr = labelAr;
        }

        public String getLabelFr() {
            return labelFr;
        }

        public void setLabelFr(String labelFr) {
            this.labelFr = labelFr;
        }

        public LocalDate getPlannedOn() {
            return plannedOn;
        }

        public void setPlannedOn(LocalDate plannedOn) {
            this.plannedOn = plannedOn;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone(boolean done) {
            this.done = done;
        }
    }

    /** One photo: the stored (re-encoded) image and its caption. */
    public static class PhotoRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long fileId;
        private String captionAr;
        private String captionFr;

        public PhotoRow() {
        }

        public PhotoRow(Long fileId, String captionAr, String captionFr) {
            this.fileId = fileId;
            this.captionAr = captionAr;
            this.captionFr = captionFr;
        }

            public Long getFileId() {
            return fileId;
        }

        public void setFileId(Long fileId) {
            this.fileId = fileId;
        }

        public String getCaptionAr() {
            return captionAr;
        }

        public void setCaptionAr(String captionAr) {
            this.captionAr = captionAr;
        }

        public String getCaptionFr() {
            return captionFr;
        }

        public void setCaptionFr(String captionFr) {
            this.captionFr = captionFr;
        }
    }
}
