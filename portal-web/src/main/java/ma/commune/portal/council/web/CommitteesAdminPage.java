package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.commune.portal.council.boundary.CouncilDirectory;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeRole;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.Messages;

/** The current mandate's committees: name and remit in both languages, permanent or not, order; their seats. */
@Named
@ViewScoped
public class CommitteesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CouncilDirectory directory;

    @EJB
    CouncilRecords records;

    private Mandate mandate;
    private List<Committee> committees = List.of();
    private List<CouncilMember> members = List.of();

    private Long committeeId;
    private String nameAr;
    private String nameFr;
    private String remitAr;
    private String remitFr;
    private boolean permanent = true;
    private int position;

    private Long seatMemberId;
    private CommitteeRole seatRole = CommitteeRole.MEMBER;
    private LocalDate seatFrom;

    @PostConstruct
    void init() {
        mandate = records.currentMandate().orElse(null);
        reload();
    }

    private void reload() {
        committees = mandate == null ? List.of() : records.committees(mandate);
        members = mandate == null ? List.of() : records.members(mandate);
    }

    public void edit(Committee committee) {
        committeeId = committee.getId();
        nameAr = committee.getName().getAr();
        nameFr = committee.getName().getFr();
        remitAr = committee.getRemit().getAr();
        remitFr = committee.getRemit().getFr();
        permanent = committee.isPermanent();
        position = committee.getPosition();
        seatFrom = LocalDate.now(CommuneTime.ZONE);
    }

    public void clear() {
        committeeId = null;
        nameAr = null;
        nameFr = null;
        remitAr = null;
        remitFr = null;
        permanent = true;
        position = committees.size() + 1;
    }

    public void save() {
        if (mandate == null) {
            Messages.refused(new DomainRuleViolation("council.admin.mandate.required"));
            return;
        }
        try {
            Committee saved = directory.saveCommittee(committeeId, mandate.getId(), LocalizedText.of(blankToNull(nameAr), blankToNull(nameFr)),
                    LocalizedText.of(blankToNull(remitAr), blankToNull(remitFr)), permanent, position);
            reload();
            committees.stream().filter(c -> c.getId().equals(saved.getId())).findFirst().ifPresent(this::edit);
            Messages.info("council.admin.saved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void seat() {
        if (committeeId == null || seatMemberId == null || seatFrom == null) {
            Messages.refused(new DomainRuleViolation("council.admin.committee.seatIncomplete"));
            return;
        }
        try {
            directory.seat(committeeId, seatMemberId, seatRole, seatFrom);
            reload();
            Messages.info("council.admin.committee.seated");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** Ends a seat today (the history of who sat stays). */
    public void unseat(long seatId) {
        try {
            directory.unseat(seatId, LocalDate.now(CommuneTime.ZONE));
            reload();
            Messages.info("council.admin.committee.unseated");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public Committee getEditing() {
        return committees.stream().filter(c -> c.getId().equals(committeeId)).findFirst().orElse(null);
    }

    public CommitteeRole[] getRoles() {
        return CommitteeRole.values();
    }

    public Mandate getMandate() {
        return mandate;
    }

    public List<Committee> getCommittees() {
        return committees;
    }

    public List<CouncilMember> getMembers() {
        return members;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getRemitAr() {
        return remitAr;
    }

    public void setRemitAr(String remitAr) {
        this.remitAr = remitAr;
    }

    public String getRemitFr() {
        return remitFr;
    }

    public void setRemitFr(String remitFr) {
        this.remitFr = remitFr;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public void setPermanent(boolean permanent) {
        this.permanent = permanent;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Long getSeatMemberId() {
        return seatMemberId;
    }

    public void setSeatMemberId(Long seatMemberId) {
        this.seatMemberId = seatMemberId;
    }

    public CommitteeRole getSeatRole() {
        return seatRole;
    }

    public void setSeatRole(CommitteeRole seatRole) {
        this.seatRole = seatRole;
    }

    public LocalDate getSeatFrom() {
        return seatFrom;
    }

    public void setSeatFrom(LocalDate seatFrom) {
        this.seatFrom = seatFrom;
    }
}
