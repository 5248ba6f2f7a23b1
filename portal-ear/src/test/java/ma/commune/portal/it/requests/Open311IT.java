package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.requests.boundary.ApiKeys;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.Open311;
import ma.commune.portal.requests.entity.ApiKey;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.shared.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Open311 GeoReport v2 on the real server and database, over HTTP as a client application speaks it:
 * discovery, services and their definitions, filing reports with a key issued in the back office (and
 * without one, with a revoked one, with bad fields: refused, nothing saved), reading them back with every
 * filter, each answer parsed as XML (DOM, XPath) and as JSON and checked field by field, and no answer ever
 * holding the requester's name, email or phone.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Open311IT {

    private static final String API = "/api/open311/v2/";
    private static final String FIRST_NAME = "Zineb";
    private static final String LAST_NAME = "Oulad-Testaoui";
    private static final String EMAIL = "zineb.open311.it@example.ma";
    private static final String PHONE = "+212 661 23 45 67";
    private static final String PHONE_DIGITS = "661234567";

    /** Every body the API answered, to prove at the end that none holds personal data. */
    private static final List<String> ANSWERS = new ArrayList<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(Open311IT.class, Cases.class);
    }

    /** Counts the cases in the database: "nothing saved" is checked there, not through the API under test. */
    @Stateless
    @PermitAll
    public static class Cases {
        @PersistenceContext(unitName = "portal")
        EntityManager em;

        public long count() {
            return em.createQuery("select count(c) from CitizenCase c", Long.class).getSingleResult();
        }
    }

    @EJB
    Cases cases;

    @EJB
    ApiKeys keys;

    @EJB
    Open311 open311;

    @EJB
    CaseEngine engine;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsAdmin asAdmin;

    private final Browserless browser = new Browserless();

    // ---- discovery and services

    @Test
    @Order(1)
    void discoveryNamesTheEndpointAndItsFormats() throws Exception {
        Document xml = xml(get("discovery.xml"), 200);
        assertEquals("discovery", xml.getDocumentElement().getTagName());
        assertEquals("http://wiki.open311.org/GeoReport_v2", text(xml, "/discovery/endpoints/endpoint/specification"));
        assertTrue(text(xml, "/discovery/endpoints/endpoint/url").endsWith("/api/open311/v2"), text(xml, "/discovery/endpoints/endpoint/url"));
        assertEquals("production", text(xml, "/discovery/endpoints/endpoint/type"));
        assertEquals(List.of("text/xml", "application/json"), texts(xml, "/discovery/endpoints/endpoint/formats/format"));
        OffsetDateTime.parse(text(xml, "/discovery/changeset"));

        JsonObject json = json(get("discovery.json"), 200).asJsonObject();
        JsonObject endpoint = json.getJsonArray("endpoints").getJsonObject(0);
        assertEquals(text(xml, "/discovery/endpoints/endpoint/url"), endpoint.getString("url"));
        assertEquals(List.of("text/xml", "application/json"), endpoint.getJsonArray("formats").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).toList());
        assertEquals(text(xml, "/discovery/changeset"), json.getString("changeset"));
        assertFalse(json.getString("key_service").isBlank());
    }

    @Test
    @Order(2)
    void theActiveAlloCitizenCategoriesAreTheServicesInTheAskedLanguage() throws Exception {
        List<RequestCategory> categories = open311.services();
        assertEquals(11, categories.size(), "the eleven Allo Citizen categories of the seed");
        RequestCategory lighting = categories.stream().filter(c -> c.getCode().equals("LIGHTING")).findFirst().orElseThrow();

        Document ar = xml(get("services.xml"), 200);
        assertEquals("services", ar.getDocumentElement().getTagName());
        assertEquals(11, nodes(ar, "/services/service").getLength());
        assertEquals(lighting.getName().getAr(), text(ar, "/services/service[service_code='LIGHTING']/service_name"), "Arabic by default");

        Document fr = xml(get("services.xml?lang=fr"), 200);
        Map<String, String> service = fields(nodes(fr, "/services/service[service_code='LIGHTING']").item(0));
        assertEquals("Électricité et éclairage public", service.get("service_name"));
        assertEquals(lighting.getDescription().getFr(), service.get("description"));
        assertEquals(lighting.getDepartment().getName().getFr(), service.get("group"));
        assertEquals("true", service.get("metadata"));
        assertEquals("realtime", service.get("type"));
        assertTrue(service.get("keywords").contains("lighting"), service.get("keywords"));
        assertEquals(Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group"), service.keySet());

        // Accept-Language chooses too; the JSON says the same as the XML, field by field.
        JsonArray json = json(get("services.json", "Accept-Language", "fr-MA,fr;q=0.9"), 200).asJsonArray();
        assertEquals(11, json.size());
        JsonObject lightingJson = json.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("service_code").equals("LIGHTING")).findFirst().orElseThrow();
        assertEquals(service, flat(lightingJson));
        assertEquals(JsonValue.TRUE, lightingJson.get("metadata"), "a JSON boolean");

        // The commune's jurisdiction is accepted, another is refused in the standard's format.
        assertEquals(200, get("services.xml?jurisdiction_id=" + open311.jurisdiction()).statusCode());
        assertError(get("services.xml?jurisdiction_id=somewhere.else"), 400);
    }

    @Test
    @Order(3)
    void aServiceDefinitionListsWhatPostAccepts() throws Exception {
        Document ambulance = xml(get("services/AMBULANCE.xml?lang=fr"), 200);
        assertEquals("service_definition", ambulance.getDocumentElement().getTagName());
        assertEquals("AMBULANCE", text(ambulance, "/service_definition/service_code"));
        Map<String, String> emergency = fields(nodes(ambulance, "//attribute[code='emergency']").item(0));
        assertEquals("false", emergency.get("variable"), "information only");
        assertTrue(emergency.get("description").contains("15 · 141 · 150"), emergency.get("description"));
        Map<String, String> consent = fields(nodes(ambulance, "//attribute[code='consent']").item(0));
        assertEquals("true", consent.get("variable"));
        assertEquals("true", consent.get("required"));
        assertEquals("singlevaluelist", consent.get("datatype"));
        assertEquals(List.of("yes"), texts(ambulance, "//attribute[code='consent']/values/value/key"));
        int districts = open311.districts().size();
        assertEquals(districts, nodes(ambulance, "//attribute[code='district']/values/value").getLength());

        JsonObject lighting = json(get("services/LIGHTING.json"), 200).asJsonObject();
        assertEquals("LIGHTING", lighting.getString("service_code"));
        List<String> codes = lighting.getJsonArray("attributes").stream().map(a -> a.asJsonObject().getString("code")).toList();
        assertFalse(codes.contains("emergency"), "a service that is not urgent has no emergency notice");
        assertTrue(codes.contains("consent"));
        JsonObject consentJson = lighting.getJsonArray("attributes").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("code").equals("consent")).findFirst().orElseThrow();
        assertEquals(JsonValue.TRUE, consentJson.get("required"));
        assertEquals("yes", consentJson.getJsonArray("values").getJsonObject(0).getString("key"));

        assertError(get("services/NO_SUCH_SERVICE.xml"), 404);
        assertError(get("services/NO_SUCH_SERVICE.json"), 404);
    }

    // ---- writing

    @Test
    @Order(4)
    void aKeyIssuedInTheBackOfficeFilesAReportRoutedToItsDepartmentAndNamingItsClient() throws Exception {
        ApiKey.Issued issued = asAdmin.call(() -> keys.issue("IT client app"));
        String key = issued.key();
        assertFalse(issued.record().getClientName().isBlank());

        HttpResponse<String> posted = post("requests.xml", report(key, "LIGHTING", "Lampadaire éteint devant l'école"));
        Document xml = xml(posted, 200);
        assertEquals("service_requests", xml.getDocumentElement().getTagName());
        String id = text(xml, "/service_requests/request/service_request_id");
        assertTrue(TrackingCode.normalise(open311.jurisdiction(), id).isPresent(), id);
        assertTrue(text(xml, "/service_requests/request/service_notice").contains(id));
        assertEquals(1, nodes(xml, "/service_requests/request/account_id").getLength());
        assertEquals("", text(xml, "/service_requests/request/account_id"), "no account: empty");

        CitizenCase filed = asAdmin.call(() -> engine.caseFile(id));
        assertEquals(CaseChannel.API, filed.getChannel());
        assertEquals(CaseKind.REPORT, filed.getKind());
        assertEquals("LIGHTING", filed.getCategory().getCode());
        RequestCategory lighting = open311.service("LIGHTING").orElseThrow();
        assertEquals(lighting.getDepartment().getCode(), filed.getDepartment().getCode(), "routed to the category's department");
        assertEquals(EMAIL, filed.getRequester().email());
        assertEquals(FIRST_NAME + " " + LAST_NAME, filed.getRequester().name());
        assertEquals(32.2359, filed.getLocation().latitude());
        assertTrue(filed.getEvents().stream().anyMatch(e -> e.getType() == CaseEvent.Type.INTERNAL_NOTE && !e.isPublic()
                && e.getText().equals(Open311.FILED_THROUGH + "IT client app")), "staff see which application filed it");

        // JSON too: an array of one request.
        JsonArray json = json(post("requests.json", report(key, "CLEANLINESS", "Conteneur renversé")), 200).asJsonArray();
        assertEquals(1, json.size());
        String second = json.getJsonObject(0).getString("service_request_id");
        assertNotEquals(id, second);
        assertEquals(JsonValue.NULL, json.getJsonObject(0).get("account_id"));
        assertEquals("CLEANLINESS", asAdmin.call(() -> engine.caseFile(second)).getCategory().getCode());

        // The back office sees the key used; the audit names the client, never the key nor its hash.
        ApiKey listed = asAdmin.call(() -> keys.list(0, 100)).stream().filter(k -> k.getId().equals(issued.record().getId()))
                .findFirst().orElseThrow();
        assertNotNull(listed.getLastUsedAt());
        List<AuditEntry> entries = asAdmin.call(() -> audit.search(new PageRequest(0, 100, Map.of("entityType", "ApiKey"), null, false)));
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("issue") && e.getAfter().contains("IT client app")));
        for (AuditEntry entry : asAdmin.call(() -> audit.search(new PageRequest(0, 500, Map.of(), null, false)))) {
            String all = entry.getBefore() + " " + entry.getAfter();
            assertFalse(all.contains(key) || all.contains(ApiKey.hash(key)), "the key in the audit: " + entry.getAction());
        }
    }

    @Test
    @Order(5)
    void withoutAValidKeyOrWithBadFieldsNothingIsSaved() throws Exception {
        ApiKey.Issued revoked = asAdmin.call(() -> keys.issue("Revoked app"));
        asAdmin.call(() -> {
            keys.revoke(revoked.record().getId());
            return null;
        });
        ApiKey.Issued valid = asAdmin.call(() -> keys.issue("Careless app"));
        long before = cases.count();

        Map<String, String> noKey = report(valid.key(), "LIGHTING", "Sans clé");
        noKey.remove("api_key");
        assertError(post("requests.xml", noKey), 403);
        assertError(post("requests.xml", report("not-a-key", "LIGHTING", "Mauvaise clé")), 403);
        assertError(post("requests.xml", report(revoked.key(), "LIGHTING", "Clé révoquée")), 403);
        JsonArray forbidden = json(post("requests.json", report(revoked.key(), "LIGHTING", "Clé révoquée")), 403).asJsonArray();
        assertEquals(403, forbidden.getJsonObject(0).getInt("code"));
        assertFalse(forbidden.getJsonObject(0).getString("description").isBlank());

        String key = valid.key();
        Map<String, Map<String, String>> bad = new LinkedHashMap<>();
        bad.put("no service_code", without(report(key, "LIGHTING", "x"), "service_code"));
        bad.put("unknown service_code", report(key, "NO_SUCH_SERVICE", "x"));
        bad.put("bad email", with(report(key, "LIGHTING", "x"), "email", "zineb@@example"));
        bad.put("latitude out of range", with(report(key, "LIGHTING", "x"), "lat", "95"));
        bad.put("longitude not a number", with(report(key, "LIGHTING", "x"), "long", "west"));
        bad.put("half a point", without(without(report(key, "LIGHTING", "x"), "long"), "address_string"));
        bad.put("no location", without(without(without(report(key, "LIGHTING", "x"), "lat"), "long"), "address_string"));
        bad.put("no consent", without(report(key, "LIGHTING", "x"), "attribute[consent]"));
        bad.put("media_url", with(report(key, "LIGHTING", "x"), "media_url", "https://example.org/photo.jpg"));
        bad.put("unknown attribute", with(report(key, "LIGHTING", "x"), "attribute[colour]", "red"));
        bad.put("no description", without(report(key, "LIGHTING", "x"), "description"));
        bad.put("no contact", without(without(report(key, "LIGHTING", "x"), "email"), "phone"));
        bad.put("another jurisdiction", with(report(key, "LIGHTING", "x"), "jurisdiction_id", "elsewhere"));
        for (Map.Entry<String, Map<String, String>> attempt : bad.entrySet()) {
            Document error = xml(post("requests.xml", attempt.getValue()), 400);
            assertEquals("400", text(error, "/errors/error/code"), attempt.getKey());
            assertFalse(text(error, "/errors/error/description").isBlank(), attempt.getKey());
        }
        // The description is in the request's language; a rule of the case engine speaks through the API too.
        assertEquals("Adresse électronique invalide.",
                text(xml(post("requests.xml?lang=fr", bad.get("bad email")), 400), "/errors/error/description"));
        assertEquals("Décrivez votre demande.",
                text(xml(post("requests.xml?lang=fr", bad.get("no description")), 400), "/errors/error/description"));
        assertEquals("Indiquez une adresse électronique ou un numéro de téléphone pour être informé de la suite.",
                json(post("requests.json", with(bad.get("no contact"), "lang", "fr")), 400).asJsonArray().getJsonObject(0)
                        .getString("description"));
        assertEquals(before, cases.count(), "nothing saved");
    }

    // ---- reading

    @Test
    @Order(6)
    void requestsAreReadBackWithEveryFilterAndNothingPersonal() throws Exception {
        String key = asAdmin.call(() -> keys.issue("Reader app")).key();
        Instant start = Instant.now().minusSeconds(5);
        String answered = id(post("requests.xml", report(key, "LIGHTING", "Trois lampadaires éteints rue 5")));
        String rejected = id(post("requests.xml", report(key, "LIGHTING", "Demande hors sujet")));
        String fresh = id(post("requests.xml", report(key, "CLEANLINESS", "Dépôt sauvage derrière le marché")));
        asAdmin.call(() -> {
            engine.reviewDescription(answered);
            engine.move(answered, CaseStatus.ACKNOWLEDGED, null);
            engine.answer(answered, "Les lampadaires seront remplacés cette semaine.");
            engine.move(rejected, CaseStatus.REJECTED, "Hors des compétences de la commune");
            return null;
        });
        CitizenCase answeredCase = asAdmin.call(() -> engine.caseFile(answered));

        // One request, XML and JSON, field by field.
        Document xml = xml(get("requests/" + answered + ".xml?lang=fr"), 200);
        assertEquals("service_requests", xml.getDocumentElement().getTagName());
        assertEquals(1, nodes(xml, "/service_requests/request").getLength());
        Map<String, String> fields = fields(nodes(xml, "/service_requests/request").item(0));
        assertEquals(answered, fields.get("service_request_id"));
        assertEquals("open", fields.get("status"));
        assertTrue(fields.get("status_notes").startsWith("Prise en compte"), fields.get("status_notes"));
        assertTrue(fields.get("status_notes").contains("Les lampadaires seront remplacés cette semaine."), fields.get("status_notes"));
        assertEquals("Électricité et éclairage public", fields.get("service_name"));
        assertEquals("LIGHTING", fields.get("service_code"));
        assertEquals("Trois lampadaires éteints rue 5", fields.get("description"), "reviewed: public");
        assertEquals(answeredCase.getDepartment().getName().getFr(), fields.get("agency_responsible"));
        assertEquals(answeredCase.getReceivedAt().truncatedTo(ChronoUnit.SECONDS), OffsetDateTime.parse(fields.get("requested_datetime")).toInstant());
        assertEquals(answeredCase.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS), OffsetDateTime.parse(fields.get("updated_datetime")).toInstant());
        assertEquals(answeredCase.getDueAt().truncatedTo(ChronoUnit.SECONDS), OffsetDateTime.parse(fields.get("expected_datetime")).toInstant());
        assertTrue(fields.get("requested_datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"), "W3C with offset");
        assertEquals("Avenue Hassan II, Ben Guerir", fields.get("address"));
        assertEquals(32.2359, Double.parseDouble(fields.get("lat")));
        assertEquals(-7.9538, Double.parseDouble(fields.get("long")));
        assertFalse(fields.containsKey("media_url"));
        assertEquals(Set.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "requested_datetime", "updated_datetime", "expected_datetime", "address", "lat", "long"),
                fields.keySet());
        JsonObject json = json(get("requests/" + answered + ".json?lang=fr"), 200).asJsonArray().getJsonObject(0);
        assertEquals(fields, flat(json), "the JSON says what the XML says");
        assertEquals(JsonValue.ValueType.NUMBER, json.get("lat").getValueType());

        // Not reviewed: no description at all; rejected: closed, with its reason.
        Map<String, String> unreviewed = flat(json(get("requests/" + fresh + ".json"), 200).asJsonArray().getJsonObject(0));
        assertFalse(unreviewed.containsKey("description"), "a description nobody reviewed stays private");
        Map<String, String> closed = fields(nodes(xml(get("requests/" + rejected + ".xml?lang=fr"), 200), "/service_requests/request").item(0));
        assertEquals("closed", closed.get("status"));
        assertEquals("Rejetée : Hors des compétences de la commune", closed.get("status_notes"));

        // The filters.
        assertEquals(Set.of(answered, rejected), ids(get("requests.xml?service_request_id=" + answered + "," + rejected.toLowerCase())));
        Set<String> cleanliness = ids(get("requests.xml?service_code=CLEANLINESS"));
        assertTrue(cleanliness.contains(fresh) && !cleanliness.contains(answered), cleanliness.toString());
        Set<String> closedOnes = ids(get("requests.xml?status=closed"));
        assertTrue(closedOnes.contains(rejected) && !closedOnes.contains(answered) && !closedOnes.contains(fresh));
        Set<String> openOnes = ids(get("requests.json?status=open"));
        assertTrue(openOnes.containsAll(Set.of(answered, fresh)) && !openOnes.contains(rejected));
        assertTrue(ids(get("requests.xml?status=open,closed")).containsAll(Set.of(answered, rejected, fresh)));
        Set<String> window = ids(get("requests.xml?start_date=" + enc(start) + "&end_date=" + enc(Instant.now().plusSeconds(60))));
        assertTrue(window.containsAll(Set.of(answered, rejected, fresh)), window.toString());
        Set<String> later = ids(get("requests.xml?start_date=" + enc(Instant.now().plus(Duration.ofHours(1)))));
        assertTrue(later.isEmpty(), later.toString());
        Set<String> earlier = ids(get("requests.json?end_date=" + enc(start.minus(Duration.ofHours(1)))));
        assertFalse(earlier.contains(answered));
        assertTrue(ids(get("requests.xml")).containsAll(Set.of(answered, rejected, fresh)), "the last 90 days by default");
        assertError(get("requests.xml?status=pending"), 400);
        assertError(get("requests.xml?service_code=NO_SUCH_SERVICE"), 400);
        assertError(get("requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-12-01T00:00:00Z"), 400);
        assertError(get("requests.json?start_date=yesterday"), 400);

        // An unknown id looks exactly like a malformed one.
        String unknown = TrackingCode.generate(open311.jurisdiction());
        HttpResponse<String> notFound = get("requests/" + unknown + ".xml");
        HttpResponse<String> malformed = get("requests/nope.xml");
        assertError(notFound, 404);
        assertEquals(notFound.body(), malformed.body());
        assertEquals(json(get("requests/" + unknown + ".json"), 404).toString(), json(get("requests/nope.json"), 404).toString());
        assertTrue(ids(get("requests.xml?service_request_id=" + unknown)).isEmpty());

        // Tokens: we answer with ids at once, so a token is the id it is.
        Document token = xml(get("tokens/" + answered + ".xml"), 200);
        assertEquals(answered, text(token, "/service_requests/request/service_request_id"));
        assertEquals(answered, text(token, "/service_requests/request/token"));
        assertEquals(answered, json(get("tokens/" + answered + ".json"), 200).asJsonArray().getJsonObject(0).getString("service_request_id"));
        assertError(get("tokens/" + unknown + ".xml"), 404);
    }

    @Test
    @Order(7)
    void noAnswerEverHeldTheRequestersNameEmailOrPhone() throws Exception {
        // And the list of every report, in both formats and languages, for good measure.
        get("requests.xml");
        get("requests.json?lang=fr");
        assertTrue(ANSWERS.size() > 40, "the answers of the tests above: " + ANSWERS.size());
        for (String body : ANSWERS) {
            String compact = body.replace(" ", "");
            assertFalse(body.contains(FIRST_NAME) || body.contains(LAST_NAME), body);
            assertFalse(body.contains(EMAIL) || body.contains("zineb@@example"), body);
            assertFalse(compact.contains(PHONE_DIGITS), body);
        }
    }

    @Test
    @Order(8)
    void anAdministratorIssuesAWorkingKeyOnThePageAndAnEditorCannotOpenIt() throws Exception {
        Browserless admin = new Browserless();
        assertEquals(302, admin.login("admin", System.getProperty("it.adminPassword", "It-admin-password-1")).statusCode());
        HttpResponse<String> page = admin.get("/admin/requests/api-keys");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"nav-api-keys\""), "the menu entry");
        assertTrue(page.body().contains("IT client app"), "the keys issued above are listed");
        assertFalse(page.body().contains("???"), "every text has its key");

        // Issue through the page, as PrimeFaces' Ajax request does; the key is in the answer, once.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "keys:issue");
        form.put("jakarta.faces.partial.execute", "keys");
        form.put("jakarta.faces.partial.render", "keys");
        form.put("keys:issue", "keys:issue");
        form.put("keys", "keys");
        form.put("keys:client", "Page-issued app");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
        form.put("primefaces.nonce", Browserless.hidden(page.body(), "primefaces.nonce"));
        HttpResponse<String> issued = admin.post("/admin/requests/api-keys", form);
        assertEquals(200, issued.statusCode());
        assertTrue(issued.body().contains("<partial-response") && !issued.body().contains("<error>"), issued.body());
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*id=\"keys:issuedKey\"[^>]*>").matcher(issued.body());
        assertTrue(input.find(), issued.body());
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([A-Za-z0-9_-]{43})\"").matcher(input.group());
        assertTrue(value.find(), input.group());
        String key = value.group(1);
        assertFalse(admin.get("/admin/requests/api-keys").body().contains(key), "shown once: not on the next visit");
        assertEquals(200, post("requests.xml", report(key, "LIGHTING", "Signalé par une application")).statusCode());

        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", "BenGuerir-demo-2026").statusCode());
        assertEquals(403, editor.get("/admin/requests/api-keys").statusCode());
        assertFalse(editor.get("/admin/").body().contains("id=\"nav-api-keys\""), "no menu entry for an editor");
    }

    // ---- what is never public (issue 12, finding 5)

    @Test
    @Order(9)
    void theResidentsAddressWaitsForReviewAndSensitiveRequestsAreNeverPublic() throws Exception {
        String key = asAdmin.call(() -> keys.issue("Privacy app")).key();
        String address = "Derb Lalla Zohra, porte bleue en face de chez Haddou";

        // The free text of the address is the resident's own words: public only once an agent reviewed them.
        String report = id(post("requests.xml", with(report(key, "LIGHTING", "Poteau penché"), "address_string", address)));
        for (HttpResponse<String> answer : List.of(get("requests/" + report + ".xml"), get("requests/" + report + ".json"),
                get("requests.xml?service_request_id=" + report), get("requests.json?service_code=LIGHTING"))) {
            assertEquals(200, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains("Derb Lalla Zohra"), "an address nobody reviewed: " + answer.body());
        }
        Map<String, String> unreviewed = flat(json(get("requests/" + report + ".json"), 200).asJsonArray().getJsonObject(0));
        assertFalse(unreviewed.containsKey("address") || unreviewed.containsKey("description"), unreviewed.toString());
        assertEquals(32.2359, Double.parseDouble(unreviewed.get("lat")), "the point on the map stays");
        asAdmin.call(() -> {
            engine.reviewDescription(report);
            return null;
        });
        Map<String, String> reviewed = fields(nodes(xml(get("requests/" + report + ".xml"), 200), "/service_requests/request").item(0));
        assertEquals(address, reviewed.get("address"), "reviewed: public, with the description");
        assertEquals("Poteau penché", reviewed.get("description"));

        // The sensitive categories are data: the three of the seed, nothing else.
        assertEquals(Set.of("AMBULANCE", "DECEASED_TRANSPORT", "DIALYSIS_TRANSPORT"),
                open311.services().stream().filter(RequestCategory::isSensitive).map(RequestCategory::getCode).collect(Collectors.toSet()));

        // An ambulance, a hearse, a dialysis transport: the application that filed it gets its id, and
        // nothing about it is public, reviewed and answered or not; its code answers as an unknown one.
        String unknown = TrackingCode.generate(open311.jurisdiction());
        Map<String, String> sensitive = new LinkedHashMap<>();
        for (String service : List.of("AMBULANCE", "DECEASED_TRANSPORT", "DIALYSIS_TRANSPORT")) {
            sensitive.put(service, id(post("requests.xml", with(report(key, service, "Mon père, rue 7, diabétique"), "address_string", address))));
        }
        String ambulance = sensitive.get("AMBULANCE");
        asAdmin.call(() -> {
            engine.reviewDescription(ambulance);
            engine.answer(ambulance, "L'ambulance arrive dans vingt minutes.");
            return null;
        });
        for (Map.Entry<String, String> filed : sensitive.entrySet()) {
            String id = filed.getValue();
            assertEquals(get("requests/" + unknown + ".xml").body(), get("requests/" + id + ".xml").body(), filed.getKey());
            assertEquals(get("requests/" + unknown + ".json").body(), get("requests/" + id + ".json").body(), filed.getKey());
            assertEquals(get("tokens/" + unknown + ".xml").body(), get("tokens/" + id + ".xml").body(), filed.getKey());
            assertTrue(ids(get("requests.xml?service_request_id=" + id)).isEmpty(), filed.getKey());
            assertTrue(ids(get("requests.json?service_code=" + filed.getKey())).isEmpty(), filed.getKey());
            for (String list : List.of("requests.xml", "requests.json?status=open", "requests.xml?lang=fr")) {
                assertFalse(get(list).body().contains(id), list + " lists " + filed.getKey());
            }
            for (String feed : List.of("/feeds/news.atom", "/feeds/tenders.atom", "/api/opendata")) {
                assertFalse(browser.get(feed).body().contains(id), feed);
            }
        }
        // The resident holding the code still follows their case, and nothing more: not their words, not the address.
        HttpResponse<String> track = browser.get("/track?code=" + URLEncoder.encode(ambulance, StandardCharsets.UTF_8) + "&lang=fr");
        assertEquals(200, track.statusCode());
        assertTrue(track.body().contains("L'ambulance arrive dans vingt minutes.") || track.body().contains("L&#39;ambulance arrive"),
                "the answer to the resident");
        assertFalse(track.body().contains("diabétique") || track.body().contains("Derb Lalla Zohra"), track.body());
    }

    // ---- helpers

    private static Map<String, String> report(String key, String service, String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key);
        form.put("service_code", service);
        form.put("lat", "32.2359");
        form.put("long", "-7.9538");
        form.put("address_string", "Avenue Hassan II, Ben Guerir");
        form.put("description", description);
        form.put("first_name", FIRST_NAME);
        form.put("last_name", LAST_NAME);
        form.put("email", EMAIL);
        form.put("phone", PHONE);
        form.put("attribute[consent]", "yes");
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> form, String field) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.remove(field);
        return copy;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpResponse<String> response = browser.get(API + path, headers);
        ANSWERS.add(response.body());
        return response;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        HttpResponse<String> response = browser.post(API + path, form);
        ANSWERS.add(response.body());
        return response;
    }

    private static String enc(Instant instant) {
        return URLEncoder.encode(instant.truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8);
    }

    private static String id(HttpResponse<String> posted) throws Exception {
        return text(xml(posted, 200), "/service_requests/request/service_request_id");
    }

    private static Set<String> ids(HttpResponse<String> response) throws Exception {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return json(response, 200).asJsonArray().stream().map(r -> r.asJsonObject().getString("service_request_id"))
                    .collect(Collectors.toSet());
        }
        return Set.copyOf(texts(xml(response, 200), "/service_requests/request/service_request_id"));
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            JsonObject error = json(response, status).asJsonArray().getJsonObject(0);
            assertEquals(status, error.getInt("code"));
            assertFalse(error.getString("description").isBlank());
            return;
        }
        Document error = xml(response, status);
        assertEquals("errors", error.getDocumentElement().getTagName());
        assertEquals(String.valueOf(status), text(error, "/errors/error/code"));
        assertFalse(text(error, "/errors/error/description").isBlank());
    }

    private static Document xml(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "").startsWith("text/xml;charset=utf-8"),
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), response.body());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonStructure json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private static NodeList nodes(Document document, String path) throws Exception {
        return (NodeList) XPATH.evaluate(path, document, XPathConstants.NODESET);
    }

    private static String text(Document document, String path) throws Exception {
        NodeList found = nodes(document, path);
        assertEquals(1, found.getLength(), path);
        return found.item(0).getTextContent();
    }

    private static List<String> texts(Document document, String path) throws Exception {
        NodeList found = nodes(document, path);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    /** An element's child elements as name → text (scalars only). */
    private static Map<String, String> fields(Node element) {
        assertNotNull(element);
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                assertNull(fields.put(child.getTagName(), child.getTextContent()), "one " + child.getTagName());
            }
        }
        return fields;
    }

    /** A JSON object's scalar fields as name → text, to compare with the XML. */
    private static Map<String, String> flat(JsonObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        object.forEach((name, value) -> fields.put(name, switch (value.getValueType()) {
            case STRING -> object.getString(name);
            case NULL -> "";
            case NUMBER -> new java.math.BigDecimal(value.toString()).toPlainString();
            default -> value.toString();
        }));
        return fields;
    }
}
