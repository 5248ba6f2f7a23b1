package ma.commune.portal.imports.control;

import java.sql.Connection;
import java.sql.SQLException;
import ma.commune.portal.imports.boundary.ImportKind;

/**
 * What the import of one file kind is made of: its format, its table, and the checks of a row against
 * the database. One CDI bean per kind, in its component's package; the job artifacts, the same for
 * every kind, pick theirs by the job's {@code kind} property.
 *
 * @param <T> the row
 */
public interface ImportPlan<T> {

    ImportKind kind();

    RecordFormat<T> format();

    ImportedTable<T> table();

    /** The checks that need the database, loaded once per step; {@code null} when the kind has none. */
    default FileCheck.RowCheck<T> rowCheck(Connection connection) throws SQLException {
        return null;
    }
}
