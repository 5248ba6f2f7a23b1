package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.demo.DemoFiles;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.boundary.NewsCategories;
import ma.commune.portal.content.boundary.NewsForm;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.boundary.ServiceForm;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.shared.entity.StoredFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
import org.w3c.dom.NodeList;

/**
 * The services catalogue and the news categories on the real server and database, and the Atom feed
 * over HTTP. The feed test (a client) reads the news that {@link #newsCategoriesFilterPublishedNewsInTheDatabase}
 * wrote inside the server, hence the order.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServicesAndNewsFeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED_CATEGORY = "feed-check";
    private static final String FEED_PUBLISHED = "Feed published marker";
    private static final String FEED_DRAFT = "Feed draft marker";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ServicesAndNewsFeedIT.class);
    }

    @EJB
    ServiceCatalogue catalogue;

    @EJB
    NewsArticles news;

    @EJB
    NewsCategories newsCategories;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @EJB
    Publication publication;

    @EJB
    RunAs.AsAdmin asAdmin;

    private ServiceForm service(String marker, String categorySlug) {
        ServiceForm form = new ServiceForm();
        form.setCategoryId(category(categorySlug).getId());
        form.setNameAr("خدمة " + marker);
        form.setNameFr("Service " + marker);
        form.setSummaryFr("Résumé " + marker);
        form.setDocumentsAr("البطاقة الوطنية\nطلب مكتوب");
        form.setDocumentsFr("Carte nationale d'identité\nDemande écrite");
        form.setFeeAmount(new BigDecimal("20"));
        form.setOfficeAr("مكتب الحالة المدنية");
        form.setOfficeFr("Bureau de l'état civil");
        return form;
    }

    private ServiceCategory category(String slug) {
        return catalogue.categories().stream().filter(c -> c.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    private List<AuditEntry> auditOf(String entityType, Object id) throws Exception {
        return asAdmin.call(() -> audit.search(new PageRequest(0, 50, Map.of("entityType", entityType), null, false)))
                .stream().filter(e -> e.getEntityId().equals(id.toString())).toList();
    }

    @Test
    @Order(1)
    void theCatalogueIsSeededInBothLanguages() {
        List<AdministrativeService> all = catalogue.published(null);
        assertTrue(all.size() >= 16, "at least 16 published services, got " + all.size());
        for (AdministrativeService service : all) {
            assertTrue(service.getName().isComplete(), "name in both languages: " + service.getName());
            assertTrue(service.getRequiredDocuments().isComplete(), "documents in both languages: " + service.getName());
            assertTrue(service.getOffice().isComplete(), "office in both languages: " + service.getName());
            assertNotNull(service.getCategory());
        }
        List<String> groups = catalogue.categories().stream().map(ServiceCategory::getSlug).toList();
        assertTrue(groups.containsAll(List.of("etat-civil", "legalisation", "urbanisme", "hygiene", "police-administrative", "taxes")), groups.toString());
        assertTrue(all.stream().anyMatch(AdministrativeService::isFree), "some services are free");
    }

    @Test
    @Order(1)
    void theCategoryFilterRunsInTheDatabase() {
        List<AdministrativeService> urbanism = catalogue.published("urbanisme");
        assertFalse(urbanism.isEmpty());
        assertTrue(urbanism.stream().allMatch(s -> s.getCategory().getSlug().equals("urbanisme")));
        assertTrue(urbanism.size() < catalogue.published(null).size());
        assertTrue(catalogue.published("no-such-category").isEmpty());
    }

    @Test
    @Order(1)
    void aDraftServiceIsNotPublicUntilPublishedAndEveryStepIsAudited() throws Exception {
        long generation = publication.generation();
        AdministrativeService draft = asAdmin.call(() -> catalogue.save(service("draft-check", "etat-civil")));
        long id = draft.getId();
        assertFalse(draft.isPublished());
        assertTrue(catalogue.findPublished(id).isEmpty(), "a draft is not public");
        assertTrue(catalogue.published("etat-civil").stream().noneMatch(s -> s.getId() == id));

        asAdmin.call(() -> catalogue.publish(id));
        assertTrue(catalogue.findPublished(id).isPresent(), "published means public");
        assertTrue(catalogue.published("etat-civil").stream().anyMatch(s -> s.getId() == id), "listed under its category");
        assertTrue(publication.generation() > generation, "the public pages' cache is told");

        asAdmin.call(() -> catalogue.unpublish(id));
        assertTrue(catalogue.findPublished(id).isEmpty(), "withdrawn means not public again");

        List<AuditEntry> entries = auditOf("AdministrativeService", id);
        AuditEntry publish = entries.stream().filter(e -> e.getAction().equals("publish")).findFirst().orElseThrow();
        assertTrue(publish.getBefore().contains("\"status\":\"DRAFT\""), publish.getBefore());
        assertTrue(publish.getAfter().contains("\"status\":\"PUBLISHED\""), publish.getAfter());
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("create")));
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("unpublish")));
    }

    @Test
    @Order(1)
    void anIncompleteServiceIsNotPublishedAndAStaleEditIsRefused() throws Exception {
        ServiceForm half = service("half", "taxes");
        half.setOfficeFr(null);
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> catalogue.saveAndPublish(half)));
        assertEquals("service.rule.officeInBothLanguages", RunAs.cause(refused, DomainRuleViolation.class).messageKey());
        assertTrue(catalogue.published("taxes").stream().noneMatch(s -> s.getName().getFr().equals("Service half")),
                "nothing saved");

        AdministrativeService saved = asAdmin.call(() -> catalogue.save(service("stale", "taxes")));
        ServiceForm first = ServiceForm.of(saved);
        ServiceForm second = ServiceForm.of(saved);
        first.setFeeAmount(new BigDecimal("30"));
        asAdmin.call(() -> catalogue.save(first));
        second.setFeeAmount(new BigDecimal("40"));
        Exception stale = assertThrows(Exception.class, () -> asAdmin.call(() -> catalogue.save(second)));
        assertEquals("error.concurrentChange", RunAs.cause(stale, DomainRuleViolation.class).messageKey());
        assertEquals(new BigDecimal("30.00"), asAdmin.call(() -> catalogue.find(saved.getId())).getFeeAmount());
    }

    @Test
    @Order(1)
    void anonymousCallersCannotChangeServicesOrNewsCategories() {
        assertThrows(EJBAccessException.class, () -> catalogue.save(service("anonymous", "etat-civil")));
        assertThrows(EJBAccessException.class, () -> catalogue.publish(1L));
        assertThrows(EJBAccessException.class, () -> catalogue.unpublish(1L));
        assertThrows(EJBAccessException.class, () -> catalogue.search(PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class,
                () -> newsCategories.save(null, 0, "anonymous", LocalizedText.of("أ", "a"), 1));
    }

    @Test
    @Order(1)
    void aFormPdfIsPublicOnlyWhileItsServiceIsPublished() throws Exception {
        Exception notAPdf = assertThrows(Exception.class,
                () -> asAdmin.call(() -> files.storePdf("form.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("file.rule.notAPdf", RunAs.cause(notAPdf, DomainRuleViolation.class).messageKey());

        StoredFile pdf = asAdmin.call(() -> files.storePdf("formulaire.pdf", DemoFiles.pdf("Formulaire", List.of("Nom", "CIN"))));
        ServiceForm form = service("pdf-check", "hygiene");
        form.getForms().add(new ServiceForm.Document(pdf.getId(), pdf.getFileName(), "مطبوع", "Formulaire"));
        AdministrativeService draft = asAdmin.call(() -> catalogue.save(form));
        assertEquals(1, draft.getForms().size());
        assertTrue(!files.isPublic(pdf.getId()), "the form of a draft is not public");

        asAdmin.call(() -> catalogue.publish(draft.getId()));
        assertTrue(files.isPublic(pdf.getId()), "the form of a published service is public");

        asAdmin.call(() -> catalogue.unpublish(draft.getId()));
        assertTrue(!files.isPublic(pdf.getId()), "withdrawn again");
    }

    /** Also writes what the feed test reads over HTTP: one published and one draft article in a new category. */
    @Test
    @Order(1)
    void newsCategoriesFilterPublishedNewsInTheDatabase() throws Exception {
        NewsCategory category = asAdmin.call(() -> newsCategories.save(null, 0, FEED_CATEGORY,
                LocalizedText.of("فئة الاختبار", "Catégorie de test"), 99));
        assertFalse(auditOf("NewsCategory", category.getId()).isEmpty(), "the new category is audited");
        Exception taken = assertThrows(Exception.class, () -> asAdmin.call(() -> newsCategories.save(null, 0, FEED_CATEGORY,
                LocalizedText.of("أخرى", "Autre"), 100)));
        assertEquals("newsCategory.rule.slugTaken", RunAs.cause(taken, DomainRuleViolation.class).messageKey());

        NewsArticle published = asAdmin.call(() -> news.saveAndPublish(article(FEED_PUBLISHED, category.getId())));
        asAdmin.call(() -> news.save(article(FEED_DRAFT, category.getId())));

        List<NewsArticle> filtered = news.latestPublished(FEED_CATEGORY, 0, 20);
        assertEquals(List.of(published.getId()), filtered.stream().map(NewsArticle::getId).toList());
        assertEquals(1, news.countPublished(FEED_CATEGORY));
        assertTrue(news.latestPublished("travaux", 0, 20).stream().allMatch(a -> a.getCategory().getSlug().equals("travaux")));
        assertFalse(news.latestPublished("travaux", 0, 20).isEmpty(), "demo news are filed under categories");
        assertEquals(0, news.countPublished("no-such-category"));

        Exception inUse = assertThrows(Exception.class, () -> asAdmin.call(() -> {
            newsCategories.delete(category.getId());
            return null;
        }));
        assertEquals("newsCategory.rule.inUse", RunAs.cause(inUse, DomainRuleViolation.class).messageKey());
    }

    private static NewsForm article(String title, long categoryId) {
        NewsForm form = new NewsForm();
        form.setTitleAr("خبر " + title);
        form.setTitleFr(title);
        form.setSummaryAr("ملخص " + title);
        form.setSummaryFr("Résumé " + title);
        form.setBodyFr("<p>" + title + "</p>");
        form.setCategoryId(categoryId);
        return form;
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAtomFeedIsValidHoldsOnlyPublishedNewsAndFollowsTheLanguage() throws Exception {
        Browserless browser = new Browserless();
        HttpResponse<String> french = browser.get("/feeds/news.atom?lang=fr");
        assertEquals(200, french.statusCode());
        String type = french.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", "");
        assertEquals("application/atom+xml;charset=utf-8", type);

        Element feed = parse(french.body());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("fr", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        for (String required : List.of("id", "title", "updated", "link")) {
            assertTrue(feed.getElementsByTagNameNS(ATOM, required).getLength() > 0, "feed has " + required);
        }
        assertTrue(links(feed).contains("self"), "a self link");
        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0 && entries.getLength() <= 20, "up to 20 entries");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "published", "summary", "link")) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), "entry has one " + required);
            }
            String link = ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
            assertTrue(link.matches(".*/news/[0-9]+\\?lang=fr"), link);
            titles.add(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        assertTrue(titles.contains(FEED_PUBLISHED), "the published article is in the feed: " + titles);
        assertFalse(titles.contains(FEED_DRAFT), "a draft never is");
        assertTrue(french.body().contains("term=\"" + FEED_CATEGORY + "\""), "entries carry their category");

        assertEquals("ar", parse(browser.get("/feeds/news.atom?lang=ar").body()).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        HttpResponse<String> byDefault = browser.get("/feeds/news.atom");
        assertEquals("ar", parse(byDefault.body()).getAttributeNS(XMLConstants.XML_NS_URI, "lang"), "Arabic by default");
        assertTrue(byDefault.body().contains("خبر " + FEED_PUBLISHED));

        String etag = byDefault.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, browser.get("/feeds/news.atom", "If-None-Match", etag).statusCode(), "unchanged: 304");
        assertTrue(browser.get("/news").body().contains("application/atom+xml"), "the feed is announced on /news");
    }

    @Test
    @Order(2)
    @RunAsClient
    void publicPagesFilterAndAnswerUnknownAddresses() throws Exception {
        Browserless browser = new Browserless();
        assertEquals(404, browser.get("/services/999999").statusCode());
        assertEquals(404, browser.get("/services/not-a-number").statusCode());

        HttpResponse<String> unknown = browser.get("/news?category=unknown&lang=fr");
        assertEquals(200, unknown.statusCode(), "an unknown category is no filter, not an error");
        assertTrue(unknown.body().contains(FEED_PUBLISHED), "every news item is listed, as under 'all'");
        assertFalse(unknown.body().contains("category=unknown&amp;page="), "the unknown value is not kept in the pager's links");

        HttpResponse<String> filtered = browser.get("/news?category=" + FEED_CATEGORY + "&lang=fr");
        assertTrue(filtered.body().contains(FEED_PUBLISHED));
        assertFalse(filtered.body().contains(FEED_DRAFT));

        HttpResponse<String> urbanism = browser.get("/services?category=urbanisme&lang=fr");
        assertEquals(200, urbanism.statusCode());
        assertTrue(urbanism.body().contains("Autorisation de construire"));
        assertFalse(urbanism.body().contains("Déclaration de naissance"), "other categories are filtered out");
        assertTrue(urbanism.body().contains("<form method=\"get\""), "a plain GET filter");
        assertFalse(urbanism.body().contains("jakarta.faces.ViewState"), "a stateless page");
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<String> links(Element feed) {
        List<String> rels = new ArrayList<>();
        NodeList children = feed.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && "link".equals(e.getLocalName())) {
                rels.add(e.getAttribute("rel"));
            }
        }
        return rels;
    }
}
