package ma.commune.portal.imports.boundary;

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
    private final Long execution;

    public ImportRefused(String key, String message) {
        this(key, message, null);
    }

    /** A refusal that points at an execution: the one that already imported the file. */
    public ImportRefused(String key, String message, Long execution) {
        super(message);
        this.key = key;
        this.execution = execution;
    }

    /** The execution the refusal points at (the one that already imported the file), if any. */
    public java.util.OptionalLong execution() {
        return execution == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(execution);
    }

    public String key() {
        return key;
    }
}
