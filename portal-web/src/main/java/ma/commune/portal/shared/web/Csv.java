package ma.commune.portal.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

/**
 * RFC 4180 CSV in UTF-8: fields quoted when they hold a comma, quote or line break. A text that a
 * spreadsheet would run as a formula ({@code = + - @} first) is prefixed with an apostrophe; numbers
 * and dates are written as they are (ISO 8601, decimal point).
 */
public final class Csv {

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    public void row(Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate
                || value instanceof Instant || value instanceof TemporalAccessor) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
