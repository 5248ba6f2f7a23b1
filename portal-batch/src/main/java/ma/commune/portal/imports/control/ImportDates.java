package ma.commune.portal.imports.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import ma.commune.portal.imports.boundary.Reason;

/**
 * Dates and date-times as the exports write them: {@code dd/MM/yyyy} (tolerated: {@code yyyy-MM-dd}),
 * {@code dd/MM/yyyy HH:mm} (tolerated: {@code yyyy-MM-dd HH:mm} and {@code yyyy-MM-ddTHH:mm}). Strict:
 * the 31st of April is not a date, and neither is a two-digit year.
 */
final class ImportDates {

    private static final List<DateTimeFormatter> DATES = List.of(strict("dd/MM/uuuu"), strict("uuuu-MM-dd"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(strict("dd/MM/uuuu HH:mm"), strict("uuuu-MM-dd HH:mm"),
            strict("uuuu-MM-dd'T'HH:mm"));

    private ImportDates() {
    }

    /** @throws ValueProblem {@link Reason#NOT_A_DATE} */
    public static LocalDate date(String text) {
        String s = text == null ? "" : text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new ValueProblem(Reason.NOT_A_DATE);
    }

    /** @throws ValueProblem {@link Reason#NOT_A_DATE_TIME} */
    public static LocalDateTime dateTime(String text) {
        String s = text == null ? "" : text.strip();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new ValueProblem(Reason.NOT_A_DATE_TIME);
    }

    /** A fiscal year: four digits, within reason. @throws ValueProblem {@link Reason#NOT_A_YEAR} */
    public static int year(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{4}")) {
            throw new ValueProblem(Reason.NOT_A_YEAR);
        }
        int year = Integer.parseInt(s);
        if (year < 1990 || year > 2100) {
            throw new ValueProblem(Reason.NOT_A_YEAR);
        }
        return year;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
