package ma.commune.portal.imports.control;

import java.math.BigDecimal;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;

/**
 * The control trailer, the file's last record: {@code #TOTAL;<records>;<sum of the main amount column>}.
 * The count is of records (a quoted field may span lines), the sum over every record, good or bad. A
 * file without it, or whose count or sum differ from what was read, was truncated or altered.
 */
record Trailer(long records, BigDecimal sum) {

    /** @throws FileRefused {@link Reason#TRAILER_MALFORMED} */
    public static Trailer of(DelimitedReader.Record record) {
        var fields = record.fields();
        if (fields.size() < 3 || !Header.trim(fields.get(0)).equalsIgnoreCase("#TOTAL") || !Header.trim(fields.get(1)).matches("\\d{1,12}")) {
            throw new FileRefused(Reason.TRAILER_MALFORMED, record.line(), String.join(";", fields));
        }
        for (int i = 3; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                throw new FileRefused(Reason.TRAILER_MALFORMED, record.line(), String.join(";", fields));
            }
        }
        try {
            return new Trailer(Long.parseLong(Header.trim(fields.get(1))), Amounts.parseSigned(fields.get(2)));
        } catch (ValueProblem e) {
            throw new FileRefused(Reason.TRAILER_MALFORMED, record.line(), fields.get(2));
        }
    }

    /** @throws FileRefused when the count or the sum differ from what the file holds */
    public void verify(long recordsRead, BigDecimal sumRead, long line) {
        if (records != recordsRead) {
            throw new FileRefused(Reason.TRAILER_COUNT_MISMATCH, line, "trailer " + records + ", file " + recordsRead);
        }
        if (sum.compareTo(sumRead) != 0) {
            throw new FileRefused(Reason.TRAILER_SUM_MISMATCH, line,
                    "trailer " + Amounts.format(sum) + ", file " + Amounts.format(sumRead));
        }
    }
}
