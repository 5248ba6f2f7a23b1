package ma.commune.portal.content.entity;

import ma.commune.portal.shared.entity.District;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static Project publishable() {
        Project project = new Project(LocalizedText.of("السوق البلدي", "Marché municipal"), ProjectStage.IN_PROGRESS);
        project.setDescription(LocalizedText.of("سوق", "Un marché"));
        project.setDistrict(new District());
        project.setProgress(40);
        return project;
    }

    private static String rule(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).messageKey();
    }

    @Test
    void progressIsAPercentage() {
        Project project = publishable();
        assertEquals("project.rule.progressRange", rule(() -> project.setProgress(101)));
        assertEquals("project.rule.progressRange", rule(() -> project.setProgress(-1)));
        project.setProgress(0);
        project.setProgress(100);
        assertEquals(100, project.getProgress());
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        Project project = publishable();
        assertEquals("project.rule.endBeforeStart",
                rule(() -> project.schedule(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30))));
        assertEquals(null, project.getStartDate(), "a refused schedule changes nothing");
        project.schedule(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1));
        project.schedule(LocalDate.of(2025, 5, 1), null);
        assertEquals(LocalDate.of(2025, 5, 1), project.getStartDate());
    }

    @Test
    void budgetIsNotNegativeAndKeptInCentimes() {
        Project project = publishable();
        assertEquals("project.rule.budgetNotNegative", rule(() -> project.setBudget(new BigDecimal("-0.01"))));
        project.setBudget(new BigDecimal("1250000.5"));
        assertEquals(new BigDecimal("1250000.50"), project.getBudget());
    }

    @Test
    void coordinatesAreBothGivenAndInRange() {
        Project project = publishable();
        assertEquals("project.rule.latitudeRange", rule(() -> project.locate(new BigDecimal("90.5"), new BigDecimal("-7.95"))));
        assertEquals("project.rule.longitudeRange", rule(() -> project.locate(new BigDecimal("32.2"), new BigDecimal("-180.01"))));
        assertEquals("project.rule.bothCoordinates", rule(() -> project.locate(new BigDecimal("32.2"), null)));
        project.locate(new BigDecimal("32.236"), new BigDecimal("-7.953"));
        assertTrue(project.isLocated());
        assertEquals(new BigDecimal("32.236000"), project.getLatitude());
    }

    @Test
    void publishingNeedsBothTitlesADescriptionAndADistrict() {
        Project noFrench = publishable();
        noFrench.setTitle(LocalizedText.of("السوق", null));
        assertEquals("project.rule.titleInBothLanguages", rule(() -> noFrench.publish(Instant.now())));
        assertFalse(noFrench.isPublished());

        Project nowhere = publishable();
        nowhere.setDistrict(null);
        assertEquals("project.rule.districtRequired", rule(() -> nowhere.publish(Instant.now())));

        Project undescribed = publishable();
        undescribed.setDescription(new LocalizedText());
        assertEquals("project.rule.descriptionRequired", rule(() -> undescribed.publish(Instant.now())));

        Project project = publishable();
        project.publish(Instant.parse("2026-01-01T10:00:00Z"));
        assertTrue(project.isPublished());
    }

    @Test
    void aCompletedProjectIsAtHundredPercent() {
        Project project = publishable();
        project.setStage(ProjectStage.COMPLETED);
        assertEquals("project.rule.completedAtHundred", rule(() -> project.publish(Instant.now())));
        project.setProgress(100);
        project.publish(Instant.now());
        assertTrue(project.isPublished());
    }

    @Test
    void anEditThatBreaksAPublishedProjectIsRefused() {
        Project project = publishable();
        project.publish(Instant.now());
        project.setDistrict(null);
        assertEquals("project.rule.districtRequired", rule(() -> project.edited(Instant.now())));
    }

    @Test
    void aMilestoneHasALabel() {
        assertEquals("project.rule.milestoneLabelRequired",
                rule(() -> new Milestone(new LocalizedText(), LocalDate.of(2026, 1, 1), false, 1)));
    }
}
