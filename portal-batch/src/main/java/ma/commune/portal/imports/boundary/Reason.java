package ma.commune.portal.imports.boundary;

/**
 * Why a record or a whole file is refused, as the import contract ({@code shared/formats/IMPORTS.md})
 * words it. The reject report and the back office show {@code imports.reason.<NAME>} in the reader's
 * language; the enum keeps the report's machine-readable column stable.
 */
public enum Reason {
    // A value of one record: the record goes to the reject report.
    REQUIRED_VALUE_MISSING,
    NOT_AN_AMOUNT,
    NEGATIVE_AMOUNT,
    AMOUNT_TOO_LARGE,
    NOT_A_DATE,
    NOT_A_DATE_TIME,
    NOT_A_YEAR,
    NOT_A_BUDGET_LINE_CODE,
    NOT_AN_ICE,
    UNKNOWN_VALUE,
    LABEL_MISSING,
    MALFORMED_QUOTES,
    WRONG_FIELD_COUNT,
    UNKNOWN_BUDGET_LINE,
    UNKNOWN_COMMITMENT,
    ORDERED_EXCEEDS_COMMITTED,
    UNKNOWN_TENDER,
    VALUE_TOO_LONG,

    // The whole file: nothing of it is applied.
    FILE_EMPTY,
    FILE_TOO_LARGE,
    UNREADABLE_ENCODING,
    FILE_NAME_INVALID,
    HEADER_MISSING_COLUMN,
    HEADER_DUPLICATE_COLUMN,
    TRAILER_MISSING,
    TRAILER_MALFORMED,
    TRAILER_COUNT_MISMATCH,
    TRAILER_SUM_MISMATCH,
    MAIN_AMOUNT_UNREADABLE,
    UNTERMINATED_QUOTE,
    RECORDS_AFTER_TRAILER,
    TOO_MANY_REJECTS;

    /** Whether this reason refuses the whole file rather than one record. */
    public boolean refusesFile() {
        return ordinal() >= FILE_EMPTY.ordinal();
    }
}
