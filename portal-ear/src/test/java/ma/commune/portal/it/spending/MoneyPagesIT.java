package ma.commune.portal.it.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the money goes, on the real server: five small consistent exports imported through the import jobs
 * (credits, two tenders — one open, one awarded —, the award, commitments on its contract number, payments),
 * then the public pages, the tenders' Atom feed and the open-data CSVs read as a resident or a machine would.
 * A beneficiary without an ICE (a natural person) is never named, anywhere.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("integration")
class MoneyPagesIT {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final String PERSON = "El Mansouri";
    private static final String COMPANY = "Société Travaux Atlas SARL";

    private static final String CREDITS = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
            + "2029;FONCTIONNEMENT;10.20.30.11;Éclairage public;الإنارة العمومية;1 000 000,00\n"
            + "2029;FONCTIONNEMENT;10.20.30.12;Propreté;النظافة;500 000,00\n"
            + "2029;INVESTISSEMENT;20.10.10.01;Voirie;الطرق;4 000 000,00\n"
            + "#TOTAL;3;5 500 000,00\n";
    private static final String AWARDS = "reference_ao;numero_marche;attributaire;ice;montant_ttc;date_approbation;delai_execution_jours\n"
            + "AO 91/2029/MNY;15/2029/MNY;" + COMPANY + ";001234567000089;3 480 000,00;01/03/2029;180\n"
            + "#TOTAL;1;3 480 000,00\n";
    private static final String COMMITMENTS =
            "exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut\n"
            + "2029;E-901;05/03/2029;20.10.10.01;Voirie Al Qods, tranche 1;" + COMPANY + ";001234567000089;15/2029/MNY;2 000 000,00;VISE\n"
            + "2029;E-902;06/03/2029;20.10.10.01;Voirie Al Qods, tranche 2;" + COMPANY + ";001234567000089;15/2029/MNY;1 480 000,00;VISE\n"
            + "2029;E-903;07/03/2029;10.20.30.12;Nettoyage de la place;Karim " + PERSON + ";;BC 7/2029;20 000,00;VISE\n"
            + "2029;E-904;08/03/2029;20.10.10.01;Voirie Al Qods, avenant annulé;" + COMPANY + ";001234567000089;15/2029/MNY;100 000,00;ANNULE\n"
            + "#TOTAL;4;3 600 000,00\n";
    private static final String PAYMENTS =
            "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n"
            + "2029;OP-901;15/03/2029;E-901;1 200 000,00;20/03/2029;1 200 000,00;VIREMENT;PAYE\n"
            + "2029;OP-902;18/03/2029;E-901;500 000,00;;;;ORDONNANCE\n"
            + "2029;OP-903;19/03/2029;E-902;300 000,00;;;;REJETE\n"
            + "2029;OP-904;19/03/2029;E-903;20 000,00;21/03/2029;20 000,00;CHEQUE;PAYE\n"
            + "2029;OP-905;19/03/2029;E-904;50 000,00;21/03/2029;50 000,00;VIREMENT;PAYE\n"
            + "#TOTAL;5;2 070 000,00\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(MoneyPagesIT.class);
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

    @Test
    @Order(1)
    void theFiveExportsGoIn() throws Exception {
        // The open tender's deadline: 3 days, 5 hours and a half from now, written in Casablanca time as the export does.
        LocalDateTime deadline = LocalDateTime.now(CASABLANCA).plusDays(3).plusHours(5).plusMinutes(30);
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        String today = LocalDate.now(CASABLANCA).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String tenders = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;date_limite;"
                + "date_ouverture_plis;lieu_ouverture;statut\n"
                + "AO 91/2029/MNY;Réfection de la voirie du quartier Al Qods;إصلاح طرق حي القدس;TRAVAUX;AOO;3 600 000,00;36 000,00;"
                + "10/01/2029;10/02/2029 10:00;10/02/2029 10:00;Salle des réunions;ATTRIBUE\n"
                + "AO 92/2029/MNY;Fourniture de lampes LED;;FOURNITURES;AOO;200 000,00;2 000,00;" + today + ";"
                + deadline.format(dateTime) + ";" + deadline.format(dateTime) + ";Salle des réunions;PUBLIE\n"
                + "#TOTAL;2;3 800 000,00\n";
        importCompletely(ImportKind.CREDITS, "CREDITS_2029_20290301.csv", CREDITS, 3);
        importCompletely(ImportKind.AVIS, "AVIS_2029_20290301.csv", tenders, 2);
        importCompletely(ImportKind.ATTRIBUTIONS, "ATTRIBUTIONS_2029_20290302.csv", AWARDS, 1);
        importCompletely(ImportKind.ENGAGEMENTS, "ENGAGEMENTS_2029_20290310.csv", COMMITMENTS, 4);
        importCompletely(ImportKind.PAIEMENTS, "PAIEMENTS_2029_20290320.csv", PAYMENTS, 5);
    }

