package ma.commune.portal.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginPaceTest {

    private static final LoginPace PACE = new LoginPace(Duration.ofMinutes(60), 3, Duration.ofSeconds(30), Duration.ofMinutes(15), 20);

    private static List<Duration> agesInSeconds(long... seconds) {
        List<Duration> ages = new ArrayList<>();
        for (long s : seconds) {
            ages.add(Duration.ofSeconds(s));
        }
        return ages;
    }

    @Test
    void theFirstFailuresCostNothing() {
        assertEquals(Duration.ZERO, PACE.waitBefore(List.of(), List.of(), false));
        assertEquals(Duration.ZERO, PACE.waitBefore(agesInSeconds(1, 2), agesInSeconds(1, 2), false));
    }

    @Test
    void theDelayDoublesAtEachFurtherFailureUpToItsMaximum() {
        assertEquals(Duration.ZERO, PACE.delayAfter(2));
        assertEquals(Duration.ofSeconds(30), PACE.delayAfter(3));
        assertEquals(Duration.ofSeconds(60), PACE.delayAfter(4));
        assertEquals(Duration.ofSeconds(120), PACE.delayAfter(5));
        assertEquals(Duration.ofMinutes(15), PACE.delayAfter(10));
        assertEquals(Duration.ofMinutes(15), PACE.delayAfter(1000), "no overflow however many");
    }

    @Test
    void theWaitCountsFromTheLastFailureOfThePair() {
        assertEquals(Duration.ofSeconds(20), PACE.waitBefore(agesInSeconds(10, 20, 30), agesInSeconds(10, 20, 30), false));
        assertEquals(Duration.ZERO, PACE.waitBefore(agesInSeconds(30, 40, 50), agesInSeconds(30, 40, 50), false));
        assertEquals(Duration.ofSeconds(50), PACE.waitBefore(agesInSeconds(10, 20, 30, 40), List.of(), true));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        assertEquals(Duration.ZERO, PACE.waitBefore(agesInSeconds(1, 3600, 3700, 4000), List.of(), false));
    }

    @Test
    void theAccountCapHoldsNewAddressesUntilTheOldestCountedFailureLeavesTheWindow() {
        List<Duration> account = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            account.add(Duration.ofMinutes(i));
        }
        // The 20th youngest failure is 19 minutes old: it leaves the window in 41 minutes.
        assertEquals(Duration.ofMinutes(41), PACE.waitBefore(List.of(), account, false));
        assertEquals(Duration.ZERO, PACE.waitBefore(List.of(), account, true), "an address the owner logged in from is not held");
        assertEquals(Duration.ZERO, PACE.waitBefore(List.of(), account.subList(0, 19), false), "under the cap");
    }

    @Test
    void aPaceMakesSense() {
        assertThrows(IllegalArgumentException.class, () -> new LoginPace(Duration.ZERO, 3, Duration.ofSeconds(1), Duration.ofSeconds(2), 5));
        assertThrows(IllegalArgumentException.class, () -> new LoginPace(Duration.ofMinutes(1), 0, Duration.ofSeconds(1), Duration.ofSeconds(2), 5));
        assertThrows(IllegalArgumentException.class, () -> new LoginPace(Duration.ofMinutes(1), 3, Duration.ofSeconds(3), Duration.ofSeconds(2), 5));
    }
}
