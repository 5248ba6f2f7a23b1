package ma.commune.portal.requests.web.api;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.requests.boundary.ApiKeys;
import ma.commune.portal.requests.boundary.Open311;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.control.PublicAddress;

/**
 * Open311 GeoReport v2 at {@code /api/open311/v2/}: service discovery, the Allo Citizen categories as
 * services and their definitions, residents' reports filed by applications holding an API key (issued in
 * the back office), and the reports as service requests; every resource in {@code .xml} (the standard's
 * mandatory format) and {@code .json}. Texts are in the language of {@code lang} or {@code Accept-Language}
 * (Arabic by default). Nothing personal is ever answered: the requester's name, email and phone go in, never
 * out. Errors are the standard's {@code <errors><error><code/><description/></error></errors>} with the HTTP
 * status: 400 for a missing or wrong field, 403 for a missing, unknown or revoked key, 404 for an unknown id.
 */
@Path(Open311Resource.PATH)
@RequestScoped
public class Open311Resource {

    static final String PATH = "open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String XML = "text/xml; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    static final String CACHE = "public, max-age=60";

    /** The attributes a report may carry (the service definitions say so; POST accepts exactly these). */
    static final String CONSENT = "consent";
    static final String DISTRICT = "district";
    static final String EMERGENCY = "emergency";
    static final String CONSENT_YES = "yes";

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]*)\\](\\[\\])?");
    private static final Set<String> FIELDS = Set.of("api_key", "jurisdiction_id", "service_code", "lat", "long",
            "address_string", "address_id", "email", "device_id", "account_id", "first_name", "last_name", "phone",
            "description", "media_url", "lang");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @EJB
    Open311 open311;

    @EJB
    ApiKeys keys;

    @Inject
    PublicAddress address;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servletRequest;

    @QueryParam("lang")
    String lang;

    @QueryParam("jurisdiction_id")
    String jurisdiction;

    /** A refused request: the answer is the standard's error document. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Response.Status status;
        final String key;

        Refusal(Response.Status status, String key) {
            super(key, null, false, false);
            this.status = status;
            this.key = key;
        }
    }

    // ---- discovery and services

    @GET
    @Path("discovery.{format: xml|json}")
    public Response discovery(@PathParam("format") String format) {
        Open311Text text = text(null);
        String changeset = w3c(open311.changeset());
        String contact = Optional.ofNullable(open311.contact()).orElse("");
        Open311Document.Fields endpoint = new Open311Document.Fields()
                .put("specification", SPECIFICATION)
                .put("url", base())
                .put("changeset", changeset)
                .put("type", "production")
                .put("formats", new Open311Document.Items("format", List.of("text/xml", "application/json")));
        Open311Document document = Open311Document.object("discovery", new Open311Document.Fields()
                .put("changeset", changeset)
                .put("contact", contact)
                .put("key_service", text.text("open311.discovery.keyService", contact))
                .put("endpoints", new Open311Document.Items("endpoint", List.of(endpoint))));
        return send(document, format, Response.Status.OK, CACHE);
    }

    @GET
    @Path("services.{format: xml|json}")
    public Response services(@PathParam("format") String format) {
        try {
            checkJurisdiction(jurisdiction);
            Open311Text text = text(null);
            List<Open311Document.Fields> services = new ArrayList<>();
            for (RequestCategory category : open311.services()) {
                services.add(new Open311Document.Fields()
                        .put("service_code", category.getCode())
                        .put("service_name", text.of(category.getName()))
                        .put("description", text.of(category.getDescription()))
                        // Every service has attributes: the consent of law 09-08 at least.
                        .put("metadata", true)
                        .put("type", "realtime")
                        .put("keywords", keywords(category))
                        .put("group", text.of(category.getDepartment().getName())));
            }
            return send(Open311Document.list("services", "service", services), format, Response.Status.OK, CACHE);
        } catch (Refusal refused) {
            return error(refused, format, text(null));
        }
    }

    @GET
    @Path("services/{code: [^/]+}.{format: xml|json}")
    public Response service(@PathParam("code") String code, @PathParam("format") String format) {
        Open311Text text = text(null);
        try {
            checkJurisdiction(jurisdiction);
            RequestCategory category = open311.service(code)
                    .orElseThrow(() -> new Refusal(Response.Status.NOT_FOUND, "open311.error.unknownService"));
            List<Open311Document.Fields> attributes = new ArrayList<>();
            if (category.isUrgent()) {
                // Information only (variable false): an urgent service is no emergency line.
                attributes.add(attribute(false, EMERGENCY, "text", false, "", 0,
                        text.text("open311.attribute.emergency", category.getEmergencyNumbers() == null ? "" : category.getEmergencyNumbers(),
                                category.getTargetValue()), null));
            }
            attributes.add(attribute(true, CONSENT, "singlevaluelist", true, text.text("open311.attribute.consent.type"), 1,
                    text.text("open311.attribute.consent"), List.of(value(CONSENT_YES, text.text("open311.attribute.consent.yes")))));
            List<Open311Document.Fields> districts = new ArrayList<>();
            for (District district : open311.districts()) {
                districts.add(value(String.valueOf(district.getId()), text.of(district.getName())));
            }
            if (!districts.isEmpty()) {
                attributes.add(attribute(true, DISTRICT, "singlevaluelist", false, text.text("open311.attribute.district.type"), 2,
                        text.text("open311.attribute.district"), districts));
            }
            Open311Document document = Open311Document.object("service_definition", new Open311Document.Fields()
                    .put("service_code", category.getCode())
                    .put("attributes", new Open311Document.Items("attribute", attributes)));
            return send(document, format, Response.Status.OK, CACHE);
        } catch (Refusal refused) {
            return error(refused, format, text);
        }
    }

    private static Open311Document.Fields attribute(boolean variable, String code, String datatype, boolean required,
                                                    String datatypeDescription, int order, String description,
                                                    List<Open311Document.Fields> values) {
        Open311Document.Fields attribute = new Open311Document.Fields()
                .put("variable", variable)
                .put("code", code)
                .put("datatype", datatype)
                .put("required", required)
                .put("datatype_description", datatypeDescription)
                .put("order", order)
                .put("description", description);
        if (values != null) {
            attribute.put("values", new Open311Document.Items("value", values));
        }
        return attribute;
    }

    private static Open311Document.Fields value(String key, String name) {
        return new Open311Document.Fields().put("key", key).put("name", name);
    }

    // ---- filing a report

    @POST
    @Path("requests.{format: xml|json}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("format") String format, MultivaluedMap<String, String> body) {
        // A servlet filter that asks for a parameter consumes a form body before JAX-RS reads it: the fields are
        // then in the servlet's parameters only.
        Map<String, List<String>> form = body == null || body.isEmpty() ? servletParameters() : body;
        Open311Text text = text(first(form, "lang"));
        try {
            // The key first: a client without one learns nothing else from its request.
            if (!keys.recognises(first(form, "api_key"))) {
                throw new Refusal(Response.Status.FORBIDDEN, "open311.error.apiKey");
            }
            checkJurisdiction(Optional.ofNullable(first(form, "jurisdiction_id")).orElse(jurisdiction));
            if (first(form, "media_url") != null) {
                throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.mediaUrl");
            }
            if (first(form, "address_id") != null) {
                throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.addressId");
            }
            String code = first(form, "service_code");
            if (code == null) {
                throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.serviceCodeRequired");
            }
            boolean consent = false;
            Long district = null;
            for (String field : form.keySet()) {
                Matcher attribute = ATTRIBUTE.matcher(field);
                if (attribute.matches()) {
                    String value = first(form, field);
                    switch (attribute.group(1)) {
                        case CONSENT -> {
                            if (value != null && !CONSENT_YES.equals(value)) {
                                throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.consentValue");
                            }
                            consent = value != null;
                        }
                        case DISTRICT -> district = value == null ? null : number(value, "open311.error.district");
                        default -> throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.attribute");
                    }
                } else if (!FIELDS.contains(field)) {
                    throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.field");
                }
            }
            if (!consent) {
                throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.consent");
            }
            Double latitude = coordinate(first(form, "lat"), 90, "open311.error.lat");
            Double longitude = coordinate(first(form, "long"), 180, "open311.error.long");
            if ((latitude == null) != (longitude == null)) {
                throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.pointIncomplete");
            }
            Open311.Filed filed = open311.submit(new Open311.Submission(first(form, "api_key"), code, text.language(),
                    first(form, "description"), latitude, longitude, first(form, "address_string"), district,
                    first(form, "first_name"), first(form, "last_name"), first(form, "email"), first(form, "phone"), true));
            Open311Document document = Open311Document.list("service_requests", "request", List.of(new Open311Document.Fields()
                    .put("service_request_id", filed.trackingCode())
                    .put("service_notice", text.text("open311.notice", filed.trackingCode(), local(filed.dueAt())))
                    .put("account_id", null)));
            return send(document, format, Response.Status.OK, "no-store");
        } catch (Refusal refused) {
            return error(refused, format, text);
        } catch (DomainRuleViolation refused) {
            Response.Status status = "open311.error.apiKey".equals(refused.messageKey()) ? Response.Status.FORBIDDEN
                    : Response.Status.BAD_REQUEST;
            return error(new Refusal(status, refused.messageKey()), format, text);
        }
    }

    private static Double coordinate(String value, double limit, String refusal) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || d < -limit || d > limit) {
                throw new Refusal(Response.Status.BAD_REQUEST, refusal);
            }
            return d;
        } catch (NumberFormatException notANumber) {
            throw new Refusal(Response.Status.BAD_REQUEST, refusal);
        }
    }

    private static Long number(String value, String refusal) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new Refusal(Response.Status.BAD_REQUEST, refusal);
        }
    }

    // ---- reading reports

    @GET
    @Path("requests.{format: xml|json}")
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCode, @QueryParam("start_date") String start,
                             @QueryParam("end_date") String end, @QueryParam("status") String status) {
        Open311Text text = text(null);
        try {
            checkJurisdiction(jurisdiction);
            Open311.Query query;
            List<String> wanted = ids == null ? List.of()
                    : Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
            if (!wanted.isEmpty()) {
                // The standard: service_request_id overrides every other filter.
                query = new Open311.Query(wanted, null, null, null, null, Open311.MAX_REQUESTS);
            } else {
                String code = blankToNull(serviceCode);
                if (code != null && open311.service(code).isEmpty()) {
                    throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.serviceCode");
                }
                DateWindow window;
                try {
                    window = DateWindow.of(start, end, Instant.now(), CommuneTime.ZONE);
                } catch (DateWindow.Refused refused) {
                    throw new Refusal(Response.Status.BAD_REQUEST, refused.messageKey());
                }
                query = new Open311.Query(List.of(), code, window.from(), window.to(), openness(status),
                        Open311.MAX_REQUESTS);
            }
            List<Open311Document.Fields> requests = open311.requests(query).stream().map(r -> request(r, text)).toList();
            return send(Open311Document.list("service_requests", "request", requests), format, Response.Status.OK,
                    "public, max-age=30");
        } catch (Refusal refused) {
            return error(refused, format, text);
        }
    }

    @GET
    @Path("requests/{id: [^/]+}.{format: xml|json}")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        Open311Text text = text(null);
        try {
            checkJurisdiction(jurisdiction);
            Open311.PublicRequest found = open311.request(id)
                    .orElseThrow(() -> new Refusal(Response.Status.NOT_FOUND, "open311.error.unknownRequest"));
            return send(Open311Document.list("service_requests", "request", List.of(request(found, text))), format,
                    Response.Status.OK, "public, max-age=30");
        } catch (Refusal refused) {
            return error(refused, format, text);
        }
    }

    /**
     * The standard's token resource. Reports are filed at once and answered with their id, so a client only
     * ever holds an id: a token is resolved as the id it is; anything else is not found.
     */
    @GET
    @Path("tokens/{token: [^/]+}.{format: xml|json}")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        Open311Text text = text(null);
        try {
            checkJurisdiction(jurisdiction);
            Open311.PublicRequest found = open311.request(token)
                    .orElseThrow(() -> new Refusal(Response.Status.NOT_FOUND, "open311.error.unknownToken"));
            Open311Document document = Open311Document.list("service_requests", "request", List.of(new Open311Document.Fields()
                    .put("service_request_id", found.id())
                    .put("token", token.strip())));
            return send(document, format, Response.Status.OK, "public, max-age=30");
        } catch (Refusal refused) {
            return error(refused, format, text);
        }
    }

    /** A report as the standard's request: nothing personal, the description only once reviewed. */
    private Open311Document.Fields request(Open311.PublicRequest r, Open311Text text) {
        return new Open311Document.Fields()
                .put("service_request_id", r.id())
                .put("status", r.status().open311())
                .put("status_notes", statusNotes(r, text))
                .put("service_name", text.of(r.serviceName()))
                .put("service_code", r.serviceCode())
                .putPresent("description", r.description())
                .put("agency_responsible", text.of(r.agency()))
                .put("requested_datetime", w3c(r.requested()))
                .put("updated_datetime", w3c(r.updated()))
                .put("expected_datetime", w3c(r.expected()))
                .putPresent("address", r.address())
                .putPresent("lat", r.latitude())
                .putPresent("long", r.longitude());
    }

    /** The detailed status (with its public reason) and the public answers, one per line. */
    static String statusNotes(Open311.PublicRequest r, Open311Text text) {
        StringBuilder notes = new StringBuilder(text.text("open311.status." + r.status().name()));
        if (r.statusReason() != null) {
            notes.append(text.text("open311.status.reason", r.statusReason()));
        }
        for (String answer : r.answers()) {
            notes.append('\n').append(answer);
        }
        return notes.toString();
    }

    private static Boolean openness(String status) {
        String s = blankToNull(status);
        if (s == null) {
            return null;
        }
        Set<String> asked = Set.copyOf(Arrays.stream(s.toLowerCase(Locale.ROOT).split(",")).map(String::strip).toList());
        if (!Set.of("open", "closed").containsAll(asked)) {
            throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.status");
        }
        return asked.size() == 2 ? null : asked.contains("open");
    }

    // ---- plumbing

    private void checkJurisdiction(String asked) {
        String id = blankToNull(asked);
        if (id != null && !id.equalsIgnoreCase(open311.jurisdiction())) {
            throw new Refusal(Response.Status.BAD_REQUEST, "open311.error.jurisdiction");
        }
    }

    private Open311Text text(String formLanguage) {
        String asked = lang != null ? lang : formLanguage;
        return new Open311Text(Language.resolve(asked, null, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The endpoint's address on the configured public address (discovery is publicly cached). */
    private String base() {
        return address.of("/api/" + PATH);
    }

    private static String keywords(RequestCategory category) {
        String words = category.getCode().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + category.getIcon();
        return category.isUrgent() ? words + ", urgent" : words;
    }

    /** A W3C datetime in the commune's zone, with its offset. */
    static String w3c(Instant instant) {
        return instant == null ? null : W3C.format(OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), CommuneTime.ZONE));
    }

    private static String local(Instant instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(instant.atZone(CommuneTime.ZONE));
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form == null ? null : form.get(field);
        return values == null || values.isEmpty() ? null : blankToNull(values.get(0));
    }

    private Map<String, List<String>> servletParameters() {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        servletRequest.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    private static Response send(Open311Document document, String format, Response.Status status, String cache) {
        boolean json = "json".equals(format);
        return Response.status(status).type(json ? JSON : XML).header("Cache-Control", cache)
                .entity(json ? document.json() : document.xml()).build();
    }

    private static Response error(Refusal refused, String format, Open311Text text) {
        Open311Document errors = Open311Document.list("errors", "error", List.of(new Open311Document.Fields()
                .put("code", refused.status.getStatusCode())
                .put("description", text.text(refused.key))));
        return send(errors, format, refused.status, "no-store");
    }
}
