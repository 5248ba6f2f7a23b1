package ma.commune.portal.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;

/**
 * The values of one record, read through the header by column name, each parser refusing the record
 * with the column and the value that failed ({@link RecordRejected}). What the formats of the five file
 * kinds share.
 */
public final class RecordFields {

    private final Header header;
    private final DelimitedReader.Record record;

    public RecordFields(Header header, DelimitedReader.Record record) {
        this.header = header;
        this.record = record;
    }

    public long line() {
        return record.line();
    }

    /** The trimmed value, {@code null} when blank or absent. */
    public String optional(String column) {
        return header.value(record.fields(), column);
    }

    public String optional(String column, int maxLength) {
        String value = optional(column);
        if (value != null && value.length() > maxLength) {
            throw reject(column, value, Reason.VALUE_TOO_LONG);
        }
        return value;
    }

    public String required(String column, int maxLength) {
        String value = optional(column, maxLength);
        if (value == null) {
            throw reject(column, null, Reason.REQUIRED_VALUE_MISSING);
        }
        return value;
    }

    /** A natural key's part: trimmed and upper-cased, so that {@code ae 12} and {@code AE 12} are one key. */
    public String key(String column, int maxLength) {
        return required(column, maxLength).toUpperCase(Locale.ROOT);
    }

    public BigDecimal amount(String column) {
        String value = optional(column);
        if (value == null) {
            throw reject(column, null, Reason.REQUIRED_VALUE_MISSING);
        }
        return parsed(column, value, () -> Amounts.parse(value));
    }

    public BigDecimal optionalAmount(String column) {
        String value = optional(column);
        return value == null ? null : parsed(column, value, () -> Amounts.parse(value));
    }

    public LocalDate date(String column) {
        String value = optional(column);
        if (value == null) {
            throw reject(column, null, Reason.REQUIRED_VALUE_MISSING);
        }
        return parsed(column, value, () -> ImportDates.date(value));
    }

    public LocalDate optionalDate(String column) {
        String value = optional(column);
        return value == null ? null : parsed(column, value, () -> ImportDates.date(value));
    }

    public LocalDateTime dateTime(String column) {
        String value = optional(column);
        if (value == null) {
            throw reject(column, null, Reason.REQUIRED_VALUE_MISSING);
        }
        return parsed(column, value, () -> ImportDates.dateTime(value));
    }

    public LocalDateTime optionalDateTime(String column) {
        String value = optional(column);
        return value == null ? null : parsed(column, value, () -> ImportDates.dateTime(value));
    }

    public int year(String column) {
        String value = optional(column);
        if (value == null) {
            throw reject(column, null, Reason.REQUIRED_VALUE_MISSING);
        }
        return parsed(column, value, () -> ImportDates.year(value));
    }

    public Integer optionalCount(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,5}")) {
            throw reject(column, value, Reason.UNKNOWN_VALUE);
        }
        return Integer.valueOf(value);
    }

    /** The supplier's ICE: 15 digits when present (spaces tolerated between the groups). */
    public String optionalIce(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s\u00A0\u202F]", "");
        if (!digits.matches("\\d{15}")) {
            throw reject(column, value, Reason.NOT_AN_ICE);
        }
        return digits;
    }

    /** A code of a closed list, matched as a column name is (case, accents, spaces), with its tolerated spellings. */
    public <E> E oneOf(String column, Map<String, E> spellings) {
        String value = optional(column);
        if (value == null) {
            throw reject(column, null, Reason.REQUIRED_VALUE_MISSING);
        }
        E e = spellings.get(ColumnName.normalise(value));
        if (e == null) {
            e = spellings.get(value.strip());
        }
        if (e == null) {
            throw reject(column, value, Reason.UNKNOWN_VALUE);
        }
        return e;
    }

    public <E> E optionalOneOf(String column, Map<String, E> spellings) {
        return optional(column) == null ? null : oneOf(column, spellings);
    }

    public RecordRejected reject(String column, String value, Reason reason) {
        return new RecordRejected(new Rejection(record.line(), column, value, reason));
    }

    private <T> T parsed(String column, String value, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValueProblem problem) {
            throw reject(column, value, problem.reason());
        }
    }
}
