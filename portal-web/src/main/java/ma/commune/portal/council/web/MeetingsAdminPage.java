package ma.commune.portal.council.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.commune.portal.council.boundary.CommitteeMeetings;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.shared.web.PagedModel;

/** The committees' meetings, newest first, filtered by committee. */
@Named
@ViewScoped
public class MeetingsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CommitteeMeetings meetings;

    @EJB
    CouncilRecords records;

    private PagedModel<CommitteeMeeting> items;

    @PostConstruct
    void init() {
        items = new PagedModel<>(meetings::search, meetings::count, meeting -> meeting.getId().toString());
    }

    public PagedModel<CommitteeMeeting> getItems() {
        return items;
    }

    public List<Committee> getCommittees() {
        return records.currentMandate().map(records::committees).orElse(List.of());
    }
}
