package ma.commune.portal.council.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.council.boundary.CouncilOpenData.ItemDocument;
import ma.commune.portal.council.boundary.CouncilOpenData.PublicFile;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Attendance;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CommitteeSeat;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.council.entity.DecisionVersion;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.MinutesVersion;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The council's records as OParl 1.1 objects. How the commune's council maps onto OParl:
 * <ul>
 * <li>the commune is the one {@code Body}; each mandate is a {@code LegislativeTerm} and, as the council
 * elected for it, an {@code Organization} ({@code council-<mandate>}); committees are organizations under it;</li>
 * <li>members are {@code Person}s (name, and in {@code status} their office and party, which the law makes
 * public); their office in the council and their committee seats are {@code Membership}s;</li>
 * <li>sessions and announced committee meetings are {@code Meeting}s; a session's agenda items are
 * {@code AgendaItem}s, with the published decision as result and resolution text;</li>
 * <li>a {@code Paper} is the file of an agenda item: its title, supporting documents, and its consultations
 * (the council's deliberation, and each committee meeting that prepared it);</li>
 * <li>{@code File}s are the agenda documents, every published version of the minutes and the committees'
 * reports, read at the portal's public {@code /files/} address.</li>
 * </ul>
 * Texts are in the language asked for; nothing that is not on the public pages is written.
 */
final class OParlObjects {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    /** OParl's suggested value for an assembly of elected members (the spec's vocabulary is German). */
    static final String ASSEMBLY = "Gremium";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final OParlUrls urls;
    private final ApiText text;

    OParlObjects(OParlUrls urls, ApiText text) {
        this.urls = urls;
        this.text = text;
    }

    // ---- system and body

    JsonObject system(CommuneProfile profile, Instant created, Instant modified) {
        return fields(urls.system(), "System", created, modified)
                .put("oparlVersion", SCHEMA)
                .put("body", urls.bodies())
                .put("name", text.of(profile.getName()))
                .put("contactEmail", profile.getEmail())
                .put("website", urls.portal(""))
                .build();
    }

    JsonObject body(CommuneProfile profile, List<Mandate> mandates, Instant created, Instant modified) {
        return fields(urls.body(), "Body", created, modified)
                .put("system", urls.system())
                .put("shortName", profile.getCode())
                .put("name", text.of(profile.getName()))
                .put("website", urls.portal(""))
                .put("contactEmail", profile.getEmail())
                .put("classification", text.text("council.api.body.classification"))
                .put("organization", urls.list("organization"))
                .put("person", urls.list("person"))
                .put("membership", urls.list("membership"))
                .put("meeting", urls.list("meeting"))
                .put("agendaItem", urls.list("agendaItem"))
                .put("paper", urls.list("paper"))
                .put("file", urls.list("file"))
                .put("legislativeTermList", urls.list("legislativeTerm"))
                .objects("legislativeTerm", mandates.stream().map(this::legislativeTerm).toList(), true)
                .put("web", urls.councilPage())
                .build();
    }

    JsonObject legislativeTerm(Mandate mandate) {
        return fields(urls.legislativeTerm(mandate.getId()), "LegislativeTerm", mandate.getCreatedAt(), mandate.getUpdatedAt())
                .put("body", urls.body())
                .put("name", mandate.getName())
                .date("startDate", mandate.getStartDate())
                .date("endDate", mandate.getEndDate())
                .build();
    }

    // ---- organizations, persons, memberships

    JsonObject council(Mandate mandate, CommuneProfile profile, List<Long> memberIds) {
        return fields(urls.council(mandate.getId()), "Organization", mandate.getCreatedAt(), mandate.getUpdatedAt())
                .put("body", urls.body())
                .put("name", text.text("council.api.council.name", text.of(profile.getName()), mandate.getName()))
                .put("organizationType", ASSEMBLY)
                .put("classification", text.text("council.api.classification.council"))
                .urls("membership", memberIds.stream().map(urls::councilMembership).toList())
                .date("startDate", mandate.getStartDate())
                .date("endDate", mandate.getEndDate())
                .put("web", urls.councilPage())
                .build();
    }

    JsonObject committee(Committee committee) {
        return fields(urls.committee(committee.getId()), "Organization", committee.getCreatedAt(), committee.getUpdatedAt())
                .put("body", urls.body())
                .put("name", text.of(committee.getName()))
                .urls("membership", committee.getSeats().stream().map(seat -> urls.seatMembership(seat.getId())).toList())
                .put("subOrganizationOf", urls.council(committee.getMandate().getId()))
                .put("organizationType", ASSEMBLY)
                .put("classification", text.text(committee.isPermanent()
                        ? "council.api.classification.permanentCommittee" : "council.api.classification.committee"))
                .put("web", urls.committeePage(committee.getId()))
                .build();
    }

    JsonObject person(CouncilMember member) {
        List<String> status = new ArrayList<>();
        status.add(office(member));
        String party = text.of(member.getParty());
        if (!party.isBlank()) {
            status.add(party);
        }
        List<JsonObject> memberships = new ArrayList<>();
        memberships.add(councilMembership(member));
        member.getSeats().forEach(seat -> memberships.add(seatMembership(seat)));
        return fields(urls.person(member.getId()), "Person", member.getCreatedAt(), member.getUpdatedAt())
                .put("body", urls.body())
                .put("name", text.of(member.getName()))
                .strings("status", status)
                .objects("membership", memberships, false)
                .build();
    }

    JsonObject councilMembership(CouncilMember member) {
        return fields(urls.councilMembership(member.getId()), "Membership", member.getCreatedAt(), member.getUpdatedAt())
                .put("person", urls.person(member.getId()))
                .put("organization", urls.council(member.getMandate().getId()))
                .put("role", office(member))
                .put("votingRight", true)
                .date("startDate", member.getInOfficeFrom())
                .date("endDate", member.getInOfficeUntil())
                .build();
    }

    JsonObject seatMembership(CommitteeSeat seat) {
        return fields(urls.seatMembership(seat.getId()), "Membership", seat.getCreatedAt(), seat.getUpdatedAt())
                .put("person", urls.person(seat.getMember().getId()))
                .put("organization", urls.committee(seat.getCommittee().getId()))
                .put("role", text.text("council.api.seat." + seat.getRole().name()))
                .put("votingRight", true)
                .date("startDate", seat.getStartDate())
                .date("endDate", seat.getEndDate())
                .build();
    }

    private String office(CouncilMember member) {
        return member.getRole() == CouncilRole.VICE_PRESIDENT
                ? text.text("council.api.role.VICE_PRESIDENT", member.getRank())
                : text.text("council.api.role." + member.getRole().name());
    }

    // ---- meetings, agenda items, papers, consultations

    JsonObject session(CouncilSession session) {
        List<MinutesVersion> minutes = session.getMinutes();
        Optional<MinutesVersion> current = session.getCurrentMinutes();
        return fields(urls.session(session.getId()), "Meeting", session.getCreatedAt(), session.getUpdatedAt())
                .put("name", text.of(session.getTitle()))
                .put("meetingState", session.getState().name().toLowerCase(java.util.Locale.ROOT))
                .put("cancelled", session.getState() == SessionState.CANCELLED)
                .dateTime("start", session.getStartsAt())
                .dateTime("end", session.getEndsAt())
                .object("location", session.getPlace().isEmpty() ? null : sessionLocation(session))
                .urls("organization", List.of(urls.council(session.getMandate().getId())))
                .urls("participant", present(session.getAttendance()))
                .object("resultsProtocol", current.map(this::minutesFile).orElse(null))
                .objects("auxiliaryFile", minutes.stream().filter(m -> current.isEmpty() || m != current.get())
                        .map(this::minutesFile).toList(), false)
                .objects("agendaItem", session.getItems().stream().map(this::agendaItem).toList(), false)
                .put("web", urls.sessionPage(session.getId()))
                .build();
    }

    JsonObject committeeMeeting(CommitteeMeeting meeting) {
        return fields(urls.committeeMeeting(meeting.getId()), "Meeting", meeting.getCreatedAt(), meeting.getUpdatedAt())
                .put("name", text.text("council.api.meeting.name", text.of(meeting.getCommittee().getName())))
                .put("meetingState", meeting.getState().name().toLowerCase(java.util.Locale.ROOT))
                .put("cancelled", meeting.getState() == MeetingState.CANCELLED)
                .dateTime("start", meeting.getStartsAt())
                .dateTime("end", meeting.getEndsAt())
                .object("location", meeting.getPlace().isEmpty() ? null : meetingLocation(meeting))
                .urls("organization", List.of(urls.committee(meeting.getCommittee().getId())))
                .urls("participant", present(meeting.getAttendance()))
                .object("resultsProtocol", meeting.getReport() == null ? null : reportFile(meeting))
                .put("web", urls.meetingPage(meeting.getId()))
                .build();
    }

    JsonObject sessionLocation(CouncilSession session) {
        return fields(urls.sessionLocation(session.getId()), "Location", session.getCreatedAt(), session.getUpdatedAt())
                .put("description", text.of(session.getPlace()))
                .urls("meetings", List.of(urls.session(session.getId())))
                .build();
    }

    JsonObject meetingLocation(CommitteeMeeting meeting) {
        return fields(urls.meetingLocation(meeting.getId()), "Location", meeting.getCreatedAt(), meeting.getUpdatedAt())
                .put("description", text.of(meeting.getPlace()))
                .urls("meetings", List.of(urls.committeeMeeting(meeting.getId())))
                .build();
    }

    JsonObject agendaItem(AgendaItem item) {
        CouncilSession session = item.getSession();
        Optional<DecisionVersion> decision = item.getDecision();
        return fields(urls.agendaItem(item.getId()), "AgendaItem", item.getCreatedAt(), item.getUpdatedAt())
                .put("meeting", urls.session(session.getId()))
                .put("number", String.valueOf(item.getNumber()))
                .integer("order", item.getNumber())
                .put("name", text.of(item.getTitle()))
                .put("public", session.isPublicSession())
                .put("consultation", urls.decision(item.getId()))
                .put("result", decision.map(this::result).orElse(null))
                .put("resolutionText", decision.map(d -> text.of(d.getText())).orElse(null))
                .objects("auxiliaryFile", documents(item), false)
                .put("web", urls.sessionPage(session.getId()))
                .build();
    }

    private String result(DecisionVersion decision) {
        String outcome = text.text("council.api.outcome." + decision.getOutcome().name());
        boolean voted = decision.getOutcome() == DecisionOutcome.ADOPTED || decision.getOutcome() == DecisionOutcome.REJECTED;
        return voted && decision.getVotesFor() != null
                ? text.text("council.api.outcome.votes", outcome, decision.getVotesFor(), decision.getVotesAgainst(), decision.getAbstentions())
                : outcome;
    }

    JsonObject paper(AgendaItem item) {
        CouncilSession session = item.getSession();
        List<JsonObject> consultations = new ArrayList<>();
        consultations.add(decisionConsultation(item));
        preparations(item).forEach(meeting -> consultations.add(preparationConsultation(item, meeting)));
        return fields(urls.paper(item.getId()), "Paper", item.getCreatedAt(), item.getUpdatedAt())
                .put("body", urls.body())
                .put("name", text.of(item.getTitle()))
                .put("reference", session.getId() + "/" + item.getNumber())
                .date("date", session.getConvocationDate())
                .put("paperType", text.text("council.api.paper.type"))
                .objects("auxiliaryFile", documents(item), false)
                .objects("consultation", consultations, false)
                .put("web", urls.sessionPage(session.getId()))
                .build();
    }

    JsonObject decisionConsultation(AgendaItem item) {
        return fields(urls.decision(item.getId()), "Consultation", item.getCreatedAt(), item.getUpdatedAt())
                .put("paper", urls.paper(item.getId()))
                .put("agendaItem", urls.agendaItem(item.getId()))
                .put("meeting", urls.session(item.getSession().getId()))
                .urls("organization", List.of(urls.council(item.getSession().getMandate().getId())))
                .put("authoritative", true)
                .put("role", text.text("council.api.consultation.decision"))
                .build();
    }

    JsonObject preparationConsultation(AgendaItem item, CommitteeMeeting meeting) {
        Instant modified = meeting.getUpdatedAt().isAfter(item.getUpdatedAt()) ? meeting.getUpdatedAt() : item.getUpdatedAt();
        return fields(urls.preparation(item.getId(), meeting.getId()), "Consultation", item.getCreatedAt(), modified)
                .put("paper", urls.paper(item.getId()))
                .put("meeting", urls.committeeMeeting(meeting.getId()))
                .urls("organization", List.of(urls.committee(meeting.getCommittee().getId())))
                .put("authoritative", false)
                .put("role", text.text("council.api.consultation.preparation"))
                .build();
    }

    /** The committee meetings that prepared an item and that the public may see. */
    static List<CommitteeMeeting> preparations(AgendaItem item) {
        return item.getPreparedBy().stream().filter(CommitteeMeeting::isPublic).toList();
    }

    // ---- files

    private List<JsonObject> documents(AgendaItem item) {
        List<JsonObject> files = new ArrayList<>();
        for (AttachedDocument document : item.getDocuments()) {
            files.add(file(document.getFile(), text.of(document.getLabel()), List.of(urls.session(item.getSession().getId())),
                    List.of(urls.agendaItem(item.getId())), List.of(urls.paper(item.getId()))));
        }
        return files;
    }

    private JsonObject minutesFile(MinutesVersion minutes) {
        return file(minutes.getFile(), minutesName(minutes), List.of(urls.session(minutes.getSession().getId())), List.of(), List.of());
    }

    private String minutesName(MinutesVersion minutes) {
        return minutes.getNumber() == 1 ? text.text("council.api.file.minutes")
                : text.text("council.api.file.minutesVersion", minutes.getNumber());
    }

    private JsonObject reportFile(CommitteeMeeting meeting) {
        return file(meeting.getReport(), text.text("council.api.file.report"), List.of(urls.committeeMeeting(meeting.getId())),
                List.of(), List.of());
    }

    /** A file on its own: named after its first public use, and pointing back to every one. */
    JsonObject file(PublicFile file) {
        Collection<String> meetings = new LinkedHashSet<>();
        Collection<String> items = new LinkedHashSet<>();
        Collection<String> papers = new LinkedHashSet<>();
        String name = null;
        for (ItemDocument document : file.documents()) {
            name = name != null ? name : text.of(document.label());
            meetings.add(urls.session(document.item().getSession().getId()));
            items.add(urls.agendaItem(document.item().getId()));
            papers.add(urls.paper(document.item().getId()));
        }
        for (MinutesVersion minutes : file.minutes()) {
            name = name != null ? name : minutesName(minutes);
            meetings.add(urls.session(minutes.getSession().getId()));
        }
        for (CommitteeMeeting meeting : file.reports()) {
            name = name != null ? name : text.text("council.api.file.report");
            meetings.add(urls.committeeMeeting(meeting.getId()));
        }
        return file(file.file(), name, List.copyOf(meetings), List.copyOf(items), List.copyOf(papers));
    }

    private JsonObject file(StoredFile file, String name, List<String> meetings, List<String> items, List<String> papers) {
        return fields(urls.file(file.getPublicKey()), "File", file.getCreatedAt(), file.getCreatedAt())
                .put("name", name == null || name.isBlank() ? file.getFileName() : name)
                .put("fileName", file.getFileName())
                .put("mimeType", file.getContentType())
                .date("date", file.getCreatedAt() == null ? null : file.getCreatedAt().atZone(CommuneTime.ZONE).toLocalDate())
                .integer("size", file.getSize())
                .put("accessUrl", urls.access(file.getPublicKey()))
                .urls("meeting", meetings)
                .urls("agendaItem", items)
                .urls("paper", papers)
                .build();
    }

    // ---- plumbing

    private List<String> present(List<Attendance> attendance) {
        return attendance.stream().filter(a -> a.getPresence() == Presence.PRESENT)
                .map(a -> urls.person(a.getMember().getId())).sorted().toList();
    }

    /** What every OParl object carries: its URL as id, its type, when it was created and changed, never deleted. */
    private static Fields fields(String id, String type, Instant created, Instant modified) {
        return new Fields().put("id", id).put("type", SCHEMA + type)
                .dateTime("created", created).dateTime("modified", modified == null ? created : modified)
                .put("deleted", false);
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CommuneTime.ZONE).toOffsetDateTime());
    }

    /** A JSON object that leaves out what is unknown: no nulls, no blank texts, no empty lists (OParl's advice). */
    static final class Fields {
        private final JsonObjectBuilder json = Json.createObjectBuilder();

        Fields put(String name, String value) {
            if (value != null && !value.isBlank()) {
                json.add(name, value);
            }
            return this;
        }

        Fields put(String name, boolean value) {
            json.add(name, value);
            return this;
        }

        Fields integer(String name, long value) {
            json.add(name, value);
            return this;
        }

        Fields date(String name, LocalDate value) {
            return value == null ? this : put(name, value.toString());
        }

        Fields dateTime(String name, Instant value) {
            return value == null ? this : put(name, OParlObjects.dateTime(value));
        }

        Fields object(String name, JsonObject value) {
            if (value != null) {
                json.add(name, value);
            }
            return this;
        }

        Fields urls(String name, Collection<String> values) {
            return strings(name, values);
        }

        Fields strings(String name, Collection<String> values) {
            if (!values.isEmpty()) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                values.forEach(array::add);
                json.add(name, array);
            }
            return this;
        }

        Fields objects(String name, List<JsonObject> values, boolean evenEmpty) {
            if (evenEmpty || !values.isEmpty()) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                values.forEach(array::add);
                json.add(name, array);
            }
            return this;
        }

        JsonObject build() {
            return json.build();
        }
    }
}
