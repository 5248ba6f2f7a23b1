package ma.commune.portal.shared.imports;

import jakarta.ejb.ApplicationException;

/**
 * An import that cannot start: the file was already imported (and {@code force} was not asked), another
 * execution of the job is running, the execution cannot be restarted or stopped. {@link #key()} is the
 * message key the back office and the API turn into words.
 */
@ApplicationException(rollback = true)
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ImportRefused(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
