package ma.commune.portal.shared.imports;

/**
 * The old name of {@link ma.commune.portal.imports.control.RecordRejected}, kept because Payara
 * restarts a job instance from the job XML stored with it at its first start, and the XML of every
 * import started before issue 16 names this class as the skippable exception. The batch runtime drops
 * a class it cannot load without a word (at FINE): a restarted old execution would then fail on its
 * first rejected record instead of skipping it into the report. Every {@code RecordRejected} thrown
 * today is one of these, so both the old and the new XML skip it.
 *
 * <p>Delete it when no import instance started before issue 16 can be restarted any more: when, on
 * the job repository, this returns 0:
 * <pre>
 * SELECT COUNT(*) FROM JOBINSTANCEDATA i JOIN EXECUTIONINSTANCEDATA x ON x.jobinstanceid = i.jobinstanceid
 *  WHERE i.name LIKE 'import-%' AND x.batchstatus IN ('FAILED', 'STOPPED')
 *    AND x.jobexecid = (SELECT MAX(y.jobexecid) FROM EXECUTIONINSTANCEDATA y WHERE y.jobinstanceid = i.jobinstanceid)
 * </pre>
 *
 * @deprecated throw and catch {@link ma.commune.portal.imports.control.RecordRejected}
 */
@Deprecated
public abstract class RecordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RecordRejected(String message) {
        super(message, null, false, false);
    }
}
