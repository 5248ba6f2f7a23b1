package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.council.boundary.CouncilDirectory;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/** The council's mandates and members: name and party in both languages, office and rank, term, photo. */
@Named
@ViewScoped
public class MembersAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CouncilDirectory directory;

    @EJB
    CouncilRecords records;

    private List<Mandate> mandates = List.of();
    private Long mandateId;
    private List<CouncilMember> members = List.of();

    // a new mandate
    private String mandateName;
    private LocalDate mandateStart;
    private LocalDate mandateEnd;
    private Integer mandateSeats;

    // the member being added (memberId null) or edited
    private Long memberId;
    private String nameAr;
    private String nameFr;
    private String partyAr;
    private String partyFr;
    private CouncilRole role = CouncilRole.MEMBER;
    private int rank;
    private LocalDate inOfficeFrom;
    private LocalDate inOfficeUntil;

    @PostConstruct
    void init() {
        mandates = records.mandates();
        mandateId = records.currentMandate().map(Mandate::getId).orElse(null);
        reload();
    }

    private void reload() {
        mandates = records.mandates();
        members = mandateId == null ? List.of() : records.mandate(mandateId).map(records::members).orElse(List.of());
        clearMember();
    }

    public void showMandate() {
        reload();
    }

    public void createMandate() {
        try {
            if (mandateName == null || mandateName.isBlank()) {
                throw new DomainRuleViolation("council.admin.mandate.nameRequired");
            }
            if (mandateSeats == null || mandateStart == null || mandateEnd == null) {
                throw new DomainRuleViolation(mandateSeats == null ? "council.rule.mandateSeats" : "council.rule.mandatePeriod");
            }
            mandateId = directory.createMandate(mandateName.strip(), mandateStart, mandateEnd, mandateSeats).getId();
            mandateName = null;
            mandateStart = null;
            mandateEnd = null;
            mandateSeats = null;
            reload();
            Messages.info("council.admin.mandate.created");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void edit(CouncilMember member) {
        memberId = member.getId();
        nameAr = member.getName().getAr();
        nameFr = member.getName().getFr();
        partyAr = member.getParty().getAr();
        partyFr = member.getParty().getFr();
        role = member.getRole();
        rank = member.getRank();
        inOfficeFrom = member.getInOfficeFrom();
        inOfficeUntil = member.getInOfficeUntil();
    }

    public void clearMember() {
        memberId = null;
        nameAr = null;
        nameFr = null;
        partyAr = null;
        partyFr = null;
        role = CouncilRole.MEMBER;
        rank = 0;
        inOfficeFrom = mandateId == null ? null : mandates.stream().filter(m -> m.getId().equals(mandateId))
                .map(Mandate::getStartDate).findFirst().orElse(null);
        inOfficeUntil = null;
    }

    public void saveMember() {
        if (mandateId == null) {
            Messages.refused(new DomainRuleViolation("council.admin.mandate.required"));
            return;
        }
        if (inOfficeFrom == null) {
            Messages.refused(new DomainRuleViolation("council.rule.memberTerm"));
            return;
        }
        try {
            boolean added = memberId == null;
            directory.saveMember(memberId, mandateId, LocalizedText.of(blankToNull(nameAr), blankToNull(nameFr)),
                    LocalizedText.of(blankToNull(partyAr), blankToNull(partyFr)), role, rank, inOfficeFrom, inOfficeUntil);
            reload();
            Messages.info(added ? "council.admin.member.added" : "council.admin.saved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** The photo of the member being edited (JPEG or PNG; re-encoded without its metadata). */
    public void uploadPhoto(FileUploadEvent event) {
        if (memberId == null) {
            Messages.fieldError("member:photo", "council.admin.member.saveFirst");
            return;
        }
        try {
            directory.photo(memberId, event.getFile().getFileName(), event.getFile().getContent());
            Long editing = memberId;
            reload();
            members.stream().filter(m -> m.getId().equals(editing)).findFirst().ifPresent(this::edit);
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), "member:photo"));
        }
    }

    public CouncilRole[] getRoles() {
        return CouncilRole.values();
    }

    public long getMaxImageBytes() {
        return FileStore.MAX_IMAGE_BYTES;
    }

    public List<Mandate> getMandates() {
        return mandates;
    }

    public Long getMandateId() {
        return mandateId;
    }

    public void setMandateId(Long mandateId) {
        this.mandateId = mandateId;
    }

    public List<CouncilMember> getMembers() {
        return members;
    }

    public String getMandateName() {
        return mandateName;
    }

    public void setMandateName(String mandateName) {
        this.mandateName = mandateName;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public void setMandateStart(LocalDate mandateStart) {
        this.mandateStart = mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public void setMandateEnd(LocalDate mandateEnd) {
        this.mandateEnd = mandateEnd;
    }

    public Integer getMandateSeats() {
        return mandateSeats;
    }

    public void setMandateSeats(Integer mandateSeats) {
        this.mandateSeats = mandateSeats;
    }

    public Long getMemberId() {
        return memberId;
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

    public CouncilRole getRole() {
        return role;
    }

    public void setRole(CouncilRole role) {
        this.role = role;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public LocalDate getInOfficeFrom() {
        return inOfficeFrom;
    }

    public void setInOfficeFrom(LocalDate inOfficeFrom) {
        this.inOfficeFrom = inOfficeFrom;
    }

    public LocalDate getInOfficeUntil() {
        return inOfficeUntil;
    }

    public void setInOfficeUntil(LocalDate inOfficeUntil) {
        this.inOfficeUntil = inOfficeUntil;
    }
}
