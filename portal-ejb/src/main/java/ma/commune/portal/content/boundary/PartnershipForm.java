package ma.commune.portal.content.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.Contribution;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.PartnershipKind;
import ma.commune.portal.content.entity.PartnershipStage;

/** What an editor writes for a partnership: the partner, the convention, and what each party commits. */
public class PartnershipForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String partnerAr;
    private String partnerFr;
    private String subjectAr;
    private String subjectFr;
    private String descriptionAr;
    private String descriptionFr;
    private PartnershipKind kind = PartnershipKind.LOCAL;
    private PartnershipStage stage = PartnershipStage.IN_PREPARATION;
    private LocalDate signedOn;
    private Integer durationMonths;
    private Long conventionId;
    private List<ContributionRow> contributions = new ArrayList<>();

    public static PartnershipForm of(Partnership partnership) {
        PartnershipForm form = new PartnershipForm();
        form.id = partnership.getId();
        form.version = partnership.getVersion();
        form.partnerAr = partnership.getPartner().getAr();
        form.partnerFr = partnership.getPartner().getFr();
        form.subjectAr = partnership.getSubject().getAr();
        form.subjectFr = partnership.getSubject().getFr();
        form.descriptionAr = partnership.getDescription().getAr();
        form.descriptionFr = partnership.getDescription().getFr();
        form.kind = partnership.getKind();
        form.stage = partnership.getStage();
        form.signedOn = partnership.getSignedOn();
        form.durationMonths = partnership.getDurationMonths();
        form.conventionId = partnership.getConvention() == null ? null : partnership.getConvention().getId();
        for (Contribution contribution : partnership.getContributions()) {
            ContributionRow row = new ContributionRow();
            row.setPartyAr(contribution.getParty().getAr());
            row.setPartyFr(contribution.getParty().getFr());
            row.setAmount(contribution.getAmount());
            form.contributions.add(row);
        }
        return form;
    }

    public void addContribution() {
        contributions.add(new ContributionRow());
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

    public String getPartnerAr() {
        return partnerAr;
    }

    public void setPartnerAr(String partnerAr) {
        this.partnerAr = partnerAr;
    }

    public String getPartnerFr() {
        return partnerFr;
    }

    public void setPartnerFr(String partnerFr) {
        this.partnerFr = partnerFr;
    }

    public String getSubjectAr() {
        return subjectAr;
    }

    public void setSubjectAr(String subjectAr) {
        this.subjectAr = subjectAr;
    }

    public String getSubjectFr() {
        return subjectFr;
    }

    public void setSubjectFr(String subjectFr) {
        this.subjectFr = subjectFr;
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

    public PartnershipKind getKind() {
        return kind;
    }

    public void setKind(PartnershipKind kind) {
        this.kind = kind;
    }

    public PartnershipStage getStage() {
        return stage;
    }

    public void setStage(PartnershipStage stage) {
        this.stage = stage;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public void setConventionId(Long conventionId) {
        this.conventionId = conventionId;
    }

    public List<ContributionRow> getContributions() {
        return contributions;
    }

    public void setContributions(List<ContributionRow> contributions) {
        this.contributions = contributions;
    }

    /** One party's commitment as typed; a row left empty is dropped on save. */
    public static class ContributionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partyAr;
        private String partyFr;
        private BigDecimal amount;

            public String getPartyAr() {
            return partyAr;
        }

        public void setPartyAr(String partyAr) {
            this.partyAr = partyAr;
        }

        public String getPartyFr() {
            return partyFr;
        }

        public void setPartyFr(String partyFr) {
            this.partyFr = partyFr;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}
