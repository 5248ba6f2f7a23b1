package ma.commune.portal.council.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.council.boundary.CouncilOpenData;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.shared.control.PublicAddress;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/**
 * OParl 1.1 at {@code /api/oparl/v1/}: the {@code system}, the commune as the one {@code body}, the body's
 * lists (organizations, persons, memberships, meetings, agenda items, papers, files, legislative terms) a
 * page at a time with OParl's {@code data}/{@code pagination}/{@code links} and its change filters, and
 * every object at its own URL. How the council maps onto OParl is told in {@link OParlObjects}.
 * {@code ?lang=fr} writes the texts in French (Arabic by default); {@code ?limit=} sets the page size.
 */
@Path(OParlUrls.PATH)
@RequestScoped
@Produces(OParlResource.JSON)
public class OParlResource {

    static final String JSON = "application/json; charset=utf-8";
    static final String CACHE = "public, max-age=60";

    private static final Pattern KIND_AND_ID = Pattern.compile("([a-z]+)-([0-9]{1,18})");
    private static final Pattern PREPARATION = Pattern.compile("([0-9]{1,18})-committee-([0-9]{1,18})");

    @EJB
    CouncilOpenData council;

    @EJB
    CommuneIdentity commune;

    @Context
    UriInfo uri;

    @Inject
    PublicAddress address;

    @Context
    HttpHeaders headers;

    @QueryParam("lang")
    String lang;

    // ---- the entry points

    @GET
    public Response root() {
        return Response.seeOther(java.net.URI.create(urls().system())).build();
    }

    @GET
    @Path("system")
    public Response system() {
        CommuneProfile profile = commune.profile();
        Instant modified = modified(profile);
        return send(objects().system(profile, created(modified), modified), modified);
    }

    @GET
    @Path("body")
    public Response bodies() {
        CommuneProfile profile = commune.profile();
        Instant modified = modified(profile);
        JsonObject body = objects().body(profile, council.mandates(CouncilOpenData.Changes.ANY, 0, OParlQuery.MAX_LIMIT), created(modified), modified);
        return send(Json.createObjectBuilder().add("data", Json.createArrayBuilder().add(body))
                .add("pagination", Json.createObjectBuilder().add("totalElements", 1).add("elementsPerPage", 1)
                        .add("currentPage", 1).add("totalPages", 1))
                .add("links", Json.createObjectBuilder().add("first", urls().bodies()).add("last", urls().bodies())
                        .add("self", urls().bodies()))
                .build(), modified);
    }

    @GET
    @Path("body/{body}")
    public Response body(@PathParam("body") String key) {
        CommuneProfile profile = body(key, commune.profile());
        Instant modified = modified(profile);
        return send(objects().body(profile, council.mandates(CouncilOpenData.Changes.ANY, 0, OParlQuery.MAX_LIMIT),
                created(modified), modified), modified);
    }

    // ---- the body's lists

    @GET
    @Path("body/{body}/{list}")
    public Response list(@PathParam("body") String key, @PathParam("list") String list, @QueryParam("page") String page,
                         @QueryParam("limit") String limit, @QueryParam("modified_since") String modifiedSince,
                         @QueryParam("modified_until") String modifiedUntil, @QueryParam("created_since") String createdSince,
                         @QueryParam("created_until") String createdUntil) {
        CommuneProfile profile = body(key, commune.profile());
        OParlQuery query = OParlQuery.of(text(), page, limit, modifiedSince, modifiedUntil, createdSince, createdUntil);
        CouncilOpenData.Changes c = query.changes();
        OParlObjects o = objects();
        List<Part> parts = switch (list) {
            case "organization" -> List.of(
                    new Part(() -> council.countMandates(c), (first, max) -> council.mandates(c, first, max).stream()
                            .map(mandate -> o.council(mandate, profile, council.memberIds(mandate))).toList()),
                    new Part(() -> council.countCommittees(c), (first, max) -> council.committees(c, first, max).stream()
                            .map(o::committee).toList()));
            case "person" -> List.of(new Part(() -> council.countMembers(c),
                    (first, max) -> council.members(c, first, max).stream().map(o::person).toList()));
            case "membership" -> List.of(
                    new Part(() -> council.countMembers(c), (first, max) -> council.members(c, first, max).stream()
                            .map(o::councilMembership).toList()),
                    new Part(() -> council.countSeats(c), (first, max) -> council.seats(c, first, max).stream()
                            .map(o::seatMembership).toList()));
            case "meeting" -> List.of(
                    new Part(() -> council.countSessions(c), (first, max) -> council.sessions(c, first, max).stream()
                            .map(o::session).toList()),
                    new Part(() -> council.countMeetings(c), (first, max) -> council.meetings(c, first, max).stream()
                            .map(o::committeeMeeting).toList()));
            case "agendaItem" -> List.of(new Part(() -> council.countAgendaItems(c),
                    (first, max) -> council.agendaItems(c, first, max).stream().map(o::agendaItem).toList()));
            case "paper" -> List.of(new Part(() -> council.countAgendaItems(c),
                    (first, max) -> council.agendaItems(c, first, max).stream().map(o::paper).toList()));
            case "file" -> List.of(new Part(() -> council.countFiles(c),
                    (first, max) -> council.files(c, first, max).stream().map(o::file).toList()));
            case "legislativeTerm" -> List.of(new Part(() -> council.countMandates(c),
                    (first, max) -> council.mandates(c, first, max).stream().map(o::legislativeTerm).toList()));
            default -> throw notFound();
        };
        return page(parts, query);
    }

