package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.ProgrammeAxis;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /council}: the council of the current mandate (or of {@code ?mandate=} for an earlier one): its
 * bureau, its members with their committees, the committees, the action programme and the next session.
 * An unknown mandate is a real 404; no mandate at all is a page that says so.
 */
@Named
@RequestScoped
public class CouncilPage {

    @EJB
    CouncilRecords records;

    @Inject
    @Param(name = "mandate")
    String mandateParameter;

    private Mandate mandate;
    private List<CouncilMember> members = List.of();
    private List<Committee> committees = List.of();
    private List<ProgrammeAxis> programme = List.of();
    private List<Mandate> mandates = List.of();
    private CouncilSession nextSession;

    /** {@code f:viewAction}. */
    public void load() throws IOException {
        if (mandateParameter != null && !mandateParameter.isBlank()) {
            mandate = PublicList.itemOr404(mandateParameter.trim(), records::mandate);
        } else {
            mandate = records.currentMandate().orElse(null);
        }
        if (mandate == null) {
            return;
        }
        members = records.members(mandate);
        committees = records.committees(mandate);
        programme = records.programme(mandate);
        mandates = records.mandates();
        nextSession = records.nextSession(mandate).orElse(null);
    }

    public Mandate getMandate() {
        return mandate;
    }

    /** President, vice-presidents in their order, secretary and deputy secretary. */
    public List<CouncilMember> getBureau() {
        return members.stream().filter(member -> member.getRole() != CouncilRole.MEMBER).toList();
    }

    public List<CouncilMember> getMembers() {
        return members;
    }

    public List<Committee> getCommittees() {
        return committees;
    }

    public List<ProgrammeAxis> getProgramme() {
        return programme;
    }

    /** The other mandates, for residents who look back. */
    public List<Mandate> getOtherMandates() {
        return mandates.stream().filter(other -> mandate == null || !other.getId().equals(mandate.getId())).toList();
    }

    public CouncilSession getNextSession() {
        return nextSession;
    }
}