    @Test
    @Order(2)
    void theOpenTenderComesFirstWithTheTimeLeftToItsDeadline() throws Exception {
        // The list is paged and shared with the demo's calls for tenders (and, depending on the order the suite
        // runs its classes in, other classes' own), open ones among them: read it page by page, in order.
        String page = html("/tenders?lang=fr");
        StringBuilder list = new StringBuilder(page);
        for (int next = 2; next <= 50 && list.indexOf("AO 91/2029/MNY") < 0
                && new Browserless().get("/tenders?lang=fr&page=" + next).statusCode() == 200; next++) {
            list.append(html("/tenders?lang=fr&page=" + next));
        }
        int open = list.indexOf("AO 92/2029/MNY");
        int awarded = list.indexOf("AO 91/2029/MNY");
        assertTrue(open > 0 && awarded > open, "the open tender first");
        assertTrue(list.indexOf("Il reste 3 j et 5 h") >= 0, "the time left, in days and hours");
        assertTrue(page.contains("/feeds/tenders.atom?lang=fr"), "the feed is announced");

        String filtered = html("/tenders?category=TRAVAUX&status=ATTRIBUE&year=2029&lang=fr");
        assertTrue(filtered.contains("AO 91/2029/MNY"));
        assertFalse(filtered.contains("AO 92/2029/MNY"), "the filters apply");
        assertEquals(references(page), references(html("/tenders?category=NOPE&lang=fr")), "an unknown filter value is no filter");
        String lowerCase = html("/tenders?category=travaux&status=attribue&year=2029&lang=fr");
        assertTrue(lowerCase.contains("AO 91/2029/MNY") && !lowerCase.contains("AO 92/2029/MNY"), "values in any case filter alike");
        assertTrue(java.util.regex.Pattern.compile("value=\"ATTRIBUE\"[^>]*selected").matcher(lowerCase).find(), "its option is marked");
    }

    @Test
    @Order(3)
    void aTenderPageShowsItsFactsAndItsResultWithALinkToTheContract() throws Exception {
        long tender = id("SELECT id FROM tender WHERE reference = 'AO 91/2029/MNY'");
        long award = id("SELECT id FROM award WHERE contract_number = '15/2029/MNY'");
        String page = html("/tenders/" + tender + "?lang=fr");
        for (String expected : List.of("Réfection de la voirie du quartier Al Qods", "Travaux", "Appel d’offres ouvert", "3.600.000,00",
                "36.000,00", "Attribué", "Salle des réunions", COMPANY, "001234567000089", "3.480.000,00", "180 jours",
                "/contracts/" + award + "\"")) {
            assertTrue(page.contains(expected), expected + " on the tender's page");
        }
        assertTrue(html("/tenders/" + tender + "?lang=ar").contains("إصلاح طرق حي القدس"), "the Arabic subject in Arabic");
        String untranslated = html("/tenders/" + id("SELECT id FROM tender WHERE reference = 'AO 92/2029/MNY'") + "?lang=ar");
        assertTrue(untranslated.contains("Fourniture de lampes LED") && untranslated.contains("fallback-note"),
                "a subject the export has only in French is shown, marked as such");
        assertEquals(404, new Browserless().get("/tenders/999999999").statusCode());
    }

