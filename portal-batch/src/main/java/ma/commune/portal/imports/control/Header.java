package ma.commune.portal.imports.control;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;

/**
 * The first line of a file: where each column of the contract is. Column order is free and unknown
 * columns are ignored; a required column that is missing, or a known column written twice (which of
 * the two would be the truth?), refuses the whole file.
 */
public final class Header {

    private final Map<String, Integer> positions;
    private final int width;

    private Header(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * Reads the header record against the columns a file kind knows.
     *
     * @param oneOfEach groups of columns of which the file must have at least one (a label in French or Arabic)
     *
     * @throws FileRefused {@link Reason#HEADER_MISSING_COLUMN} (naming the column) or
     *                     {@link Reason#HEADER_DUPLICATE_COLUMN}
     */
    public static Header of(List<String> names, Set<String> known, Set<String> required, List<Set<String>> oneOfEach) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = ColumnName.normalise(names.get(i));
            if (!known.contains(column)) {
                continue;
            }
            if (seen.put(column, i) != null) {
                throw new FileRefused(Reason.HEADER_DUPLICATE_COLUMN, 1, column);
            }
            positions.put(column, i);
        }
        for (String column : required) {
            if (!positions.containsKey(column)) {
                throw new FileRefused(Reason.HEADER_MISSING_COLUMN, 1, column);
            }
        }
        for (Set<String> alternatives : oneOfEach) {
            if (alternatives.stream().noneMatch(positions::containsKey)) {
                throw new FileRefused(Reason.HEADER_MISSING_COLUMN, 1, String.join(" | ", new java.util.TreeSet<>(alternatives)));
            }
        }
        return new Header(positions, names.size());
    }

    /** The value of {@code column} in a record, {@code null} when the file has no such column or it is blank. */
    public String value(List<String> record, String column) {
        Integer at = positions.get(column);
        if (at == null || at >= record.size()) {
            return null;
        }
        String value = trim(record.get(at));
        return value.isEmpty() ? null : value;
    }

    /**
     * The text without the spaces around it, Unicode ones included: exports pad columns with no-break
     * (U+00A0), narrow no-break (U+202F) and figure (U+2007) spaces, which {@link String#strip()} keeps,
     * and a key padded so must not become a second key.
     */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    public Optional<Integer> position(String column) {
        return Optional.ofNullable(positions.get(column));
    }

    /** How many fields the header has: a record with another count is refused. */
    public int width() {
        return width;
    }
}
