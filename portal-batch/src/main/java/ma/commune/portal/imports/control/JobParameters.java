package ma.commune.portal.imports.control;

/**
 * The names of the import job's parameters, which its job XML passes on to the artifacts as job
 * properties of the same names. Never rename one: a restart runs the job XML stored with the job
 * instance when it first started, which reads the parameters by these names.
 */
public final class JobParameters {

    /** The kind of the file ({@code ImportKind}'s name). */
    public static final String KIND = "kind";
    public static final String FILE_ID = "fileId";
    public static final String TRIGGER = "trigger";
    public static final String STARTED_BY = "startedBy";
    public static final String FORCE = "force";
    public static final String LEASE_HOLDER = "leaseHolder";
    public static final String RESTART_OF = "restartOf";
    public static final String REJECT_PERCENT = "rejectPercent";
    public static final String REJECT_MINIMUM = "rejectMinimum";
    /** The job XML reads it as the chunk's item-count (1000 when absent). */
    public static final String CHUNK_SIZE = "chunkSize";

    private JobParameters() {
    }
}
