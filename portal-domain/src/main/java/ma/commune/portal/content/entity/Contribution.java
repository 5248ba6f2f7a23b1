package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/** What one party to a convention commits: the commune or a partner, and an amount in MAD. */
@Embeddable
public class Contribution implements Serializable {

    private static final long serialVersionUID = 1L;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "party_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "party_fr"))})
    private LocalizedText party = new LocalizedText();

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private int position;

    protected Contribution() {
    }

    public Contribution(LocalizedText party, BigDecimal amount, int position) {
        if (party == null || party.isEmpty()) {
            throw new DomainRuleViolation("partnership.rule.partyRequired");
        }
        if (amount == null || amount.signum() < 0) {
            throw new DomainRuleViolation("partnership.rule.amountNotNegative");
        }
        this.party = party;
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        this.position = position;
    }

    public LocalizedText getParty() {
        return party;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getPosition() {
        return position;
    }
}
