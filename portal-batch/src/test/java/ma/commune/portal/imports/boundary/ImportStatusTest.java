package ma.commune.portal.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportStatusTest {

    @Test
    void theNamesAreTheStringsEveryExecutionWasRecordedWith() {
        // import_execution.status is read back with valueOf: a renamed constant would make older rows unreadable.
        assertEquals(List.of("STARTED", "COMPLETED", "FAILED", "STOPPED", "REFUSED", "REFUSED_RUNNING"),
                Arrays.stream(ImportStatus.values()).map(Enum::name).toList());
    }

    @Test
    void onlyAFailedOrStoppedExecutionIsRestartableAndOnlyAStartedOneRuns() {
        assertEquals(List.of(ImportStatus.FAILED, ImportStatus.STOPPED),
                Arrays.stream(ImportStatus.values()).filter(ImportStatus::restartable).toList());
        assertEquals(List.of(ImportStatus.STARTED), Arrays.stream(ImportStatus.values()).filter(ImportStatus::running).toList());
    }

    @Test
    void theInboxNamesAnEndedFileAfterItsExecutionAndOneStillRunningAsSuch() {
        for (ImportStatus ended : ImportStatus.values()) {
            InboxOutcome outcome = InboxOutcome.ended("CREDITS_2026_20261127.csv", ended, 7);
            assertEquals(ended.running() ? "STILL_RUNNING" : ended.name(), outcome.status().name());
            assertEquals(7L, outcome.executionId());
        }
    }
}
