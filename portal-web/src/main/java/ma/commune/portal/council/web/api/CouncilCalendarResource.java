package ma.commune.portal.council.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.council.boundary.CouncilOpenData;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.control.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/**
 * {@code /api/council/sessions.ics?lang=ar|fr}: the council's sessions (convened, concluded, cancelled)
 * and the committee meetings open to the public, as an iCalendar feed residents subscribe to; and
 * {@code /api/council/sessions/{id}.ics}: one session, to add to a calendar from its page. A session keeps
 * its UID for life, so a calendar updates the event it holds: a new date raises its SEQUENCE, a
 * cancellation sends STATUS:CANCELLED.
 */
@Path("council")
@RequestScoped
public class CouncilCalendarResource {

    static final String CACHE = "public, max-age=300";

    @EJB
    CouncilOpenData council;

    @EJB
    CommuneIdentity commune;

    /** The domain of the events' UIDs; by default the host of the configured public address (PORTAL_PUBLIC_URL). */
    @Inject
    @ConfigProperty(name = "portal.calendar.domain")
    Optional<String> domain;

    @Inject
    PublicAddress address;

    @Context
    HttpHeaders headers;

    @GET
    @Path("sessions.ics")
    @Produces(CalendarFeed.MEDIA_TYPE)
    public Response feed(@QueryParam("lang") String lang) {
        ApiText text = ApiText.of(lang);
        List<CouncilSession> sessions = council.calendarSessions();
        List<CommitteeMeeting> meetings = council.calendarMeetings();
        CalendarFeed feed = calendar(text);
        sessions.forEach(session -> feed.add(event(session, text)));
        meetings.forEach(meeting -> feed.add(event(meeting, text)));
        Instant last = Stream.concat(sessions.stream().map(CouncilSession::getUpdatedAt),
                        meetings.stream().flatMap(m -> Stream.of(m.getUpdatedAt(), m.getCommittee().getUpdatedAt())))
                .max(Instant::compareTo).orElse(null);
        return Representation.of(feed.bytes(), CalendarFeed.MEDIA_TYPE, last, headers, CACHE);
    }

    @GET
    @Path("sessions/{id: [^/]+}.ics")
    @Produces(CalendarFeed.MEDIA_TYPE)
    public Response session(@PathParam("id") String id, @QueryParam("lang") String lang) {
        ApiText text = ApiText.of(lang);
        Optional<CouncilSession> session = OParlQuery.id(id).flatMap(council::session);
        if (session.isEmpty()) {
            return Representation.text(Response.Status.NOT_FOUND, text.text("council.api.error.notFound"));
        }
        byte[] body = calendar(text).add(event(session.get(), text)).bytes();
        return Representation.of(body, CalendarFeed.MEDIA_TYPE, session.get().getUpdatedAt(), headers, CACHE);
    }

    private CalendarFeed calendar(ApiText text) {
        CommuneProfile profile = commune.profile();
        return new CalendarFeed("-//" + profile.getCode() + "//Commune portal council calendar//" + text.language().tag().toUpperCase(),
                text.text("council.api.calendar.name", text.of(profile.getName())));
    }

    private CalendarFeed.Event event(CouncilSession session, ApiText text) {
        StringBuilder agenda = new StringBuilder(text.text("council.api.calendar.agenda"));
        for (AgendaItem item : session.getItems()) {
            agenda.append('\n').append(item.getNumber()).append(". ").append(text.of(item.getTitle()));
        }
        return new CalendarFeed.Event("session-" + session.getId() + "@" + domain(), session.getStartsAt(), session.getEndsAt(),
                text.of(session.getTitle()), text.of(session.getPlace()), agenda.toString(),
                page("council/sessions/" + session.getId(), text), session.getSequence(),
                session.getState() == SessionState.CANCELLED, session.getUpdatedAt(), text.language().tag());
    }

    private CalendarFeed.Event event(CommitteeMeeting meeting, ApiText text) {
        return new CalendarFeed.Event("committee-meeting-" + meeting.getId() + "@" + domain(), meeting.getStartsAt(),
                meeting.getEndsAt(), text.text("council.api.meeting.name", text.of(meeting.getCommittee().getName())),
                text.of(meeting.getPlace()), text.of(meeting.getAgenda()), page("council/meetings/" + meeting.getId(), text),
                meeting.getSequence(), meeting.getState() == MeetingState.CANCELLED, meeting.getUpdatedAt(), text.language().tag());
    }

    private String page(String path, ApiText text) {
        return OParlUrls.portalRoot(address) + path + "?lang=" + text.language().tag();
    }

    private String domain() {
        return domain.map(String::trim).filter(d -> !d.isEmpty()).orElseGet(address::host);
    }
}
