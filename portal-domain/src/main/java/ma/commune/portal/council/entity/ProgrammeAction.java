package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * An action of the programme: its budget in MAD, the service responsible, its progress year by year,
 * and the project that carries it out when there is one.
 */
@Entity
@Table(name = "council_programme_action")
public class ProgrammeAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "axis_id", nullable = false)
    private ProgrammeAxis axis;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))})
    private LocalizedText title = new LocalizedText();

    @Column(precision = 19, scale = 2)
    private BigDecimal budget;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "responsible_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "responsible_fr"))})
    private LocalizedText responsible = new LocalizedText();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "council_programme_progress", joinColumns = @JoinColumn(name = "action_id"))
    @OrderBy("year")
    private List<ActionProgress> progress = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected ProgrammeAction() {
    }

    ProgrammeAction(ProgrammeAxis axis, int position, LocalizedText title, BigDecimal budget, LocalizedText responsible) {
        this.axis = axis;
        this.position = position;
        this.title = title;
        this.responsible = responsible;
        setBudget(budget);
    }

    /** Records the progress reached at the end of a year (replacing that year's figure). */
    public void progressIn(int year, int percent) {
        progress.removeIf(p -> p.getYear() == year);
        progress.add(new ActionProgress(year, percent));
        progress.sort(Comparator.comparingInt(ActionProgress::getYear));
        updatedAt = Instant.now();
    }

    /** The latest progress recorded. */
    public Optional<ActionProgress> getLatestProgress() {
        return progress.stream().max(Comparator.comparingInt(ActionProgress::getYear));
    }

    public void setBudget(BigDecimal budget) {
        if (budget != null && budget.signum() < 0) {
            throw new DomainRuleViolation("council.rule.budgetNotNegative");
        }
        this.budget = budget;
    }

    public Long getId() {
        return id;
    }

    public ProgrammeAxis getAxis() {
        return axis;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title == null ? new LocalizedText() : title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalizedText getResponsible() {
        return responsible == null ? new LocalizedText() : responsible;
    }

    public void setResponsible(LocalizedText responsible) {
        this.responsible = responsible;
    }

    public Project getProject() {
        return project;
    }

    public void setProject(Project project) {
        this.project = project;
    }

    public List<ActionProgress> getProgress() {
        return progress;
    }
}
