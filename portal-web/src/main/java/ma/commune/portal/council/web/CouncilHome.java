package ma.commune.portal.council.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.CouncilSession;

/** The council on the home page ({@code #{councilHome}}): the latest sessions residents can open. */
@Named
@RequestScoped
public class CouncilHome {

    public static final int SESSIONS = 3;

    @EJB
    CouncilRecords records;

    private List<CouncilSession> latest;

    public List<CouncilSession> getLatestSessions() {
        if (latest == null) {
            latest = records.latestSessions(SESSIONS);
        }
        return latest;
    }
}
