package ma.commune.portal.council.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final Instant START = Instant.parse("2041-05-06T09:00:00Z");

    private static CalendarFeed.Event event(String summary, Instant end) {
        return new CalendarFeed.Event("session-7@example.org", START, end, summary, "قاعة الاجتماعات", "1. الميزانية\n2. النقل",
                "https://example.org/council/sessions/7?lang=ar", 2, true, Instant.parse("2041-04-01T10:15:30.123Z"), "ar");
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", CalendarFeed.text("a\\b;c,d\r\ne\nf\rg"));
        assertEquals("bell", CalendarFeed.text("be\u0007ll"), "control characters are not allowed in TEXT");
    }

    @Test
    void everyLineEndsWithCrLfAndIsAtMost75OctetsWithoutCuttingACharacter() {
        String summary = "الدورة الاستثنائية لمجلس جماعة ابن جرير المخصصة لدراسة برنامج عمل الجماعة والميزانية 🎉 ".repeat(4);
        byte[] bytes = new CalendarFeed("-//BG//Test//AR", "تقويم").add(event(summary, null)).bytes();
        String calendar = new String(bytes, StandardCharsets.UTF_8);
        assertArrayEquals(bytes, calendar.getBytes(StandardCharsets.UTF_8), "valid UTF-8: no character was cut");
        assertTrue(calendar.endsWith("END:VCALENDAR\r\n"));
        for (String line : calendar.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "at most 75 octets: " + line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "no bare line break");
        }
        String unfolded = calendar.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY;LANGUAGE=ar:" + CalendarFeed.text(summary) + "\r\n"), "unfolding gives back the summary");
        assertTrue(unfolded.contains("DESCRIPTION;LANGUAGE=ar:1. الميزانية\\n2. النقل\r\n"));
    }

    @Test
    void timesAreUtcAndAnUnknownEndIsThreeHoursAfterTheStart() {
        String calendar = new String(new CalendarFeed("-//BG//Test//AR", null).add(event("s", null)).bytes(), StandardCharsets.UTF_8);
        assertTrue(calendar.contains("\r\nDTSTART:20410506T090000Z\r\n"));
        assertTrue(calendar.contains("\r\nDTEND:20410506T120000Z\r\n"));
        assertTrue(calendar.contains("\r\nDTSTAMP:20410401T101530Z\r\n"));
        assertTrue(calendar.contains("\r\nSEQUENCE:2\r\nSTATUS:CANCELLED\r\n"));
        String known = new String(new CalendarFeed("-//BG//Test//AR", null).add(event("s", START.plusSeconds(5400))).bytes(),
                StandardCharsets.UTF_8);
        assertTrue(known.contains("\r\nDTEND:20410506T103000Z\r\n"));
    }

    @Test
    void aCalendarWithoutEventsStillHasTheOneComponentRfc5545Requires() {
        CalendarFeed empty = new CalendarFeed("-//BG//Test//AR", null);
        String calendar = new String(empty.bytes(), StandardCharsets.UTF_8);
        assertTrue(calendar.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:UTC\r\n"), calendar);
        assertEquals(calendar, new String(empty.bytes(), StandardCharsets.UTF_8), "the same bytes each time");
    }
}
