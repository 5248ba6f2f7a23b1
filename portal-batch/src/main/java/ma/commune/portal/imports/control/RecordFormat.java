package ma.commune.portal.imports.control;

import java.util.List;
import java.util.Set;
import ma.commune.portal.imports.boundary.ImportKind;

/**
 * The contract of one file kind: its columns, which are required, its main amount column (the one the
 * trailer sums) and how a record becomes a row. {@link #parse} refuses a record with
 * {@link RecordRejected}; checks that need the database (a budget line that must exist, a commitment
 * that must not be over-ordered) are the import's, not the format's.
 *
 * @param <T> the row a record becomes
 */
public interface RecordFormat<T> {

    ImportKind kind();

    /** Every column this kind knows (normalised names); others are ignored. */
    Set<String> columns();

    /** The columns the header must have. */
    Set<String> required();

    /** Groups of columns of which the header must have one (a label in French or in Arabic). */
    default List<Set<String>> oneOfEach() {
        return List.of();
    }

    /** The column the trailer sums. */
    String mainAmount();

    T parse(RecordFields fields);
}