    @Test
    @Order(4)
    void aContractIsTracedFromItsTenderToItsPaymentsWithTheAmountPaidSoFar() throws Exception {
        long award = id("SELECT id FROM award WHERE contract_number = '15/2029/MNY'");
        long tender = id("SELECT id FROM tender WHERE reference = 'AO 91/2029/MNY'");
        String list = html("/contracts?year=2029&lang=fr");
        assertTrue(list.contains("15/2029/MNY") && list.contains(COMPANY) && list.contains("3.480.000,00"));

        String page = html("/contracts/" + award + "?lang=fr");
        // Paid so far: OP-901 only — OP-902 is not paid, OP-903 rejected, OP-905 pays a cancelled commitment.
        assertEquals("1.200.000,00", text(page, "amount paid-so-far"));
        assertEquals("3.480.000,00", text(page, "amount contract-amount"));
        assertTrue(page.contains("/tenders/" + tender + "\""), "back to the tender");
        for (String trace : List.of("E-901", "E-902", "E-904", "OP-901", "OP-902", "OP-903", "OP-905")) {
            assertTrue(page.contains(trace), trace + " in the trace");
        }
        assertFalse(page.contains("E-903"), "a commitment on another reference is not this contract's");
    }

    @Test
    @Order(5)
    void theBudgetShowsItsExecutionAndDrillsDownToTheLines() throws Exception {
        String year = html("/budget?year=2029&lang=fr");
        assertEquals("5.500.000,00", text(year, "total-opened"));
        assertEquals("3.500.000,00", text(year, "total-committed"), "the cancelled commitment does not count");
        // Neither the rejected order (OP-903) nor the orders of the cancelled commitment (OP-905 on E-904) count.
        assertEquals("1.720.000,00", text(year, "total-ordered"), "the rejected order and the cancelled commitment's do not count");
        assertEquals("1.220.000,00", text(year, "total-paid"), "what was paid on the cancelled commitment does not count");
        assertEquals("22,2 %", text(year, "figure-value total-rate"));
        assertTrue(year.contains("data-code=\"10\"") && year.contains("data-code=\"20\""), "one row per chapter");
        assertTrue(year.contains("<svg") && year.contains("role=\"img\"") && year.contains("bar-paid"), "the chart");
        assertTrue(year.contains("/budget?year=2029&amp;chapter=20"), "a chapter leads to its articles");
        assertTrue(year.contains(COMPANY) && year.contains("1.200.000,00") && !year.contains("1.250.000,00"),
                "the supplier paid the most, without the cancelled commitment's payment");
        assertTrue(year.contains("Personnes physiques (ensemble)") && year.contains("20.000,00"), "natural persons on one line");

        String article = html("/budget?year=2029&chapter=10&article=20&lang=fr");
        assertTrue(article.contains("data-code=\"10.20.30.11\"") && article.contains("Éclairage public")
                && article.contains("data-code=\"10.20.30.12\"") && article.contains("Propreté"), "the lines of article 10.20");
        assertEquals("1.500.000,00", text(article, "total-opened"));
        assertEquals("20.000,00", text(article, "total-paid"));

        String investment = html("/budget?year=2029&section=INVESTISSEMENT&lang=fr");
        assertEquals("4.000.000,00", text(investment, "total-opened"));
        assertFalse(investment.contains("Personnes physiques (ensemble)"), "the natural person was paid in the other section");
        assertTrue(html("/budget?year=2029&lang=ar").contains("الأشخاص الذاتيون"));
    }

