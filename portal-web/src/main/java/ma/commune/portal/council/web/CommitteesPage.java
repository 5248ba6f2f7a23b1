package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /council/committees/{id}}: a committee with its remit, its members and its announced meetings;
 * {@code /council/committees}: the committees of the current mandate. An unknown id is a real 404.
 */
@Named
@RequestScoped
public class CommitteesPage {

    @EJB
    CouncilRecords records;

    @Inject
    @Param(pathIndex = 0)
    String committeeId;

    private Committee committee;
    private List<CommitteeMeeting> meetings = List.of();
    private List<Committee> committees = List.of();

    /** {@code f:viewAction}. */
    public void load() throws IOException {
        if (committeeId != null) {
            committee = PublicList.itemOr404(committeeId, records::committee);
            if (committee != null) {
                meetings = records.meetings(committee);
            }
            return;
        }
        committees = records.currentMandate().map(records::committees).orElse(List.of());
    }

    public Committee getCommittee() {
        return committee;
    }

    public List<CommitteeMeeting> getMeetings() {
        return meetings;
    }

    public List<Committee> getCommittees() {
        return committees;
    }
}
