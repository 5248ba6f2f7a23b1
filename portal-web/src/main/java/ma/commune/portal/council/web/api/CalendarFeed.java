package ma.commune.portal.council.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An iCalendar object (RFC 5545) written by hand: a calendar of events, each with its stable UID, its
 * times in UTC, its texts escaped (section 3.3.11) and every content line folded at 75 octets (section
 * 3.1) without ever cutting a UTF-8 character in two, lines ended by CRLF. The calendar carries no METHOD:
 * it is a published feed, so DTSTAMP is the last revision of each event and the same data always give
 * the same bytes (which the feed's ETag relies on).
 */
final class CalendarFeed {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    /** Meetings whose end is not recorded last three hours in calendars. */
    static final long DEFAULT_HOURS = 3;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    /** One event: {@code language} is the tag of the texts (SUMMARY, LOCATION, DESCRIPTION). */
    record Event(String uid, Instant start, Instant end, String summary, String location, String description, String url,
                 int sequence, boolean cancelled, Instant lastModified, String language) {
    }

    private final StringBuilder out = new StringBuilder();
    private int events;
    private boolean zoned;

    CalendarFeed(String productId, String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:" + text(productId));
        line("CALSCALE:GREGORIAN");
        if (name != null && !name.isBlank()) {
            line("X-WR-CALNAME:" + text(name));
        }
    }

    CalendarFeed add(Event event) {
        String language = event.language() == null ? "" : ";LANGUAGE=" + event.language();
        line("BEGIN:VEVENT");
        line("UID:" + text(event.uid()));
        line("DTSTAMP:" + utc(event.lastModified()));
        line("DTSTART:" + utc(event.start()));
        line("DTEND:" + utc(event.end() != null && event.end().isAfter(event.start())
                ? event.end() : event.start().plus(DEFAULT_HOURS, ChronoUnit.HOURS)));
        line("SUMMARY" + language + ":" + text(event.summary()));
        if (present(event.location())) {
            line("LOCATION" + language + ":" + text(event.location()));
        }
        if (present(event.description())) {
            line("DESCRIPTION" + language + ":" + text(event.description()));
        }
        if (present(event.url())) {
            line("URL:" + event.url());
        }
        line("SEQUENCE:" + Math.max(0, event.sequence()));
        line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("LAST-MODIFIED:" + utc(event.lastModified()));
        line("END:VEVENT");
        events++;
        return this;
    }

    /**
     * The finished calendar, UTF-8. RFC 5545 wants at least one component in a calendar: one without any
     * event (a new commune) carries the UTC time zone, which its events would use anyway.
     */
    byte[] bytes() {
        if (events == 0 && !zoned) {
            zoned = true;
            for (String line : new String[]{"BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                    "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:UTC", "END:STANDARD", "END:VTIMEZONE"}) {
                line(line);
            }
        }
        return (out + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * Appends a content line folded at 75 octets: each continuation starts with one space, which counts
     * in its line's 75. A character is never cut, nor a surrogate pair (an emoji) split.
     */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    static String utc(Instant instant) {
        return UTC.format((instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
