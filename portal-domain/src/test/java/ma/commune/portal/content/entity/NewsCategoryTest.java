package ma.commune.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class NewsCategoryTest {

    @Test
    void theSlugIsLowercaseLatinForPublicAddresses() {
        NewsCategory category = new NewsCategory(" Culture-Sport ", LocalizedText.of("الثقافة", "Culture"), 3);
        assertEquals("culture-sport", category.getSlug());
        for (String bad : new String[] {"", "travaux publics", "ثقافة", "a--b", "-a", "x?category=1"}) {
            assertEquals("newsCategory.rule.slug", assertThrows(DomainRuleViolation.class,
                    () -> new NewsCategory(bad, LocalizedText.of("أ", "a"), 1)).messageKey(), bad);
        }
    }

    @Test
    void theNameIsNeededInBothLanguages() {
        assertEquals("newsCategory.rule.nameInBothLanguages", assertThrows(DomainRuleViolation.class,
                () -> new NewsCategory("social", LocalizedText.of("اجتماعي", ""), 1)).messageKey());
    }
}