    @Test
    @Order(6)
    void theTendersFeedIsAtomWithTheNewestTenders() throws Exception {
        HttpResponse<String> response = new Browserless().get("/feeds/tenders.atom?lang=fr");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            titles.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
            assertNotNull(Instant.parse(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent()));
        }
        assertTrue(titles.contains("AO 92/2029/MNY — Fourniture de lampes LED"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("AO 91/2029/MNY")), titles.toString());
        assertFalse(response.body().contains(PERSON));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, new Browserless().get("/feeds/tenders.atom?lang=fr", "If-None-Match", etag).statusCode());
    }

    @Test
    @Order(7)
    void theOpenDataHasTendersContractsCommitmentsAndPaymentsWithoutNamingANaturalPerson() throws Exception {
        String index = new Browserless().get("/api/opendata").body();
        for (String set : List.of("tenders", "contracts", "commitments", "payments")) {
            assertTrue(index.contains("\"name\":\"" + set + "\""), set + " listed");
        }
        List<List<String>> tenders = csv("/api/opendata/tenders.csv");
        List<String> awarded = row(tenders, "reference", "AO 91/2029/MNY");
        assertEquals("3600000.00", column(tenders, awarded, "estimate_mad"));
        assertEquals("ATTRIBUE", column(tenders, awarded, "status"));

        List<List<String>> contracts = csv("/api/opendata/contracts.csv");
        List<String> contract = row(contracts, "contract_number", "15/2029/MNY");
        assertEquals(COMPANY, column(contracts, contract, "supplier_name"));
        assertEquals("3480000.00", column(contracts, contract, "amount_mad"));

        List<List<String>> commitments = csv("/api/opendata/commitments.csv");
        List<String> person = row(commitments, "number", "E-903");
        assertEquals("personne physique / شخص ذاتي", column(commitments, person, "supplier_name"));
        assertEquals("true", column(commitments, person, "natural_person"));
        assertEquals("", column(commitments, person, "supplier_ice"));

        List<List<String>> payments = csv("/api/opendata/payments.csv");
        assertEquals("1200000.00", column(payments, row(payments, "number", "OP-901"), "amount_paid_mad"));
        assertEquals("REJETE", column(payments, row(payments, "number", "OP-903"), "status"));
    }

    @Test
    @Order(8)
    void aNaturalPersonIsNamedNowhere() throws Exception {
        long award = id("SELECT id FROM award WHERE contract_number = '15/2029/MNY'");
        for (String path : List.of("/budget?year=2029", "/budget?year=2029&chapter=10", "/budget?year=2029&chapter=10&article=20",
                "/contracts", "/contracts/" + award, "/tenders", "/feeds/tenders.atom", "/api/opendata/commitments.csv",
                "/api/opendata/contracts.csv", "/api/opendata/payments.csv", "/api/opendata/tenders.csv")) {
            for (String lang : List.of("ar", "fr")) {
                HttpResponse<String> response = new Browserless().get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertEquals(200, response.statusCode(), path);
                assertFalse(response.body().contains(PERSON), "the natural person is named in " + path);
            }
        }
    }

    @Test
    @Order(9)
    void theHomePageLinksTheThreePages() throws Exception {
        String home = html("/?lang=fr");
        for (String path : List.of("/budget\"", "/tenders\"", "/contracts\"")) {
            assertTrue(home.contains(path), path + " on the home page");
        }
    }

    // ---- helpers

    private void importCompletely(ImportKind kind, String name, String content, int records) throws Exception {
        long id = asAdmin.call(() -> jobs.start(kind, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                ImportSource.UPLOAD, true));
        ImportExecutionView view = ImportRuns.awaitEnd(id, () -> asAdmin.call(() -> jobs.execution(id)));
        assertEquals(ImportStatus.COMPLETED, view.status(), view.toString());
        assertEquals(0, view.skipped(), view.toString());
        assertEquals(records, view.inserted() + view.updated() + view.unchanged(), view.toString());
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> response = new Browserless().get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The references of the calls for tenders a page lists, in its order. */
    private static List<String> references(String html) {
        List<String> references = new ArrayList<>();
        Matcher m = Pattern.compile("AO [0-9]+/[0-9]{4}/[A-Z]+").matcher(html);
        while (m.find()) {
            references.add(m.group());
        }
        return references;
    }

    /** The text of the first element whose class attribute is exactly {@code cssClass}. */
    private static String text(String html, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\">([^<]*)<").matcher(html);
        assertTrue(m.find(), cssClass + " on the page");
        return m.group(1).trim();
    }

    private long id(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static List<List<String>> csv(String path) throws Exception {
        HttpResponse<String> response = new Browserless().get(path);
        assertEquals(200, response.statusCode(), path);
        return parse(response.body());
    }

    private static List<String> row(List<List<String>> table, String column, String value) {
        int index = table.get(0).indexOf(column);
        return table.stream().skip(1).filter(r -> r.get(index).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in the " + column + " column"));
    }

    private static String column(List<List<String>> table, List<String> row, String column) {
        return row.get(table.get(0).indexOf(column));
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
