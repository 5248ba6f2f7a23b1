package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.council.boundary.CouncilDirectory;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.ProgrammeAxis;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.web.Messages;

/** The commune's action programme (PAC) of the current mandate: axes, actions with budget and service, yearly progress. */
@Named
@ViewScoped
public class ProgrammeAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CouncilDirectory directory;

    @EJB
    CouncilRecords records;

    @EJB
    Projects projects;

    private Mandate mandate;
    private List<ProgrammeAxis> axes = List.of();

    private String axisTitleAr;
    private String axisTitleFr;

    private Long actionAxisId;
    private String actionTitleAr;
    private String actionTitleFr;
    private BigDecimal actionBudget;
    private String responsibleAr;
    private String responsibleFr;
    private Long projectId;

    private Long progressActionId;
    private Integer progressYear = LocalDate.now(CommuneTime.ZONE).getYear();
    private Integer progressPercent;

    @PostConstruct
    void init() {
        mandate = records.currentMandate().orElse(null);
        reload();
    }

    private void reload() {
        axes = mandate == null ? List.of() : records.programme(mandate);
    }

    public void addAxis() {
        act(() -> {
            if (mandate == null) {
                throw new DomainRuleViolation("council.admin.mandate.required");
            }
            directory.addAxis(mandate.getId(), LocalizedText.of(blankToNull(axisTitleAr), blankToNull(axisTitleFr)));
            axisTitleAr = null;
            axisTitleFr = null;
        });
    }

    public void addAction() {
        act(() -> {
            if (actionAxisId == null) {
                throw new DomainRuleViolation("council.admin.programme.chooseAxis");
            }
            directory.addAction(actionAxisId, LocalizedText.of(blankToNull(actionTitleAr), blankToNull(actionTitleFr)), actionBudget,
                    LocalizedText.of(blankToNull(responsibleAr), blankToNull(responsibleFr)), projectId);
            actionTitleAr = null;
            actionTitleFr = null;
            actionBudget = null;
            responsibleAr = null;
            responsibleFr = null;
            projectId = null;
        });
    }

    public void progress() {
        act(() -> {
            if (progressActionId == null || progressYear == null || progressPercent == null) {
                throw new DomainRuleViolation("council.rule.progressRange");
            }
            directory.progress(progressActionId, progressYear, progressPercent);
        });
    }

    private void act(Runnable change) {
        try {
            change.run();
            reload();
            Messages.info("council.admin.saved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** Every action of the programme, for the progress form. */
    public List<ma.commune.portal.council.entity.ProgrammeAction> getActions() {
        return axes.stream().flatMap(axis -> axis.getActions().stream()).toList();
    }

    /** Published projects, to link an action to the project that carries it out. */
    public List<Project> getProjects() {
        return projects.published(new PageRequest(0, 500, Map.of(), null, false));
    }

    public Mandate getMandate() {
        return mandate;
    }

    public List<ProgrammeAxis> getAxes() {
        return axes;
    }

    public String getAxisTitleAr() {
        return axisTitleAr;
    }

    public void setAxisTitleAr(String axisTitleAr) {
        this.axisTitleAr = axisTitleAr;
    }

    public String getAxisTitleFr() {
        return axisTitleFr;
    }

    public void setAxisTitleFr(String axisTitleFr) {
        this.axisTitleFr = axisTitleFr;
    }

    public Long getActionAxisId() {
        return actionAxisId;
    }

    public void setActionAxisId(Long actionAxisId) {
        this.actionAxisId = actionAxisId;
    }

    public String getActionTitleAr() {
        return actionTitleAr;
    }

    public void setActionTitleAr(String actionTitleAr) {
        this.actionTitleAr = actionTitleAr;
    }

    public String getActionTitleFr() {
        return actionTitleFr;
    }

    public void setActionTitleFr(String actionTitleFr) {
        this.actionTitleFr = actionTitleFr;
    }

    public BigDecimal getActionBudget() {
        return actionBudget;
    }

    public void setActionBudget(BigDecimal actionBudget) {
        this.actionBudget = actionBudget;
    }

    public String getResponsibleAr() {
        return responsibleAr;
    }

    public void setResponsibleAr(String responsibleAr) {
        this.responsibleAr = responsibleAr;
    }

    public String getResponsibleFr() {
        return responsibleFr;
    }

    public void setResponsibleFr(String responsibleFr) {
        this.responsibleFr = responsibleFr;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getProgressActionId() {
        return progressActionId;
    }

    public void setProgressActionId(Long progressActionId) {
        this.progressActionId = progressActionId;
    }

    public Integer getProgressYear() {
        return progressYear;
    }

    public void setProgressYear(Integer progressYear) {
        this.progressYear = progressYear;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(Integer progressPercent) {
        this.progressPercent = progressPercent;
    }
}
