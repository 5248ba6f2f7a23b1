package ma.commune.portal.requests.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a resident keeps to follow a case, read aloud on the phone and typed at the counter:
 * {@code BG-7K3F-9QXM-2}. The commune's prefix, eight symbols drawn from {@link SecureRandom} (40 random
 * bits: unguessable), and a check symbol.
 * <p>
 * Symbols are Crockford's base 32 (digits and capital letters without I, L, O and U, so that nothing is
 * mistaken for a 1, a 0 or a V; reading back, {@code I}/{@code L} are taken as 1 and {@code O} as 0).
 * The check symbol is the sum of the symbols weighted by the powers of a primitive element of the field
 * GF(32): since the field has no zero divisors, a single wrong symbol always changes the sum, and so does
 * a swap of two different neighbours ((a - b)·αⁱ·(1 + α) is never zero). {@code TrackingCodeTest} checks
 * every one of those mistakes at every position.
 */
public final class TrackingCode {

    static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 8;
    /** x⁵ + x² + 1, a primitive polynomial of GF(32). */
    private static final int POLYNOMIAL = 0b100101;
    private static final int ALPHA = 0b00010;

    private static final RandomGenerator RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    /** A new code under the commune's prefix. */
    public static String generate(String prefix) {
        return generate(prefix, RANDOM);
    }

    static String generate(String prefix, RandomGenerator random) {
        int[] values = new int[RANDOM_SYMBOLS + 1];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            values[i] = random.nextInt(32);
        }
        values[RANDOM_SYMBOLS] = check(values, RANDOM_SYMBOLS);
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i <= RANDOM_SYMBOLS; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(SYMBOLS.charAt(values[i]));
        }
        return code.toString();
    }

    /**
     * The code as stored, from what a person typed (any case, spaces or dashes anywhere, I/L for 1, O for 0),
     * or nothing when it is not a well-formed code of this prefix with a right check symbol.
     */
    public static Optional<String> normalise(String prefix, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (!compact.startsWith(prefix.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String symbols = compact.substring(prefix.length()).replace('I', '1').replace('L', '1').replace('O', '0');
        if (symbols.length() != RANDOM_SYMBOLS + 1) {
            return Optional.empty();
        }
        int[] values = new int[symbols.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = SYMBOLS.indexOf(symbols.charAt(i));
            if (values[i] < 0) {
                return Optional.empty();
            }
        }
        if (check(values, RANDOM_SYMBOLS) != values[RANDOM_SYMBOLS]) {
            return Optional.empty();
        }
        return Optional.of(prefix.toUpperCase(Locale.ROOT) + "-" + symbols.substring(0, 4) + "-" + symbols.substring(4, 8)
                + "-" + symbols.substring(8));
    }

    /** Σ αⁱ⁺¹ · vᵢ in GF(32) over the first {@code length} values. */
    static int check(int[] values, int length) {
        int sum = 0;
        int weight = ALPHA;
        for (int i = 0; i < length; i++) {
            sum ^= multiply(weight, values[i]);
            weight = multiply(weight, ALPHA);
        }
        return sum;
    }

    static int multiply(int a, int b) {
        int product = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                product ^= a;
            }
            b >>= 1;
            a <<= 1;
            if ((a & 0b100000) != 0) {
                a ^= POLYNOMIAL;
            }
        }
        return product;
    }
}
