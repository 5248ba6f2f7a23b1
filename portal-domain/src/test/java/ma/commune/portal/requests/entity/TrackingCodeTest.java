package ma.commune.portal.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    private static final int LENGTH = 9;

    /** The check symbol of every code is right: the check over all nine symbols is what the ninth holds. */
    private static boolean valid(int[] values) {
        return TrackingCode.check(values, LENGTH - 1) == values[LENGTH - 1];
    }

    /**
     * The checksum is linear, so whether a mistake is caught depends only on where it is and on the two
     * symbols involved, not on the rest of the code: checking every position and every pair of symbols on
     * codes with every possible symbol around them proves it for all 32⁸ codes.
     */
    @Test
    void everySingleWrongSymbolIsCaughtAtEveryPosition() {
        Random random = new Random(7);
        for (int trial = 0; trial < 64; trial++) {
            int[] values = randomCode(random);
            for (int position = 0; position < LENGTH; position++) {
                for (int wrong = 0; wrong < 32; wrong++) {
                    if (wrong == values[position]) {
                        continue;
                    }
                    int[] typed = values.clone();
                    typed[position] = wrong;
                    assertTrue(!valid(typed), "a wrong symbol at " + position + " is caught");
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentNeighboursIsCaughtAtEveryPosition() {
        for (int position = 0; position < LENGTH - 2; position++) {
            for (int a = 0; a < 32; a++) {
                for (int b = 0; b < 32; b++) {
                    if (a != b) {
                        int[] values = new int[LENGTH];
                        values[position] = a;
                        values[position + 1] = b;
                        values[LENGTH - 1] = TrackingCode.check(values, LENGTH - 1);
                        int[] swapped = values.clone();
                        swapped[position] = b;
                        swapped[position + 1] = a;
                        assertTrue(valid(values));
                        assertTrue(!valid(swapped), "swapping " + a + " and " + b + " at " + position + " is caught");
                    }
                }
            }
        }
        // The last random symbol and the check symbol swapped.
        for (int a = 0; a < 32; a++) {
            int[] values = new int[LENGTH];
            values[LENGTH - 2] = a;
            values[LENGTH - 1] = TrackingCode.check(values, LENGTH - 1);
            if (values[LENGTH - 1] != a) {
                int[] swapped = values.clone();
                swapped[LENGTH - 2] = values[LENGTH - 1];
                swapped[LENGTH - 1] = a;
                assertTrue(!valid(swapped), "swapping the check symbol with " + a + " is caught");
            }
        }
    }

    @Test
    void aCodeIsThePrefixEightRandomSymbolsAndACheckInGroupsOfFour() {
        String code = TrackingCode.generate("BG");
        assertTrue(code.matches("BG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]"), code);
        assertEquals(Optional.of(code), TrackingCode.normalise("BG", code));
    }

    @Test
    void whatAPersonTypesIsReadForgivingly() {
        String code = TrackingCode.generate("BG", new Random(3));
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertEquals(Optional.of(code), TrackingCode.normalise("BG", typed));
        String withZeroAsO = code.replace('0', 'O');
        assertEquals(Optional.of(code), TrackingCode.normalise("BG", withZeroAsO));
    }

    @Test
    void aMistypedCodeIsNotACode() {
        String code = TrackingCode.generate("BG", new Random(11));
        char last = code.charAt(code.length() - 1);
        String wrongCheck = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertEquals(Optional.empty(), TrackingCode.normalise("BG", wrongCheck));
        assertEquals(Optional.empty(), TrackingCode.normalise("XX", code));
        assertEquals(Optional.empty(), TrackingCode.normalise("BG", code + "7"));
        assertEquals(Optional.empty(), TrackingCode.normalise("BG", "BG-U000-0000-0"));
        assertEquals(Optional.empty(), TrackingCode.normalise("BG", null));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(codes.add(TrackingCode.generate("BG")));
        }
        assertNotEquals(TrackingCode.generate("BG"), TrackingCode.generate("BG"));
    }

    private static int[] randomCode(Random random) {
        int[] values = new int[LENGTH];
        for (int i = 0; i < LENGTH - 1; i++) {
            values[i] = random.nextInt(32);
        }
        values[LENGTH - 1] = TrackingCode.check(values, LENGTH - 1);
        return values;
    }
}
