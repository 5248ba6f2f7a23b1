package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import ma.commune.portal.content.boundary.CommuneProfileStore;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.boundary.NewsForm;
import ma.commune.portal.content.boundary.ProfileForm;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.entity.StoredFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The city window's services on the real server and database: news, profile, files, audit. */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
class ContentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ContentIT.class);
    }

    @EJB
    NewsArticles news;

    @EJB
    CommuneProfileStore profiles;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @EJB
    RunAs.AsAdmin asAdmin;

    private static NewsForm form(String marker) {
        NewsForm form = new NewsForm();
        form.setTitleAr("خبر " + marker);
        form.setTitleFr("Actualité " + marker);
        form.setSummaryAr("ملخص " + marker);
        form.setSummaryFr("Résumé " + marker);
        form.setBodyAr("<p>نص " + marker + "</p>");
        form.setBodyFr("<p>Texte " + marker + "</p>");
        return form;
    }

    @Test
    void theCommuneIdentityAndDemoContentAreSeeded() {
        assertEquals("جماعة ابن جرير", profiles.profile().getName().getAr());
        assertEquals("Commune de Ben Guerir", profiles.profile().getName().getFr());
        assertTrue(news.countPublished() >= 10, "demo news published");
        assertFalse(profiles.keyFigures().isEmpty());
        assertFalse(profiles.districts().isEmpty());
    }

    @Test
    void aDraftIsNotPublicUntilPublished() throws Exception {
        NewsArticle draft = asAdmin.call(() -> news.save(form("draft-check")));
        long id = draft.getId();
        assertFalse(draft.isPublished());
        assertTrue(news.findPublished(id).isEmpty(), "a draft is not public");
        assertTrue(news.latestPublished(0, 200).stream().noneMatch(a -> a.getId() == id));

        asAdmin.call(() -> news.publish(id));
        assertTrue(news.findPublished(id).isPresent(), "published means public");
        assertEquals(id, news.latestPublished(0, 1).get(0).getId(), "the newest article comes first");

        asAdmin.call(() -> news.unpublish(id));
        assertTrue(news.findPublished(id).isEmpty(), "withdrawn means not public again");
    }

    @Test
    void everyChangeLandsInTheAuditLogWithBeforeAndAfter() throws Exception {
        NewsArticle created = asAdmin.call(() -> news.save(form("audit-check")));
        asAdmin.call(() -> news.publish(created.getId()));
        List<AuditEntry> entries = asAdmin.call(() -> audit.search(
                new PageRequest(0, 10, Map.of("entityType", "NewsArticle"), null, false)));
        AuditEntry publish = entries.stream()
                .filter(e -> e.getEntityId().equals(created.getId().toString()) && e.getAction().equals("publish"))
                .findFirst().orElseThrow();
        assertTrue(publish.getBefore().contains("\"status\":\"DRAFT\""), publish.getBefore());
        assertTrue(publish.getAfter().contains("\"status\":\"PUBLISHED\""), publish.getAfter());
        assertEquals("system:ADMIN", publish.getActor());
    }

    @Test
    void anEditOfTheProfileIsSanitizedPublicAndAudited() throws Exception {
        ProfileForm form = ProfileForm.of(profiles.profile());
        form.setTaglineFr("Ville du savoir et de la phosphate");
        form.setPresentationFr("<p>Présentation<script>alert(1)</script></p>");
        asAdmin.call(() -> profiles.update(form));
        assertEquals("Ville du savoir et de la phosphate", profiles.profile().getTagline().getFr());
        assertEquals("<p>Présentation</p>", profiles.profile().getPresentation().getFr());
        List<AuditEntry> entries = asAdmin.call(() -> audit.search(
                new PageRequest(0, 5, Map.of("entityType", "CommuneProfile"), null, false)));
        assertTrue(entries.get(0).getAfter().contains("Ville du savoir et de la phosphate"));

        ProfileForm stale = form; // the version it was read at is now old
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> profiles.update(stale)));
        assertEquals("error.concurrentChange", RunAs.cause(refused, DomainRuleViolation.class).messageKey());
    }

    @Test
    void anonymousCallersCannotChangeTheProfile() {
        assertThrows(EJBAccessException.class, () -> profiles.update(ProfileForm.of(profiles.profile())));
    }

    @Test
    void anonymousCallersCannotWriteNews() {
        assertThrows(EJBAccessException.class, () -> news.save(form("anonymous")));
        assertThrows(EJBAccessException.class, () -> news.publish(1L));
    }

    @Test
    void richTextIsSanitizedOnTheServer() throws Exception {
        NewsForm form = form("xss");
        form.setBodyFr("<p onclick=\"steal()\">Bonjour<script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">lien</a></p>");
        NewsArticle saved = asAdmin.call(() -> news.save(form));
        String body = saved.getBody().getFr();
        assertFalse(body.contains("script"), body);
        assertFalse(body.contains("onclick"), body);
        assertFalse(body.contains("onerror"), body);
        assertFalse(body.contains("javascript:"), body);
        assertTrue(body.contains("Bonjour"), body);
    }

    @Test
    void publishingNeedsTheTitleInBothLanguagesAndChangesNothingOtherwise() throws Exception {
        NewsForm form = form("half");
        form.setTitleFr(null);
        NewsArticle draft = asAdmin.call(() -> news.save(form));
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> news.publish(draft.getId())));
        RunAs.cause(refused, DomainRuleViolation.class);
        assertEquals("news.rule.titleInBothLanguages", RunAs.cause(refused, DomainRuleViolation.class).messageKey());
        assertTrue(news.findPublished(draft.getId()).isEmpty());
    }

    @Test
    void imagesAreCheckedByTheirBytesAndServedOnlyWhenPublished() throws Exception {
        Exception notAnImage = assertThrows(Exception.class,
                () -> asAdmin.call(() -> files.storeImage("photo.png", "<svg onload=alert(1)>".getBytes())));
        RunAs.cause(notAnImage, DomainRuleViolation.class);

        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        StoredFile stored = asAdmin.call(() -> files.storeImage("../../etc/photo.png", png.toByteArray()));
        assertEquals("image/png", stored.getContentType());
        assertEquals("photo.png", stored.getFileName());
        assertTrue(!files.isPublic(stored.getId()), "an image no published content uses is not public");

        NewsForm form = form("image");
        form.setImageId(stored.getId());
        NewsArticle article = asAdmin.call(() -> news.save(form));
        asAdmin.call(() -> news.publish(article.getId()));
        assertTrue(files.isPublic(stored.getId()), "the image of a published article is public");
    }
}
