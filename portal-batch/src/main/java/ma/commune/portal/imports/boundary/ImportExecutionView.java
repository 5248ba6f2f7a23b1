package ma.commune.portal.imports.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * An import execution as the back office and the operations API show it: the portal's record and the
 * batch runtime's step metrics.
 *
 * @param read     records read by the import step (its READ_COUNT)
 * @param written  rows handed to the writer (WRITE_COUNT: inserted + updated + unchanged)
 * @param skipped  records skipped into the reject report (PROCESS_SKIP_COUNT)
 */
public record ImportExecutionView(long executionId, long instanceId, ImportKind kind, String fileName, long fileId, String trigger,
                                  String startedBy, boolean forced, Long restartOf, ImportStatus status, String batchStatus,
                                  Long records, Long rejected, long inserted, long updated, long unchanged, long read, long written,
                                  long skipped, String refusalReason, Long refusalLine, String refusalDetail, Instant startedAt,
                                  Instant endedAt) implements Serializable {

    /** Whether the back office may offer a restart: a failed or stopped execution (a refused file is refused again). */
    public boolean restartable() {
        return status.restartable();
    }

    public boolean running() {
        return status.running();
    }
}
