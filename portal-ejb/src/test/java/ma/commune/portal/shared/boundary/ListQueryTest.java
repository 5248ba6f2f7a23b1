package ma.commune.portal.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of list query values: any case, spaces around, and an unreadable value is no filter. */
class ListQueryTest {

    enum Status {
        OPEN, CLOSED
    }

    @Test
    void aConstantIsReadInAnyCase() {
        assertEquals(Status.OPEN, ListQuery.constant(Status.class, "open"));
        assertEquals(Status.OPEN, ListQuery.constant(Status.class, " Open "));
        assertEquals(Status.CLOSED, ListQuery.constant(Status.class, "CLOSED"));
    }

    @Test
    void anUnknownOrMissingConstantIsNoFilter() {
        assertNull(ListQuery.constant(Status.class, "nope"));
        assertNull(ListQuery.constant(Status.class, ""));
        assertNull(ListQuery.constant(Status.class, null));
        assertNull(ListQuery.constant(Status.class, "OPEN'--"));
    }

    @Test
    void yearsAreFourDigitsOfThisEra() {
        assertEquals(2025, ListQuery.year("2025"));
        assertEquals(1999, ListQuery.year(" 1999 "));
        assertNull(ListQuery.year("25"));
        assertNull(ListQuery.year("3025"));
        assertNull(ListQuery.year("2025a"));
        assertNull(ListQuery.year(null));
    }

    @Test
    void identifiersAndNumbersAreDigitsOnly() {
        assertEquals(12L, ListQuery.id("12"));
        assertNull(ListQuery.id("-1"));
        assertNull(ListQuery.id("1e3"));
        assertNull(ListQuery.id("1234567890123456789"), "more than 18 digits overflows a long: no filter");
        assertEquals(7, ListQuery.number("7"));
        assertNull(ListQuery.number("1234567890"), "more than 9 digits overflows an int: no filter");
    }

    @Test
    void pagesStartAtOne() {
        assertEquals(1, ListQuery.page(null));
        assertEquals(1, ListQuery.page("0"));
        assertEquals(1, ListQuery.page("x"));
        assertEquals(3, ListQuery.page("3"));
    }

    @Test
    void codesAndSlugsKeepTheirShape() {
        assertEquals("10", ListQuery.code(" 10 "));
        assertNull(ListQuery.code("10;drop"));
        assertEquals("works-and-roads", ListQuery.slug("Works-And-Roads"));
        assertNull(ListQuery.slug("works/roads"));
    }

    @Test
    void aPageRequestReadsItsFiltersTheSameWay() {
        PageRequest page = new PageRequest(0, 10, Map.of("status", "open", "year", "2024", "district", "3", "kind", "x"), null, false);
        assertEquals(Status.OPEN, page.filter("status", Status.class));
        assertNull(page.filter("kind", Status.class));
        assertEquals(2024, page.yearFilter("year"));
        assertEquals(3L, page.idFilter("district"));
        assertNull(page.idFilter("missing"));
    }
}
