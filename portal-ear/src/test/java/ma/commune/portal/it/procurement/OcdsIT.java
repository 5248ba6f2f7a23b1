package ma.commune.portal.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Imports;
import ma.commune.portal.imports.demo.DemoImports;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.DemoRun;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.ImportRuns;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.CommuneTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OCDS 1.1 on the real server and database: the five exports of a small fiscal year (2031, so that no
 * other test's data meets it) are imported through the import jobs — a call for tenders awarded, with its
 * contract, two commitments on its contract number and payments (paid, only ordered, rejected); a call
 * that failed without award; a purchase order awarded to a supplier without an ICE — and the API is then
 * read over HTTP as a harvester reads it, every answer validated against the official OCDS 1.1 schemas
 * (local files only: {@link OcdsSchemas}) and checked field by field. The schema code stays on the client
 * side: no method of this class names it in its signature, so the class loads in the server without it (nor does a lambda capture it: its synthetic method would).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("integration")
class OcdsIT {

    static final String PREFIX = "ocds-bgcommune-";
    static final String AWARDED = PREFIX + "AO_91-2031-CBG";
    static final String UNSUCCESSFUL = PREFIX + "AO_92-2031-CBG";
    static final String PURCHASE_ORDER = PREFIX + "BC_93-2031";
    static final String ICE = "001234567000091";
    /** The supplier without an ICE: this name must appear nowhere in what the API publishes. */
    static final String NATURAL_PERSON = "Karim Ouazzani";

    static final String CREDITS = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
            + "2031;INVESTISSEMENT;20.10.10.01;Voirie;الطرق;5 000 000,00\n"
            + "2031;FONCTIONNEMENT;10.20.30.11;Fournitures;اللوازم;500 000,00\n"
            + "#TOTAL;2;5 500 000,00\n";
    static final String TENDERS = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;"
            + "date_limite;date_ouverture_plis;lieu_ouverture;statut\n"
            + "AO 91/2031/CBG;Réfection de la voirie du quartier Al Massira;تهيئة طرق حي المسيرة;TRAVAUX;AOO;1 200 000,00;12 000,00;"
            + "05/01/2031;05/02/2031 10:00;05/02/2031 11:00;Salle des réunions de la commune;ATTRIBUE\n"
            + "AO 92/2031/CBG;Entretien des espaces verts;صيانة المساحات الخضراء;SERVICES;AOR;300 000,00;;06/01/2031;06/02/2031 10:00;;;INFRUCTUEUX\n"
            + "BC 93/2031;Fourniture de chaises pour la bibliothèque;;FOURNITURES;BC;45 000,00;;07/01/2031;14/01/2031 12:00;;;ATTRIBUE\n"
            + "#TOTAL;3;1 545 000,00\n";
    static final String AWARDS = "reference_ao;numero_marche;attributaire;ice;montant_ttc;date_approbation;delai_execution_jours\n"
            + "AO 91/2031/CBG;91/2031/CBG;Société Atlas Travaux SARL;" + ICE + ";1 150 000,00;01/03/2031;180\n"
            + "BC 93/2031;BC 93/2031;" + NATURAL_PERSON + ";;45 000,00;20/01/2031;\n"
            + "#TOTAL;2;1 195 000,00\n";
    static final String COMMITMENTS = "exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut\n"
            + "2031;E-9101;05/03/2031;20.10.10.01;Voirie Al Massira, tranche 1;Société Atlas Travaux SARL;" + ICE + ";91/2031/CBG;600 000,00;VISE\n"
            + "2031;E-9102;05/06/2031;20.10.10.01;Voirie Al Massira, tranche 2;Société Atlas Travaux SARL;" + ICE + ";91/2031/CBG;550 000,00;VISE\n"
            + "2031;E-9103;21/01/2031;10.20.30.11;Chaises de la bibliothèque;" + NATURAL_PERSON + ";;BC 93/2031;45 000,00;VISE\n"
            + "2031;E-9104;06/06/2031;20.10.10.01;Voirie Al Massira, avenant annulé;Société Atlas Travaux SARL;" + ICE + ";91/2031/CBG;100 000,00;ANNULE\n"
            + "#TOTAL;4;1 295 000,00\n";
    static final String PAYMENTS = "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n"
            + "2031;OP-9101;10/04/2031;E-9101;300 000,00;15/04/2031;300 000,00;VIREMENT;PAYE\n"
            + "2031;OP-9102;10/05/2031;E-9101;200 000,00;;;;ORDONNANCE\n"
            + "2031;OP-9103;10/07/2031;E-9102;250 000,00;20/07/2031;250 000,00;VIREMENT;PAYE\n"
            + "2031;OP-9104;11/07/2031;E-9102;50 000,00;;;;REJETE\n"
            + "2031;OP-9105;01/02/2031;E-9103;45 000,00;05/02/2031;45 000,00;CHEQUE;PAYE\n"
            + "2031;OP-9106;07/06/2031;E-9104;20 000,00;08/06/2031;20 000,00;VIREMENT;PAYE\n"
            + "#TOTAL;6;865 000,00\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(OcdsIT.class);
    }

    @EJB
    Imports jobs;

    @EJB
    DemoImports demo;

    /** The demo imports its own files after the deployment: this test's imports wait for their end. */
    @BeforeEach
    void afterTheDemoImports() throws InterruptedException {
        DemoRun.awaitItsImports(demo);
    }

    @EJB
    RunAs.AsAdmin asAdmin;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private final ObjectMapper mapper = new ObjectMapper();

    // ---- in the server: the exports go in through the import jobs

    @Test
    @Order(1)
    void theExportsOfAFiscalYearAreImported() throws Exception {
        // Forced: a second run of this test on the same database imports the same files again (and changes nothing).
        importFile(ImportKind.CREDITS, "CREDITS_2031_20310801.csv", CREDITS);
        importFile(ImportKind.AVIS, "AVIS_2031_20310801.csv", TENDERS);
        importFile(ImportKind.ATTRIBUTIONS, "ATTRIBUTIONS_2031_20310801.csv", AWARDS);
        importFile(ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2031_20310801.csv", COMMITMENTS);
        importFile(ImportKind.PAIEMENTS, "PAIEMENTS_2031_20310801.csv", PAYMENTS);
        assertEquals(3, count("SELECT COUNT(*) FROM tender WHERE reference LIKE '% 9_/2031%'"));
        assertEquals(55_000_000L, count("SELECT SUM(p.amount_paid) * 100 FROM payment_order p JOIN commitment c"
                + " ON c.fiscal_year = p.fiscal_year AND c.number = p.commitment_number"
                + " WHERE c.contract_reference = '91/2031/CBG' AND p.status = 'PAYE' AND c.status = 'VISE'"),
                "the paid amount the transactions must add up to (a cancelled commitment's payment does not count)");
    }

    private void importFile(ImportKind kind, String name, String content) throws Exception {
        long id = asAdmin.call(() -> jobs.start(kind, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                ImportSource.UPLOAD, true));
        ImportExecutionView view = ImportRuns.awaitEnd(id, () -> asAdmin.call(() -> jobs.execution(id)));
        assertEquals(ImportStatus.COMPLETED, view.status(), name + ": " + view);
        assertEquals(0, view.skipped(), name + " has no rejected line: " + view);
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- over HTTP, as a harvester

    @Test
    @Order(2)
    @RunAsClient
    void theReleasePackagesPageThroughEveryProcessOnceWithAbsoluteNextLinks() throws Exception {
        OcdsSchemas schemas = new OcdsSchemas();
        Set<String> ocids = new LinkedHashSet<>();
        String url = Browserless.BASE + "/api/ocds/releases?limit=1";
        int pages = 0;
        while (url != null) {
            JsonNode page = getJson(url);
            pages++;
            schemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, page, url);
            assertEquals("1.1", page.path("version").asText());
            assertEquals(url, page.path("uri").asText(), "the package's uri is its own address");
            assertEquals(1, page.path("releases").size(), url);
            for (JsonNode release : page.path("releases")) {
                schemas.assertValid(OcdsSchemas.RELEASE, release, release.path("ocid").asText());
                assertTrue(release.path("ocid").asText().startsWith(PREFIX), "the configured prefix: " + release.path("ocid"));
                assertTrue(ocids.add(release.path("ocid").asText()), "each process once: " + release.path("ocid"));
            }
            assertEquals(pages > 1, page.path("links").has("prev"), url);
            url = page.path("links").has("next") ? page.path("links").path("next").asText() : null;
            if (url != null) {
                assertTrue(URI.create(url).isAbsolute() && url.startsWith(Browserless.BASE + "/api/ocds/releases?"), "absolute: " + url);
                assertTrue(url.contains("page=" + (pages + 1)) && url.contains("limit=1"), url);
            }
        }
        assertTrue(ocids.containsAll(List.of(AWARDED, UNSUCCESSFUL, PURCHASE_ORDER)), "the test's processes: " + ocids);
        assertEquals(ocids.size(), pages, "one process a page, and no page after the last");

        JsonNode all = getJson(Browserless.BASE + "/api/ocds/releases");
        schemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, all, "the first page");
        assertEquals(ocids.size() <= 50, all.path("links").path("next").isMissingNode(), "a default page of 50");
        JsonNode publisher = all.path("publisher");
        assertFalse(publisher.path("name").asText().isBlank());
        assertEquals(Browserless.BASE + "/", publisher.path("uri").asText());
        assertTrue(all.path("license").asText().startsWith("https://"));
        assertEquals(Browserless.BASE + "/open-data", all.path("publicationPolicy").asText());
        assertFalse(all.toString().contains(NATURAL_PERSON), "the natural person is named nowhere in the packages");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theAwardedProcessHasItsPartiesTenderAwardContractAndThePaymentsAsTransactions() throws Exception {
        OcdsSchemas schemas = new OcdsSchemas();
        JsonNode pack = getJson(Browserless.BASE + "/api/ocds/releases/" + AWARDED);
        schemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, pack, AWARDED);
        assertEquals(1, pack.path("releases").size());
        JsonNode release = pack.path("releases").get(0);
        schemas.assertValid(OcdsSchemas.RELEASE, release, AWARDED);
        assertEquals(AWARDED, release.path("ocid").asText());
        assertTrue(release.path("id").asText().startsWith(AWARDED + "-"));
        assertEquals(release.path("id"), getJson(Browserless.BASE + "/api/ocds/releases/" + AWARDED).path("releases").get(0).path("id"),
                "the release id is stable while the data is");
        assertEquals(List.of("tender", "award", "contract", "implementation"), texts(release.path("tag")));
        assertEquals("tender", release.path("initiationType").asText());
        assertEquals("fr", release.path("language").asText());
        assertEquals(release.path("date").asText(), pack.path("publishedDate").asText());

        JsonNode buyer = party(release, "buyer");
        assertEquals(List.of("buyer", "procuringEntity", "payer"), texts(buyer.path("roles")));
        assertEquals(buyer.path("id"), release.path("buyer").path("id"));
        assertEquals(buyer.path("id"), release.path("tender").path("procuringEntity").path("id"));
        JsonNode supplier = party(release, "supplier");
        assertEquals("MA-ICE-" + ICE, supplier.path("id").asText());
        assertEquals("MA-ICE", supplier.path("identifier").path("scheme").asText());
        assertEquals(ICE, supplier.path("identifier").path("id").asText());
        assertEquals("Société Atlas Travaux SARL", supplier.path("name").asText());
        assertEquals(List.of("supplier", "payee"), texts(supplier.path("roles")));
        assertEquals(2, release.path("parties").size());

        JsonNode tender = release.path("tender");
        assertEquals("AO 91/2031/CBG", tender.path("id").asText());
        assertEquals("Réfection de la voirie du quartier Al Massira", tender.path("title").asText());
        assertEquals("تهيئة طرق حي المسيرة", tender.path("title_ar").asText());
        assertTrue(tender.path("description").asText().contains("Salle des réunions de la commune"));
        assertEquals("complete", tender.path("status").asText());
        assertEquals("open", tender.path("procurementMethod").asText());
        assertEquals("Appel d'offres ouvert", tender.path("procurementMethodDetails").asText());
        assertEquals("works", tender.path("mainProcurementCategory").asText());
        assertAmount("1200000.00", tender.path("value").path("amount"));
        assertEquals("MAD", tender.path("value").path("currency").asText());
        assertEquals(LocalDateTime.of(2031, 2, 5, 10, 0).atZone(CommuneTime.ZONE).toInstant(),
                OffsetDateTime.parse(tender.path("tenderPeriod").path("endDate").asText()).toInstant(), "the deadline, Casablanca time");

        JsonNode award = release.path("awards").get(0);
        assertEquals(1, release.path("awards").size());
        assertEquals("91/2031/CBG", award.path("id").asText());
        assertEquals("active", award.path("status").asText());
        assertAmount("1150000.00", award.path("value").path("amount"));
        assertEquals(supplier.path("id"), award.path("suppliers").get(0).path("id"));
        assertEquals(180, award.path("contractPeriod").path("durationInDays").asInt());

        JsonNode contract = release.path("contracts").get(0);
        assertEquals("91/2031/CBG", contract.path("id").asText());
        assertEquals(award.path("id"), contract.path("awardID"));
        assertEquals("active", contract.path("status").asText(), "550 000 of 1 150 000 paid");
        assertAmount("1150000.00", contract.path("value").path("amount"));
        assertEquals(LocalDateTime.of(2031, 3, 1, 0, 0).atZone(CommuneTime.ZONE).toInstant(),
                OffsetDateTime.parse(contract.path("dateSigned").asText()).toInstant());
        JsonNode transactions = contract.path("implementation").path("transactions");
        assertEquals(List.of("2031-OP-9101", "2031-OP-9103"), ids(transactions), "the paid orders only (not ORDONNANCE, not REJETE, not those of the cancelled commitment E-9104)");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode transaction : transactions) {
            sum = sum.add(transaction.path("value").path("amount").decimalValue());
            assertEquals("MAD", transaction.path("value").path("currency").asText());
            assertEquals(buyer.path("id"), transaction.path("payer").path("id"));
            assertEquals(supplier.path("id"), transaction.path("payee").path("id"));
        }
        assertEquals(0, new BigDecimal("550000.00").compareTo(sum), "the transactions add up to the amount paid on the contract");
        assertEquals(LocalDateTime.of(2031, 4, 15, 0, 0).atZone(CommuneTime.ZONE).toInstant(),
                OffsetDateTime.parse(transactions.get(0).path("date").asText()).toInstant(), "the date paid");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aCallWithoutAwardHasNoAwardNorContract() throws Exception {
        OcdsSchemas schemas = new OcdsSchemas();
        JsonNode pack = getJson(Browserless.BASE + "/api/ocds/releases/" + UNSUCCESSFUL);
        schemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, pack, UNSUCCESSFUL);
        JsonNode release = pack.path("releases").get(0);
        assertEquals(List.of("tender"), texts(release.path("tag")));
        assertEquals("unsuccessful", release.path("tender").path("status").asText());
        assertEquals("selective", release.path("tender").path("procurementMethod").asText());
        assertEquals("services", release.path("tender").path("mainProcurementCategory").asText());
        assertTrue(release.path("awards").isMissingNode() && release.path("contracts").isMissingNode());
        assertEquals(List.of("buyer", "procuringEntity"), texts(party(release, "buyer").path("roles")), "no payment, no payer");
        assertEquals(1, release.path("parties").size());
    }

    @Test
    @Order(5)
    @RunAsClient
    void aSupplierWithoutAnIceIsPublishedAsANaturalPersonWithoutName() throws Exception {
        OcdsSchemas schemas = new OcdsSchemas();
        HttpResponse<String> response = new Browserless().get("/api/ocds/releases/" + PURCHASE_ORDER);
        assertEquals(200, response.statusCode());
        for (String part : NATURAL_PERSON.split(" ")) {
            assertFalse(response.body().contains(part), "no part of the name anywhere in the JSON: " + part);
        }
        JsonNode pack = mapper.readTree(response.body());
        schemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, pack, PURCHASE_ORDER);
        JsonNode release = pack.path("releases").get(0);
        JsonNode supplier = party(release, "supplier");
        assertEquals("Personne physique", supplier.path("name").asText());
        assertEquals("شخص ذاتي", supplier.path("name_ar").asText());
        assertTrue(supplier.path("identifier").isMissingNode(), "no identifier: a natural person has no ICE");
        assertEquals("personne-physique-BC_93-2031", supplier.path("id").asText(), "identified by the contract held, nothing personal");
        assertEquals(List.of("supplier", "payee"), texts(supplier.path("roles")));
        assertEquals("direct", release.path("tender").path("procurementMethod").asText());
        assertEquals("goods", release.path("tender").path("mainProcurementCategory").asText());
        JsonNode contract = release.path("contracts").get(0);
        assertEquals("terminated", contract.path("status").asText(), "fully paid");
        JsonNode transaction = contract.path("implementation").path("transactions").get(0);
        assertEquals(supplier.path("id"), transaction.path("payee").path("id"));
        assertEquals("Personne physique", transaction.path("payee").path("name").asText());
        assertAmount("45000.00", transaction.path("value").path("amount"));

        HttpResponse<String> record = new Browserless().get("/api/ocds/records/" + PURCHASE_ORDER);
        assertEquals(200, record.statusCode());
        assertFalse(record.body().contains("Ouazzani"), "nor in the record");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theRecordPackageHoldsTheReleaseAndTheCompiledRelease() throws Exception {
        OcdsSchemas schemas = new OcdsSchemas();
        String url = Browserless.BASE + "/api/ocds/records/" + AWARDED;
        JsonNode pack = getJson(url);
        schemas.assertValid(OcdsSchemas.RECORD_PACKAGE, pack, url);
        assertEquals(url, pack.path("uri").asText());
        assertEquals("1.1", pack.path("version").asText());
        assertEquals(Browserless.BASE + "/api/ocds/releases/" + AWARDED, pack.path("packages").get(0).asText());
        assertEquals(1, pack.path("records").size());
        JsonNode record = pack.path("records").get(0);
        assertEquals(AWARDED, record.path("ocid").asText());
        JsonNode release = getJson(Browserless.BASE + "/api/ocds/releases/" + AWARDED).path("releases").get(0);
        assertEquals(List.of(release), list(record.path("releases")), "the process's release, embedded");
        JsonNode compiled = record.path("compiledRelease");
        schemas.assertValid(OcdsSchemas.RELEASE, compiled, "compiledRelease");
        assertEquals(List.of("compiled"), texts(compiled.path("tag")));
        assertNotEquals(release.path("id"), compiled.path("id"));
        ObjectNode sameState = ((ObjectNode) compiled.deepCopy());
        ObjectNode releaseState = ((ObjectNode) release.deepCopy());
        for (ObjectNode node : List.of(sameState, releaseState)) {
            node.remove("id");
            node.remove("tag");
        }
        assertEquals(releaseState, sameState, "the compiled release is the process's current state");
        assertEquals(0, new BigDecimal("550000.00").compareTo(sum(compiled.path("contracts").get(0).path("implementation").path("transactions"))));
    }

    @Test
    @Order(7)
    @RunAsClient
    void unknownProcessesAndBadPagesAnswerInJson() throws Exception {
        Browserless browser = new Browserless();
        for (String path : List.of("/api/ocds/releases/" + PREFIX + "AO_99-2099-CBG", "/api/ocds/records/" + PREFIX + "AO_99-2099-CBG",
                "/api/ocds/releases/ocds-other-AO_91-2031-CBG", "/api/ocds/releases/" + PREFIX + "ao_91-2031-cbg",
                "/api/ocds/releases?page=100000", "/api/ocds/nothing")) {
            HttpResponse<String> response = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=fr");
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            JsonNode problem = mapper.readTree(response.body());
            assertEquals("NotFound", problem.path("type").asText(), path);
            assertFalse(problem.path("message").asText().isBlank(), path);
        }
        HttpResponse<String> bad = browser.get("/api/ocds/releases?page=zero&lang=fr");
        assertEquals(400, bad.statusCode());
        assertEquals("La valeur zero n'est pas un nombre entier positif.", mapper.readTree(bad.body()).path("message").asText());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theValidationUsesOnlyTheLocalSchemasAndBites() throws Exception {
        OcdsSchemas schemas = new OcdsSchemas();
        // A reference into the official address space that the folder does not hold, and one outside it: both refused.
        for (String ref : List.of(OcdsSchemas.BASE + "no-such-schema.json", "https://example.org/schema/elsewhere.json",
                OcdsSchemas.BASE + "release-schema.json/../../other.json")) {
            JsonNode probe = mapper.readTree("{\"$schema\": \"http://json-schema.org/draft-04/schema#\","
                    + " \"id\": \"" + OcdsSchemas.BASE + "probe.json\", \"type\": \"object\","
                    + " \"properties\": {\"x\": {\"$ref\": \"" + ref + "\"}}}");
            schemas.assertUnresolvable(probe, mapper.readTree("{\"x\": 1}"), "an unresolved $ref fails: " + ref);
        }
        // The official documents do resolve (the package schema references the release schema by its address).
        assertTrue(schemas.folder().resolve(OcdsSchemas.RELEASE_PACKAGE).toFile().isFile());
        JsonNode good = getJson(Browserless.BASE + "/api/ocds/releases/" + AWARDED);
        assertTrue(schemas.validate(OcdsSchemas.RELEASE_PACKAGE, good).isEmpty());
        // And a broken package is caught through that reference: a release without its ocid, a contract status outside the closed codelist.
        ObjectNode broken = good.deepCopy();
        ((ObjectNode) broken.path("releases").get(0)).remove("ocid");
        assertFalse(schemas.validate(OcdsSchemas.RELEASE_PACKAGE, broken).isEmpty(), "a release without ocid is invalid");
        ObjectNode badStatus = good.deepCopy();
        ((ObjectNode) badStatus.path("releases").get(0).path("contracts").get(0)).put("status", "signed");
        assertFalse(schemas.validate(OcdsSchemas.RELEASE_PACKAGE, badStatus).isEmpty(), "a status outside the closed codelist is invalid");
    }

    // ---- helpers

    private JsonNode getJson(String url) throws Exception {
        URI uri = URI.create(url);
        assertTrue(url.startsWith(Browserless.BASE + "/"), url);
        HttpResponse<String> response = new Browserless().get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        return mapper.readTree(response.body());
    }

    private static JsonNode party(JsonNode release, String role) {
        for (JsonNode party : release.path("parties")) {
            if (texts(party.path("roles")).contains(role)) {
                return party;
            }
        }
        throw new AssertionError("no party with the role " + role + " in " + release.path("parties"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> ids(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.path("id").asText()));
        return values;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }

    /** Amounts compare by value: the JSON number {@code 1200000.00} may come back as {@code 1200000.0}. */
    private static void assertAmount(String expected, JsonNode amount) {
        assertTrue(amount.isNumber(), "a number: " + amount);
        assertEquals(0, new BigDecimal(expected).compareTo(amount.decimalValue()), expected + " = " + amount);
    }

    private static BigDecimal sum(JsonNode transactions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode transaction : transactions) {
            sum = sum.add(transaction.path("value").path("amount").decimalValue());
        }
        return sum;
    }
}
