package ma.commune.portal.imports.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an export: {@code <KIND>_<exercice>_<yyyymmdd>[_<seq>].csv}, e.g.
 * {@code ENGAGEMENTS_2026_20261127.csv}, {@code PAIEMENTS_2026_20261127_2.csv}. The nightly run orders
 * the inbox by it: kind dependencies first, then export date and sequence.
 */
public record ImportFileName(ImportKind kind, int year, LocalDate exportDate, int sequence) {

    private static final Pattern NAME = Pattern.compile("(?i)(CREDITS|ENGAGEMENTS|PAIEMENTS|AVIS|ATTRIBUTIONS)_(\\d{4})_(\\d{8})(?:_(\\d{1,4}))?\\.csv");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** The order of a night's files: CREDITS before ENGAGEMENTS before PAIEMENTS, AVIS before ATTRIBUTIONS; then by date and sequence. */
    public static final Comparator<ImportFileName> NIGHTLY_ORDER = Comparator.comparing(ImportFileName::kind)
            .thenComparing(ImportFileName::exportDate).thenComparingInt(ImportFileName::year)
            .thenComparingInt(ImportFileName::sequence);

    public static Optional<ImportFileName> parse(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(fileName.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(3), DAY);
            int sequence = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            return Optional.of(new ImportFileName(ImportKind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(m.group(2)), day, sequence));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
