package ma.commune.portal.shared;

import static ma.commune.portal.shared.Texts.blankToNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void nothingTypedIsAbsent() {
        assertNull(blankToNull(null));
        assertNull(blankToNull(""));
        assertNull(blankToNull("  "));
        assertNull(blankToNull("\t\n\r "));
    }

    @Test
    void theWhiteSpaceAroundATextIsDropped() {
        assertEquals("a", blankToNull(" a "));
        assertEquals("a b", blankToNull("\ta b\n"));
    }

    @Test
    void unicodeSpacesCountAsWhiteSpace() {
        // An em space and an ideographic space, as a text pasted from a word processor may carry.
        assertEquals("a", blankToNull("\u2003a\u3000"));
        assertNull(blankToNull("\u2003\u3000"));
    }

    @Test
    void theWhiteSpaceInsideATextIsKept() {
        assertEquals("حي  السلام", blankToNull(" حي  السلام "));
    }
}
