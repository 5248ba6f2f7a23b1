package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import java.io.Serializable;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.DecisionVersion;
import ma.commune.portal.shared.LocalizedText;

/** The decision on one item as the secretariat types it (also a correction's new values, with its reason). */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DecisionOutcome outcome;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;
    private String textAr;
    private String textFr;
    private String reason;

    static DecisionForm of(Decision decision) {
        DecisionForm form = new DecisionForm();
        form.outcome = decision.getOutcome();
        form.votesFor = decision.getVotesFor();
        form.votesAgainst = decision.getVotesAgainst();
        form.abstentions = decision.getAbstentions();
        form.textAr = decision.getText().getAr();
        form.textFr = decision.getText().getFr();
        return form;
    }

    static DecisionForm of(DecisionVersion published) {
        DecisionForm form = new DecisionForm();
        form.outcome = published.getOutcome();
        form.votesFor = published.getVotesFor();
        form.votesAgainst = published.getVotesAgainst();
        form.abstentions = published.getAbstentions();
        form.textAr = published.getText().getAr();
        form.textFr = published.getText().getFr();
        return form;
    }

    Decision decision() {
        return new Decision(outcome, votesFor, votesAgainst, abstentions, LocalizedText.of(blankToNull(textAr), blankToNull(textFr)));
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public String getTextAr() {
        return textAr;
    }

    public void setTextAr(String textAr) {
        this.textAr = textAr;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
