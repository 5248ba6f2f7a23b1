package ma.commune.portal.requests.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateWindowTest {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void withoutDatesTheWindowIsTheLast90DaysUpToNowIncluded() {
        DateWindow window = DateWindow.of(null, " ", NOW, CASABLANCA);
        assertEquals(NOW.plusSeconds(1), window.to());
        assertEquals(Duration.ofDays(90), Duration.between(window.from(), window.to()));
    }

    @Test
    void aStartAloneCovers90DaysFromIt() {
        DateWindow window = DateWindow.of("2026-10-01T08:00:00+01:00", null, NOW, CASABLANCA);
        assertEquals(Instant.parse("2026-10-01T07:00:00Z"), window.from());
        assertEquals(Instant.parse("2026-12-30T07:00:00Z"), window.to());
    }

    @Test
    void anEndAloneCovers90DaysUpToIt() {
        DateWindow window = DateWindow.of(null, "2026-11-01T00:00:00Z", NOW, CASABLANCA);
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), window.to());
        assertEquals(Instant.parse("2026-08-03T00:00:00Z"), window.from());
    }

    @Test
    void plainDaysAreTheCommunesDaysAndAnEndDayIsIncluded() {
        DateWindow window = DateWindow.of("2026-11-01", "2026-11-02", NOW, CASABLANCA);
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), window.from(), "midnight in Casablanca (UTC+1)");
        assertEquals(Instant.parse("2026-11-02T23:00:00Z"), window.to(), "up to the end of the second day");
    }

    @Test
    void anOffsetWhosePlusWasDecodedAsASpaceIsRead() {
        DateWindow window = DateWindow.of("2026-11-01T00:00:00 01:00", "2026-11-02T00:00:00Z", NOW, CASABLANCA);
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), window.from());
    }

    @Test
    void moreThan90DaysIsRefused() {
        DateWindow.Refused refused = assertThrows(DateWindow.Refused.class,
                () -> DateWindow.of("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z", NOW, CASABLANCA));
        assertEquals("open311.error.dateRange", refused.messageKey());
        // Exactly 90 days is fine.
        DateWindow.of("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", NOW, CASABLANCA);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertEquals("open311.error.dateOrder", assertThrows(DateWindow.Refused.class,
                () -> DateWindow.of("2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z", NOW, CASABLANCA)).messageKey());
    }

    @Test
    void aDateWithoutItsZoneOrMalformedIsRefusedNamingTheField() {
        assertEquals("open311.error.startDate", assertThrows(DateWindow.Refused.class,
                () -> DateWindow.of("2026-11-01T00:00:00", null, NOW, CASABLANCA)).messageKey());
        assertEquals("open311.error.endDate", assertThrows(DateWindow.Refused.class,
                () -> DateWindow.of(null, "yesterday", NOW, CASABLANCA)).messageKey());
    }
}
