package ma.commune.portal.imports.control;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.imports.boundary.Reason;

/**
 * Amounts as the treasury's exports write them: a decimal comma, an optional thousands separator (a
 * space, a no-break space, a narrow no-break space, or a dot but only where the digits are grouped by
 * three, {@code 1.234.567,89}), an optional {@code MAD} or {@code DH} suffix. {@code 1 234 567,89} is
 * 1234567.89. Anything else ({@code 1234.56}, {@code 12,5,0}, {@code abc}) is not an amount. Amounts
 * are dirhams with at most two decimals, and never negative: a cancellation is a status, not a
 * negative line.
 */
final class Amounts {

    /** The digits, grouped one way or not at all, then at most two decimals after a comma. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(-)?(\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?");
    /**
     * The largest amount the portal stores: its amount columns are {@code DECIMAL(15,2)}, 13 digits before
     * the comma. A larger one is refused with its record at the check, never by the database halfway
     * through the import.
     */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");
    private static final Pattern SUFFIX = Pattern.compile("(?i)[ \u00A0\u202F]*(MAD|DH|DHS)\\.?$");

    private Amounts() {
    }

    /**
     * The amount written in {@code text}, scaled to two decimals.
     *
     * @throws ValueProblem {@link Reason#NOT_AN_AMOUNT}, {@link Reason#NEGATIVE_AMOUNT} or
     *                     {@link Reason#AMOUNT_TOO_LARGE} (over {@link #MAX})
     */
    public static BigDecimal parse(String text) {
        BigDecimal amount = parseSigned(text);
        if (amount.signum() < 0) {
            throw new ValueProblem(Reason.NEGATIVE_AMOUNT);
        }
        if (amount.compareTo(MAX) > 0) {
            throw new ValueProblem(Reason.AMOUNT_TOO_LARGE);
        }
        return amount;
    }

    /**
     * The amount with its sign: the trailer's sum is over every record, good or bad, so a negative
     * line still counts there even though the line itself is refused.
     */
    public static BigDecimal parseSigned(String text) {
        if (text == null) {
            throw new ValueProblem(Reason.NOT_AN_AMOUNT);
        }
        String s = SUFFIX.matcher(strip(text)).replaceFirst("");
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            throw new ValueProblem(Reason.NOT_AN_AMOUNT);
        }
        String digits = m.group(2).replaceAll("[ .\u00A0\u202F]", "");
        String decimals = m.group(3) == null ? "" : "." + m.group(3);
        BigDecimal amount = new BigDecimal(digits + decimals).setScale(2);
        return m.group(1) == null ? amount : amount.negate();
    }

    /** Whether {@code text} holds an amount (signed or not). */
    public static boolean isAmount(String text) {
        try {
            parseSigned(text);
            return true;
        } catch (ValueProblem e) {
            return false;
        }
    }

    /** Writes an amount as the contract does, without grouping: {@code 1234567,89}. */
    public static String format(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }

    /** Trims ordinary and Unicode spaces (exports pad columns with no-break spaces too), upper-cased. */
    static String strip(String text) {
        return Header.trim(text).toUpperCase(Locale.ROOT);
    }
}