    /** One source of a list's objects; a list may chain several (the council's organizations, then the committees). */
    private record Part(LongSupplier count, PageFetch fetch) {
    }

    @FunctionalInterface
    private interface PageFetch {
        List<JsonObject> fetch(int first, int max);
    }

    private Response page(List<Part> parts, OParlQuery query) {
        long[] counts = parts.stream().mapToLong(part -> part.count().getAsLong()).toArray();
        long total = java.util.Arrays.stream(counts).sum();
        int totalPages = (int) Math.max(1, (total + query.limit() - 1) / query.limit());
        if (query.page() > totalPages) {
            throw OParlQuery.problem(Response.Status.NOT_FOUND, text().text("council.api.error.pageOutOfRange", query.page(), totalPages));
        }
        List<JsonObject> data = new ArrayList<>();
        long first = query.first();
        int wanted = query.limit();
        for (int i = 0; i < parts.size() && wanted > 0; i++) {
            if (first >= counts[i]) {
                first -= counts[i];
                continue;
            }
            List<JsonObject> some = parts.get(i).fetch().fetch((int) first, (int) Math.min(wanted, counts[i] - first));
            data.addAll(some);
            wanted -= some.size();
            first = 0;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        data.forEach(array::add);
        JsonObjectBuilder links = Json.createObjectBuilder()
                .add("first", pageUrl(1)).add("last", pageUrl(totalPages)).add("self", pageUrl(query.page()));
        if (query.page() > 1) {
            links.add("prev", pageUrl(query.page() - 1));
        }
        if (query.page() < totalPages) {
            links.add("next", pageUrl(query.page() + 1));
        }
        JsonObject list = Json.createObjectBuilder()
                .add("data", array)
                .add("pagination", Json.createObjectBuilder().add("totalElements", total).add("elementsPerPage", query.limit())
                        .add("currentPage", query.page()).add("totalPages", totalPages))
                .add("links", links)
                .build();
        return send(list, null);
    }

    /** This list's address at another page: the filters, size and language the client chose are kept. */
    private String pageUrl(int page) {
        return address.of(uri.getRequestUriBuilder().replaceQueryParam("page", page).build());
    }

    // ---- the objects

    @GET
    @Path("legislativeTerm/{id}")
    public Response legislativeTerm(@PathParam("id") String id) {
        Mandate mandate = OParlQuery.id(id).flatMap(council::mandate).orElseThrow(this::notFound);
        return send(objects().legislativeTerm(mandate), mandate.getUpdatedAt());
    }

    @GET
    @Path("organization/{id}")
    public Response organization(@PathParam("id") String id) {
        Matcher kind = matching(KIND_AND_ID, id);
        long number = Long.parseLong(kind.group(2));
        return switch (kind.group(1)) {
            case "council" -> {
                Mandate mandate = council.mandate(number).orElseThrow(this::notFound);
                yield send(objects().council(mandate, commune.profile(), council.memberIds(mandate)), mandate.getUpdatedAt());
            }
            case "committee" -> send(objects().committee(council.committee(number).orElseThrow(this::notFound)), null);
            default -> throw notFound();
        };
    }

    @GET
    @Path("person/{id}")
    public Response person(@PathParam("id") String id) {
        return send(objects().person(OParlQuery.id(id).flatMap(council::member).orElseThrow(this::notFound)), null);
    }

    @GET
    @Path("membership/{id}")
    public Response membership(@PathParam("id") String id) {
        Matcher kind = matching(KIND_AND_ID, id);
        long number = Long.parseLong(kind.group(2));
        return switch (kind.group(1)) {
            case "council" -> send(objects().councilMembership(council.member(number).orElseThrow(this::notFound)), null);
            case "seat" -> send(objects().seatMembership(council.seat(number).orElseThrow(this::notFound)), null);
            default -> throw notFound();
        };
    }

    @GET
    @Path("meeting/{id}")
    public Response meeting(@PathParam("id") String id) {
        Matcher kind = matching(KIND_AND_ID, id);
        long number = Long.parseLong(kind.group(2));
        return switch (kind.group(1)) {
            case "session" -> send(objects().session(council.session(number).orElseThrow(this::notFound)), null);
            case "committee" -> send(objects().committeeMeeting(council.meeting(number).orElseThrow(this::notFound)), null);
            default -> throw notFound();
        };
    }

    @GET
    @Path("location/{id}")
    public Response location(@PathParam("id") String id) {
        Matcher kind = matching(KIND_AND_ID, id);
        long number = Long.parseLong(kind.group(2));
        return switch (kind.group(1)) {
            case "session" -> send(objects().sessionLocation(council.session(number)
                    .filter(s -> !s.getPlace().isEmpty()).orElseThrow(this::notFound)), null);
            case "committee" -> send(objects().meetingLocation(council.meeting(number)
                    .filter(m -> !m.getPlace().isEmpty()).orElseThrow(this::notFound)), null);
            default -> throw notFound();
        };
    }

    @GET
    @Path("agendaItem/{id}")
    public Response agendaItem(@PathParam("id") String id) {
        return send(objects().agendaItem(item(id)), null);
    }

    @GET
    @Path("paper/{id}")
    public Response paper(@PathParam("id") String id) {
        return send(objects().paper(item(id)), null);
    }

    @GET
    @Path("consultation/{id}")
    public Response consultation(@PathParam("id") String id) {
        Optional<Long> decision = OParlQuery.id(id);
        if (decision.isPresent()) {
            return send(objects().decisionConsultation(item(id)), null);
        }
        Matcher preparation = matching(PREPARATION, id);
        AgendaItem item = item(preparation.group(1));
        long meetingId = Long.parseLong(preparation.group(2));
        CommitteeMeeting meeting = OParlObjects.preparations(item).stream().filter(m -> m.getId() == meetingId).findFirst()
                .orElseThrow(this::notFound);
        return send(objects().preparationConsultation(item, meeting), null);
    }

    @GET
    @Path("file/{id}")
    public Response file(@PathParam("id") String id) {
        return send(objects().file(council.file(id).orElseThrow(this::notFound)), null);
    }

    /** Anything else under the API: a JSON 404, like an unknown object. */
    @GET
    @Path("{any: .+}")
    public Response unknown() {
        throw notFound();
    }

    // ---- plumbing

    private AgendaItem item(String id) {
        return OParlQuery.id(id).flatMap(council::agendaItem).orElseThrow(this::notFound);
    }

    private Matcher matching(Pattern pattern, String id) {
        Matcher matcher = pattern.matcher(id == null ? "" : id);
        if (!matcher.matches()) {
            throw notFound();
        }
        return matcher;
    }

    private CommuneProfile body(String key, CommuneProfile profile) {
        if (!OParlUrls.bodyKey(profile.getCode()).equals(key)) {
            throw notFound();
        }
        return profile;
    }

    /** The system and the body change with the commune's identity and with anything the council publishes. */
    private Instant modified(CommuneProfile profile) {
        Instant council = this.council.lastChange();
        Instant identity = profile.getUpdatedAt();
        return identity == null || council.isAfter(identity) ? council : identity;
    }

    private Instant created(Instant modified) {
        return council.firstRecord().filter(first -> !first.isAfter(modified)).orElse(modified);
    }

    private jakarta.ws.rs.WebApplicationException notFound() {
        return OParlQuery.problem(Response.Status.NOT_FOUND, text().text("council.api.error.notFound"));
    }

    private Response send(JsonObject json, Instant lastModified) {
        return Representation.of(json.toString().getBytes(StandardCharsets.UTF_8), JSON, lastModified, headers, CACHE);
    }

    private ApiText text() {
        return ApiText.of(lang);
    }

    private OParlUrls urls() {
        return new OParlUrls(address, commune.profile().getCode());
    }

    private OParlObjects objects() {
        return new OParlObjects(urls(), text());
    }
}
