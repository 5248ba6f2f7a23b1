package ma.commune.portal.imports.boundary;

import java.io.Serializable;

/**
 * What the nightly run did with one file of the inbox.
 *
 * @param executionId the execution that imported the file, or that had already imported the same bytes
 *                    ({@link Status#ALREADY_IMPORTED}); null when none started
 */
public record InboxOutcome(String fileName, Status status, Long executionId) implements Serializable {

    /** How an execution's end reads as the file's outcome. */
    public static InboxOutcome ended(String fileName, ImportStatus ended, long executionId) {
        return new InboxOutcome(fileName, Status.of(ended), executionId);
    }

    /**
     * The file's outcome: how its execution ended (the names of {@link ImportStatus}), or what the inbox
     * itself decided before or instead of an execution.
     */
    public enum Status {
        COMPLETED, FAILED, STOPPED,
        /** Refused whole: by the check step, or already when it was stored (empty, too large). */
        REFUSED,
        REFUSED_RUNNING,
        /** Its name is not {@code <KIND>_<exercice>_<yyyymmdd>[_<seq>].csv}: filed in {@code failed/}. */
        NAME_REFUSED,
        /** It could not be read: left in the inbox. */
        UNREADABLE,
        /** The same bytes were imported completely before: filed in {@code done/} with that execution's report. */
        ALREADY_IMPORTED,
        /** It, or another import of its family, still ran at the limit: it and the files after it wait for the next run. */
        STILL_RUNNING;

        static Status of(ImportStatus ended) {
            return switch (ended) {
                case COMPLETED -> COMPLETED;
                case FAILED -> FAILED;
                case STOPPED -> STOPPED;
                case REFUSED -> REFUSED;
                case REFUSED_RUNNING -> REFUSED_RUNNING;
                case STARTED -> STILL_RUNNING;
            };
        }
    }
}
