package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionPaceTest {

    private static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");
    private static final SubmissionPace PACE = new SubmissionPace(Duration.ofMinutes(10), 2, 4, Duration.ofSeconds(60));

    @Test
    void theFirstSubmissionsGoThroughAtOnce() {
        assertInstanceOf(SubmissionPace.Allowed.class, PACE.decide(List.of(), NOW));
        assertInstanceOf(SubmissionPace.Allowed.class, PACE.decide(List.of(NOW.minusSeconds(1)), NOW));
    }

    @Test
    void beyondTheFreeOnesEachWaitsTheSpacingAfterThePrevious() {
        List<Instant> earlier = List.of(NOW.minusSeconds(20), NOW.minusSeconds(10));
        SubmissionPace.Decision slowed = PACE.decide(earlier, NOW);
        assertEquals(new SubmissionPace.Slowed(Duration.ofSeconds(50)), slowed);
        assertInstanceOf(SubmissionPace.Allowed.class, PACE.decide(earlier, NOW.plusSeconds(50)));
    }

    @Test
    void fromTheMaximumOnEverySubmissionIsRefusedUntilTheOldestLeavesTheWindow() {
        List<Instant> earlier = new ArrayList<>(List.of(NOW.minusSeconds(400), NOW.minusSeconds(300), NOW.minusSeconds(200),
                NOW.minusSeconds(100)));
        assertEquals(new SubmissionPace.Refused(Duration.ofSeconds(200)), PACE.decide(earlier, NOW));
        assertInstanceOf(SubmissionPace.Refused.class, PACE.decide(earlier, NOW.plusSeconds(199)));
        assertInstanceOf(SubmissionPace.Allowed.class, PACE.decide(earlier, NOW.plusSeconds(201)));
    }

    @Test
    void submissionsOutsideTheWindowDoNotCount() {
        List<Instant> old = List.of(NOW.minusSeconds(3600), NOW.minusSeconds(3000), NOW.minusSeconds(2000), NOW.minusSeconds(1000),
                NOW.minusSeconds(601));
        assertInstanceOf(SubmissionPace.Allowed.class, PACE.decide(old, NOW));
    }

    @Test
    void anImpossiblePaceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SubmissionPace(Duration.ofMinutes(10), 5, 4, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionPace(Duration.ZERO, 1, 4, Duration.ZERO));
    }
}
