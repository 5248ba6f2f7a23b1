package ma.commune.portal.imports.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;

/**
 * The records of a delimited export: fields separated by {@code ;}, optionally quoted with {@code "};
 * a quoted field may hold {@code ;}, doubled quotes {@code ""} and line breaks, so a record may span
 * several physical lines. Blank lines are skipped. Each record knows the physical line it starts on,
 * for the reject report. A quote that is never closed means the file was cut: the file is refused.
 * Text after a closing quote ({@code "abc"def}) makes the record malformed (refused alone).
 *
 * <p>Reads through its own buffer, one pass, constant memory: the nightly files have a million lines.
 */
public final class DelimitedReader implements Closeable {

    /** One record: the line it starts on, its fields, and whether its quoting was broken. */
    public record Record(long line, List<String> fields, boolean malformed) {

        /** The control trailer {@code #TOTAL;count;sum} is the file's last record. */
        public boolean isTrailer() {
            return !fields.isEmpty() && fields.get(0).strip().toUpperCase(java.util.Locale.ROOT).startsWith("#TOTAL");
        }
    }

    private static final char SEPARATOR = ';';
    private static final char QUOTE = '"';

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long line = 1;
    private boolean afterCarriageReturn;

    public DelimitedReader(Reader in) {
        this.in = in;
    }

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws FileRefused {@link Reason#UNTERMINATED_QUOTE} when the input ends inside a quoted field
     */
    public Record next() throws IOException {
        while (true) {
            int c = peek();
            if (c == -1) {
                return null;
            }
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean malformed = false;
            boolean quotedRecord = false;
            boolean inQuotes = false;
            boolean wasQuoted = false;
            while (true) {
                c = read();
                if (c == -1) {
                    if (inQuotes) {
                        throw new FileRefused(Reason.UNTERMINATED_QUOTE, start, null);
                    }
                    break;
                }
                if (inQuotes) {
                    if (c == QUOTE) {
                        if (peek() == QUOTE) {
                            read();
                            field.append(QUOTE);
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == '\n') {
                    break;
                }
                if (c == SEPARATOR) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == QUOTE && !wasQuoted && field.toString().isBlank()) {
                    field.setLength(0);
                    inQuotes = true;
                    wasQuoted = true;
                    quotedRecord = true;
                } else if (c == QUOTE || wasQuoted && !Character.isWhitespace(c)) {
                    malformed = true;
                    field.append((char) c);
                } else {
                    field.append((char) c);
                }
            }
            fields.add(field.toString());
            if (!quotedRecord && fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            return new Record(start, List.copyOf(fields), malformed);
        }
    }

    /** The physical line the reader is on (1-based). */
    public long line() {
        return line;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        int c = buffer[position];
        return c == '\r' ? '\n' : c;
    }

    /** One character, every line break ({@code \r\n}, {@code \n}, a lone {@code \r}) read as {@code \n}. */
    private int read() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return -1;
            }
            char c = buffer[position++];
            if (c == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
                continue;
            }
            afterCarriageReturn = c == '\r';
            if (c == '\r' || c == '\n') {
                line++;
                return '\n';
            }
            return c;
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
