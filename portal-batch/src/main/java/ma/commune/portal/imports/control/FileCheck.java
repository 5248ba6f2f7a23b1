package ma.commune.portal.imports.control;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.function.Consumer;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;

/**
 * The first step of every import: the whole file parsed and checked before anything is written —
 * header, every record, the control trailer, and the count of rejected records against the limit. A
 * file that fails here is refused whole ({@link FileRefused}); one that passes is applied completely,
 * minus its rejected records. Streams the file once, in constant memory.
 */
public final class FileCheck {

    /** What the check found in a file that passed. */
    public record Outcome(long records, long rejected, BigDecimal sum) implements Serializable {
    }

    /** Checks of one row that need more than the row (the database), run after the format's own. */
    @FunctionalInterface
    public interface RowCheck<T> {
        /** @throws RecordRejected when the row cannot be applied */
        void check(T row, RecordFields fields);
    }

    private FileCheck() {
    }

    /**
     * Reads the file through {@code format}, reporting each rejected record to {@code rejections}.
     *
     * @throws FileRefused  when the file is refused whole
     * @throws IOException when it cannot be read (or its bytes are not of the detected encoding)
     */
    public static <T> Outcome run(Reader text, RecordFormat<T> format, RejectLimit limit, RowCheck<? super T> rowCheck,
                                  Consumer<Rejection> rejections) throws IOException {
        DelimitedReader reader = new DelimitedReader(text);
        Header header = header(reader, format);
        long records = 0;
        long rejected = 0;
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        Trailer trailer = null;
        long trailerLine = 0;
        DelimitedReader.Record record;
        while ((record = reader.next()) != null) {
            if (trailer != null) {
                throw new FileRefused(Reason.RECORDS_AFTER_TRAILER, record.line(), null);
            }
            if (record.isTrailer()) {
                trailer = Trailer.of(record);
                trailerLine = record.line();
                continue;
            }
            records++;
            sum = sum.add(mainAmount(header, record, format));
            Rejection rejection = rejection(header, record, format, rowCheck);
            if (rejection != null) {
                rejected++;
                rejections.accept(rejection);
            }
        }
        if (trailer == null) {
            throw new FileRefused(Reason.TRAILER_MISSING, reader.line(), null);
        }
        trailer.verify(records, sum, trailerLine);
        if (limit.exceeded(rejected, records)) {
            throw new FileRefused(Reason.TOO_MANY_REJECTS, 0, rejected + " > " + limit.allowed(records));
        }
        return new Outcome(records, rejected, sum);
    }

    /** Reads the header record (the first one). */
    public static Header header(DelimitedReader reader, RecordFormat<?> format) throws IOException {
        DelimitedReader.Record first = reader.next();
        if (first == null) {
            throw new FileRefused(Reason.FILE_EMPTY, 0, null);
        }
        if (first.isTrailer()) {
            throw new FileRefused(Reason.HEADER_MISSING_COLUMN, first.line(), String.join(", ", format.required()));
        }
        return Header.of(first.fields(), format.columns(), format.required(), format.oneOfEach());
    }

    /**
     * The record as a row, or why not: its field count, its quoting, each value, then the checks that
     * need more than the record.
     */
    public static <T> Rejection rejection(Header header, DelimitedReader.Record record, RecordFormat<T> format,
                                          RowCheck<? super T> rowCheck) {
        try {
            parse(header, record, format, rowCheck);
            return null;
        } catch (RecordRejected e) {
            return e.rejection();
        }
    }

    /** @throws RecordRejected */
    public static <T> T parse(Header header, DelimitedReader.Record record, RecordFormat<T> format, RowCheck<? super T> rowCheck) {
        if (record.malformed()) {
            throw new RecordRejected(new Rejection(record.line(), null, String.join(";", record.fields()), Reason.MALFORMED_QUOTES));
        }
        if (record.fields().size() != header.width()) {
            throw new RecordRejected(new Rejection(record.line(), null, record.fields().size() + " / " + header.width(),
                    Reason.WRONG_FIELD_COUNT));
        }
        RecordFields fields = new RecordFields(header, record);
        T row = format.parse(fields);
        if (rowCheck != null) {
            rowCheck.check(row, fields);
        }
        return row;
    }

    /**
     * The record's main amount, signed, as the trailer sums it; unreadable means the file cannot be
     * verified. Read by its position from the header: a record missing a field before it shifts it.
     */
    private static BigDecimal mainAmount(Header header, DelimitedReader.Record record, RecordFormat<?> format) {
        String value = header.value(record.fields(), format.mainAmount());
        if (value == null) {
            // Blank: nothing to sum (a record that requires it is rejected for the missing value).
            return BigDecimal.ZERO;
        }
        try {
            return Amounts.parseSigned(value);
        } catch (ValueProblem e) {
            throw new FileRefused(Reason.MAIN_AMOUNT_UNREADABLE, record.line(), value);
        }
    }
}
