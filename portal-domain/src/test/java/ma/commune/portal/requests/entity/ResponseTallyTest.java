package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The accountability figures of a group of cases: counts, share on time, median time to the first answer. */
class ResponseTallyTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-05T09:00:00Z");

    private static Instant days(double n) {
        return RECEIVED.plus(Duration.ofSeconds(Math.round(n * 86_400)));
    }

    @Test
    void nothingAnsweredHasNoShareAndNoMedian() {
        ResponseTally tally = new ResponseTally();
        assertTrue(tally.isEmpty());
        tally.add(RECEIVED, days(3), null);
        assertEquals(1, tally.getReceived());
        assertEquals(0, tally.getAnswered());
        assertNull(tally.getOnTimePercent());
        assertNull(tally.getMedianDays());
        assertTrue(!tally.isEmpty());
    }

    @Test
    void anAnswerAtTheDueDateIsOnTimeAndOneSecondLaterIsLate() {
        ResponseTally tally = new ResponseTally();
        tally.add(RECEIVED, days(3), days(3));
        tally.add(RECEIVED, days(3), days(3).plusSeconds(1));
        tally.add(RECEIVED, days(3), days(1));
        assertEquals(3, tally.getAnswered());
        assertEquals(2, tally.getAnsweredOnTime());
        assertEquals(67, tally.getOnTimePercent(), "2 of 3, rounded");
    }

    @Test
    void theMedianIsTheMiddleAnswerOrTheMeanOfTheTwoMiddleOnes() {
        ResponseTally odd = new ResponseTally();
        for (double d : new double[] {10, 1, 4, 2.5, 30}) {
            odd.add(RECEIVED, days(60), days(d));
        }
        assertEquals(4.0, odd.getMedianDays(), "1, 2.5, 4, 10, 30: the third");

        ResponseTally even = new ResponseTally();
        for (double d : new double[] {6, 1, 2, 40}) {
            even.add(RECEIVED, days(60), days(d));
        }
        assertEquals(4.0, even.getMedianDays(), "1, 2, 6, 40: (2 + 6) / 2");
        even.add(RECEIVED, days(60), days(0.25));
        assertEquals(2.0, even.getMedianDays(), "a new answer sorts in: 0.25, 1, 2, 6, 40");
        even.add(RECEIVED, days(60), null);
        assertEquals(2.0, even.getMedianDays(), "an unanswered case does not move the median");
        assertEquals(6, even.getReceived());
    }

    @Test
    void theMedianKeepsOneDecimalAndManyAnswersGrowTheStore() {
        ResponseTally tally = new ResponseTally();
        for (int i = 1; i <= 1001; i++) {
            tally.add(RECEIVED, days(2000), days(i / 100d));
        }
        assertEquals(1001, tally.getAnswered());
        assertEquals(5.0, tally.getMedianDays(), "the 501st of 0.01 … 10.01 days");
        ResponseTally hours = new ResponseTally();
        hours.add(RECEIVED, days(1), RECEIVED.plus(Duration.ofHours(5)));
        assertEquals(0.2, hours.getMedianDays(), "5 hours are 0.2 days");
    }

    @Test
    void overdueCasesAddUpWithoutBeingReceivedInThePeriod() {
        ResponseTally tally = new ResponseTally();
        tally.addOverdue(3);
        tally.addOverdue(2);
        assertEquals(5, tally.getOverdue());
        assertEquals(0, tally.getReceived());
        assertTrue(!tally.isEmpty());
    }
}
