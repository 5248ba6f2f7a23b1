package ma.commune.portal.requests.web.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates a GET requests covers, from its {@code start_date} and {@code end_date} (W3C datetimes with
 * their zone, or plain days counted in the commune's zone): the last 90 days by default, 90 days from a
 * start or up to an end given alone, and never more than 90 days, as GeoReport v2 suggests.
 *
 * @param from inclusive
 * @param to   exclusive
 */
record DateWindow(Instant from, Instant to) {

    static final Duration LONGEST = Duration.ofDays(90);

    /** Why a window was refused: the interface text's key, for the client's 400. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
        }

        String messageKey() {
            return getMessage();
        }
    }

    static DateWindow of(String start, String end, Instant now, ZoneId zone) {
        Optional<Instant> from = parse(start, zone, false, "open311.error.startDate");
        Optional<Instant> to = parse(end, zone, true, "open311.error.endDate");
        // Up to now included: a report received this very second is in the default window.
        Instant t = to.orElseGet(() -> from.map(x -> x.plus(LONGEST)).orElse(now.plusSeconds(1)));
        Instant f = from.orElseGet(() -> t.minus(LONGEST));
        if (!t.isAfter(f)) {
            throw new Refused("open311.error.dateOrder");
        }
        if (Duration.between(f, t).compareTo(LONGEST) > 0) {
            throw new Refused("open311.error.dateRange");
        }
        return new DateWindow(f, t);
    }

    /** A W3C datetime with its offset, or a day (whose end, for an end date, is the next day's start). */
    private static Optional<Instant> parse(String text, ZoneId zone, boolean end, String refusal) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return Optional.of((end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant());
            }
            // A '+' of an offset that reached us unencoded became a space.
            return Optional.of(OffsetDateTime.parse(t.replace(' ', '+')).toInstant());
        } catch (DateTimeParseException malformed) {
            throw new Refused(refusal);
        }
    }
}
