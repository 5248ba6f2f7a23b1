package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommuneBoundaryTest {

    /** An L-shaped (concave) territory: the notch at the top right is outside. */
    private static final CommuneBoundary L_SHAPE = CommuneBoundary.parse("0 0; 0 10; 5 10; 5 5; 10 5; 10 0").orElseThrow();

    @Test
    void pointsInsideAConcavePolygonAreInsideAndTheNotchIsOutside() {
        assertTrue(L_SHAPE.contains(2, 2));
        assertTrue(L_SHAPE.contains(2, 8));
        assertTrue(L_SHAPE.contains(8, 2));
        assertFalse(L_SHAPE.contains(8, 8), "the notch");
        assertFalse(L_SHAPE.contains(-1, 5));
        assertFalse(L_SHAPE.contains(5, 11));
    }

    @Test
    void aPointOnAnEdgeOrACornerIsInside() {
        assertTrue(L_SHAPE.contains(0, 5));
        assertTrue(L_SHAPE.contains(5, 7));
        assertTrue(L_SHAPE.contains(10, 0));
        assertTrue(L_SHAPE.contains(5, 5));
    }

    @Test
    void aRayThroughAVertexCountsOnce() {
        CommuneBoundary diamond = CommuneBoundary.parse("0 5;5 10;10 5;5 0").orElseThrow();
        assertTrue(diamond.contains(5, 5));
        assertFalse(diamond.contains(5, 11));
        assertFalse(diamond.contains(5, -1));
        assertFalse(diamond.contains(10, 10));
    }

    @Test
    void noBoundaryIsEmptyAndAMalformedOneIsRefused() {
        assertTrue(CommuneBoundary.parse(null).isEmpty());
        assertTrue(CommuneBoundary.parse("  ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CommuneBoundary.parse("1 2;3 4"));
        assertThrows(IllegalArgumentException.class, () -> CommuneBoundary.parse("1 2;3;4 5"));
        assertThrows(IllegalArgumentException.class, () -> CommuneBoundary.parse("1 2;3 4;95 5"));
    }

    @Test
    void formatReadsBackTheSamePolygon() {
        CommuneBoundary again = CommuneBoundary.parse(L_SHAPE.format()).orElseThrow();
        assertEquals(L_SHAPE.corners(), again.corners());
    }

    /** The seeded territory of Ben Guerir holds the town and not its neighbours. */
    @Test
    void theSeededBenGuerirBoundaryHoldsTheTownAndNotItsNeighbours() throws Exception {
        String seed;
        try (var in = getClass().getResourceAsStream("/db/seed/V5__commune_boundary.sql")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("boundary\\s*=\\s*'([^']+)'").matcher(seed);
        assertTrue(m.find());
        CommuneBoundary benGuerir = CommuneBoundary.parse(m.group(1)).orElseThrow();
        assertTrue(benGuerir.contains(32.2360, -7.9540), "the town centre");
        assertTrue(benGuerir.contains(32.2200, -7.9350), "the green city and the university");
        assertFalse(benGuerir.contains(31.6295, -7.9811), "Marrakech");
        assertFalse(benGuerir.contains(32.0320, -7.9280), "Sidi Bou Othmane");
        assertFalse(benGuerir.contains(33.5731, -7.5898), "Casablanca");
    }
}
