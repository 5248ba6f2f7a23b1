package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * What the council decided on an item: the outcome, the vote (for, against, abstentions) and the text of
 * the decision. A vote is required when the council voted (adopted, rejected) and meaningless when the
 * item was postponed or withdrawn. Under organic law 113-14 decisions are taken by the majority of the
 * votes cast, the president's vote prevailing in a tie, so a tie may go either way.
 */
@Embeddable
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_outcome", length = 20)
    private DecisionOutcome outcome;

    @Column(name = "draft_votes_for")
    private Integer votesFor;

    @Column(name = "draft_votes_against")
    private Integer votesAgainst;

    @Column(name = "draft_abstentions")
    private Integer abstentions;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "draft_text_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "draft_text_fr"))})
    private LocalizedText text = new LocalizedText();

    protected Decision() {
    }

    public Decision(DecisionOutcome outcome, Integer votesFor, Integer votesAgainst, Integer abstentions, LocalizedText text) {
        this.outcome = outcome;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
        this.text = text == null ? new LocalizedText() : text;
    }

    /**
     * Refuses a decision whose figures cannot be true: a missing or negative count, more votes than
     * members in office, an outcome the vote contradicts, or a vote on an item that was not voted.
     */
    public void check(int membersInOffice) {
        if (outcome == null) {
            throw new DomainRuleViolation("council.rule.outcomeRequired");
        }
        boolean voted = outcome == DecisionOutcome.ADOPTED || outcome == DecisionOutcome.REJECTED;
        if (!voted) {
            if (votesFor != null || votesAgainst != null || abstentions != null) {
                throw new DomainRuleViolation("council.rule.noVoteWhenNotVoted");
            }
            return;
        }
        if (votesFor == null || votesAgainst == null || abstentions == null) {
            throw new DomainRuleViolation("council.rule.votesRequired");
        }
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new DomainRuleViolation("council.rule.votesNotNegative");
        }
        if (total() > membersInOffice) {
            throw new DomainRuleViolation("council.rule.votesExceedMembers");
        }
        if (outcome == DecisionOutcome.ADOPTED && votesFor < votesAgainst
                || outcome == DecisionOutcome.REJECTED && votesFor > votesAgainst) {
            throw new DomainRuleViolation("council.rule.outcomeContradictsVote");
        }
        if (total() == 0) {
            throw new DomainRuleViolation("council.rule.votesRequired");
        }
    }

    /** Votes for, against and abstentions together: the members who took part in the vote. */
    public int total() {
        return (votesFor == null ? 0 : votesFor) + (votesAgainst == null ? 0 : votesAgainst)
                + (abstentions == null ? 0 : abstentions);
    }

    public boolean isRecorded() {
        return outcome != null;
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
}
