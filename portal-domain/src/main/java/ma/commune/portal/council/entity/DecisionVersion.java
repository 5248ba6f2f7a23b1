package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.shared.LocalizedText;

/**
 * A published decision as it stood at one version. Never changed once written (no setter, no column
 * updatable): a correction is the next version with its reason, and the public page shows them all.
 */
@Entity
@Table(name = "council_decision")
public class DecisionVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DecisionOutcome outcome;

    @Column(name = "votes_for", updatable = false)
    private Integer votesFor;

    @Column(name = "votes_against", updatable = false)
    private Integer votesAgainst;

    @Column(updatable = false)
    private Integer abstentions;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "text_ar", updatable = false)),
            @AttributeOverride(name = "fr", column = @Column(name = "text_fr", updatable = false))})
    private LocalizedText text = new LocalizedText();

    @Column(name = "correction_reason", length = 1000, updatable = false)
    private String correctionReason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected DecisionVersion() {
    }

    DecisionVersion(AgendaItem item, int number, Decision decision, String correctionReason, Instant recordedAt, String recordedBy) {
        this.item = item;
        this.number = number;
        this.outcome = decision.getOutcome();
        this.votesFor = decision.getVotesFor();
        this.votesAgainst = decision.getVotesAgainst();
        this.abstentions = decision.getAbstentions();
        this.text = decision.getText();
        this.correctionReason = correctionReason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public boolean isCorrection() {
        return number > 1;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public int getNumber() {
        return number;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public LocalizedText getText() {
        return text == null ? new LocalizedText() : text;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
