package ma.commune.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class NewsArticleTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    private NewsArticle complete() {
        return new NewsArticle(LocalizedText.of("عنوان", "Titre"), LocalizedText.of("ملخص", "Résumé"),
                LocalizedText.of("<p>نص</p>", null), now);
    }

    @Test
    void aNewArticleIsADraft() {
        assertEquals(PublicationStatus.DRAFT, complete().getStatus());
        assertFalse(complete().isPublished());
    }

    @Test
    void publishingStampsTheDateUnlessTheEditorSetOne() {
        NewsArticle article = complete();
        article.publish(now);
        assertTrue(article.isPublished());
        assertEquals(now, article.getPublishedAt());

        NewsArticle backdated = complete();
        Instant event = Instant.parse("2026-11-06T09:00:00Z");
        backdated.setPublishedAt(event);
        backdated.publish(now);
        assertEquals(event, backdated.getPublishedAt());
    }

    @Test
    void aTitleMissingInOneLanguageCannotBePublished() {
        NewsArticle article = new NewsArticle(LocalizedText.of("عنوان", ""), LocalizedText.of("ملخص", "Résumé"),
                LocalizedText.of("<p>نص</p>", null), now);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> article.publish(now));
        assertEquals("news.rule.titleInBothLanguages", refused.messageKey());
        assertFalse(article.isPublished());
    }

    @Test
    void anEmptyBodyCannotBePublished() {
        NewsArticle article = new NewsArticle(LocalizedText.of("عنوان", "Titre"), LocalizedText.of("ملخص", "Résumé"),
                LocalizedText.of(" ", null), now);
        assertThrows(DomainRuleViolation.class, () -> article.publish(now));
    }

    @Test
    void unpublishingTakesTheArticleBackToDraft() {
        NewsArticle article = complete();
        article.publish(now);
        article.unpublish(now.plusSeconds(60));
        assertFalse(article.isPublished());
    }

    @Test
    void anEditThatLeavesAPublishedArticleIncompleteIsRefused() {
        NewsArticle article = complete();
        article.publish(now);
        article.setSummary(LocalizedText.of("ملخص", " "));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> article.edited(now.plusSeconds(60)));
        assertEquals("news.rule.summaryInBothLanguages", refused.messageKey());

        NewsArticle draft = complete();
        draft.setSummary(LocalizedText.of("ملخص", " "));
        draft.edited(now.plusSeconds(60));
        assertEquals(now.plusSeconds(60), draft.getUpdatedAt(), "a draft may be incomplete");
    }

    @Test
    void anArticleWithoutABodyHasAnEmptyOneThatCannotBePublished() {
        NewsArticle article = new NewsArticle(LocalizedText.of("عنوان", "Titre"), LocalizedText.of("ملخص", "Résumé"), null, now);
        assertTrue(article.getBody().isEmpty());
        assertEquals("news.rule.bodyRequired", assertThrows(DomainRuleViolation.class, () -> article.publish(now)).messageKey());
    }
}
