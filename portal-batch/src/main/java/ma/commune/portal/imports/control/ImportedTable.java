package ma.commune.portal.imports.control;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the rows of one file kind go: the table, its natural key as one string, its columns and how a
 * row fills them, and the row as the contract writes it (the source record, whose hash tells a changed
 * row from an unchanged one). The writer is the same for every kind; this is what differs.
 *
 * @param <T> the row
 */
public interface ImportedTable<T> {

    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    String table();

    /** The natural key, trimmed and upper-cased parts joined by {@code |}: {@code 2026|E-1}. */
    String rowKey(T row);

    /** The data columns, in the order {@link #bind} fills them. */
    List<String> columns();

    /** Sets the data columns' values from parameter {@code first} on. */
    void bind(PreparedStatement statement, int first, T row) throws SQLException;

    /** The row's values in a fixed order, written as the contract writes them. */
    String sourceRecord(T row);

    /** Joins values as a contract line: blank for null, amounts with a decimal comma, dates as {@code dd/MM/yyyy}. */
    static String record(Object... values) {
        return Stream.of(values).map(ImportedTable::text).collect(Collectors.joining(";"));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return Amounts.format(amount);
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof LocalDateTime minute) {
            return MINUTE.format(minute);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return Objects.toString(value).replace(";", ",").replace("\n", " ");
    }
}
