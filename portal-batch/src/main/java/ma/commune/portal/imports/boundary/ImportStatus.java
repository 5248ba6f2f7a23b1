package ma.commune.portal.imports.boundary;

/**
 * How an import execution stands in the portal's record. Stored by name in
 * {@code import_execution.status}: the names are the strings written before this type existed, so a
 * row of any age reads back. Not the batch runtime's own status ({@code ImportExecutionView.batchStatus}),
 * which knows nothing of a refused file.
 */
public enum ImportStatus {
    /** Running, or left so by a server that died (the recovery at start-up marks those FAILED). */
    STARTED,
    COMPLETED,
    /** Failed, or found dead: restartable from its last checkpoint. */
    FAILED,
    /** Stopped from the back office or the API: restartable from its last checkpoint. */
    STOPPED,
    /** The file was refused whole by the check step: nothing of it applied, a restart would refuse it again. */
    REFUSED,
    /** Did not run: another import of its family held the lease. */
    REFUSED_RUNNING;

    /** Whether the back office may offer a restart: a failed or stopped execution (a refused file is refused again). */
    public boolean restartable() {
        return this == FAILED || this == STOPPED;
    }

    public boolean running() {
        return this == STARTED;
    }
}
