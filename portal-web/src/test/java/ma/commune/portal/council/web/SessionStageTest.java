package ma.commune.portal.council.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.council.web.SessionStage.Stage;
import org.junit.jupiter.api.Test;

class SessionStageTest {

    @Test
    void aSessionOpensAtTheStageItsStateCallsFor() {
        assertEquals(Stage.AGENDA, Stage.of(SessionState.PLANNED));
        assertEquals(Stage.SITTING, Stage.of(SessionState.CONVENED));
        assertEquals(Stage.MINUTES, Stage.of(SessionState.CONCLUDED));
        assertEquals(Stage.AGENDA, Stage.of(SessionState.CANCELLED));
    }

    @Test
    void theSittingAndTheMinutesOpenOnceTheSessionIsConvened() {
        for (Stage stage : Stage.values()) {
            assertTrue(stage.isReachedIn(SessionState.CONVENED), stage.name());
            assertTrue(stage.isReachedIn(SessionState.CONCLUDED), stage.name());
        }
        assertFalse(Stage.SITTING.isReachedIn(SessionState.PLANNED));
        assertFalse(Stage.MINUTES.isReachedIn(SessionState.PLANNED));
    }

    @Test
    void aSessionCancelledBeforeItSatHasOnlyItsAgenda() {
        assertTrue(Stage.AGENDA.isReachedIn(SessionState.CANCELLED));
        assertFalse(Stage.SITTING.isReachedIn(SessionState.CANCELLED));
        assertFalse(Stage.MINUTES.isReachedIn(SessionState.CANCELLED));
    }

    @Test
    void everyStageIsAViewOfTheCouncilSecretariat() {
        assertEquals("/admin/council/session-sitting?faces-redirect=true&id=7", Stage.SITTING.outcome(7));
    }
}
