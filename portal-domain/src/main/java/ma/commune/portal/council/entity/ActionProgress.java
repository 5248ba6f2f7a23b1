package ma.commune.portal.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import ma.commune.portal.shared.DomainRuleViolation;

/** The progress of a programme action at the end of a year, in percent. */
@Embeddable
public class ActionProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "progress_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int percent;

    protected ActionProgress() {
    }

    public ActionProgress(int year, int percent) {
        if (percent < 0 || percent > 100) {
            throw new DomainRuleViolation("council.rule.progressRange");
        }
        this.year = year;
        this.percent = percent;
    }

    public int getYear() {
        return year;
    }

    public int getPercent() {
        return percent;
    }
}
