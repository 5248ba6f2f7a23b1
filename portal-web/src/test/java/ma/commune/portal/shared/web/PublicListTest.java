package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A public list keeps only the filters it could read, spelt canonically, in its links. */
class PublicListTest {

    enum Stage {
        PLANNED, COMPLETED
    }

    @Test
    void aFilterInAnyCaseIsKeptByItsName() {
        PublicList list = new PublicList("/projects", "2", 10);
        assertEquals(Stage.COMPLETED, list.choice("status", Stage.class, "completed"));
        assertEquals("COMPLETED", list.value("status"), "the select marks the option: the value is the constant's name");
        assertEquals("/projects?status=COMPLETED&page=3", list.link(3));
    }

    @Test
    void anUnknownValueIsNoFilterAndLeavesTheLinks() {
        PublicList list = new PublicList("/projects", null, 10);
        assertNull(list.choice("status", Stage.class, "decision"));
        assertNull(list.year("year", "20x5"));
        assertNull(list.id("district", "three"));
        assertNull(list.value("status"), "the select shows 'all'");
        assertEquals("/projects", list.link(1));
        assertEquals(Map.of(), list.filters());
    }

    @Test
    void filtersGoToTheBoundaryCanonically() {
        PublicList list = new PublicList("/council/sessions", "x", 10);
        list.year("year", " 2024 ");
        list.choice("kind", Stage.class, "Planned");
        assertEquals(Map.of("year", "2024", "kind", "PLANNED"), list.filters());
        assertEquals(1, list.getPage(), "a page that is not a number is the first");
    }
}
