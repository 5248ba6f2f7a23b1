package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.time.LocalDate;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/** A step of a project (studies, works start, delivery...), planned for a date, done or not yet. */
@Embeddable
public class Milestone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "label_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr"))})
    private LocalizedText label = new LocalizedText();

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private int position;

    protected Milestone() {
    }

    public Milestone(LocalizedText label, LocalDate plannedOn, boolean done, int position) {
        if (label == null || label.isEmpty()) {
            throw new DomainRuleViolation("project.rule.milestoneLabelRequired");
        }
        this.label = label;
        this.plannedOn = plannedOn;
        this.done = done;
        this.position = position;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public boolean isDone() {
        return done;
    }

    public int getPosition() {
        return position;
    }
}
