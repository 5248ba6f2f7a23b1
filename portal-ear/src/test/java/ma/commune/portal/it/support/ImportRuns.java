package ma.commune.portal.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import ma.commune.portal.imports.boundary.ImportExecutionView;

/** An import execution followed to its end, in the server, by the tests that import through {@code Imports}. */
public final class ImportRuns {

    private ImportRuns() {
    }

    /**
     * The execution once it ended, in the portal's record and in the job repository, read through
     * {@code read} (a run-as bean's call of {@code Imports.execution}) within 90 seconds.
     */
    public static ImportExecutionView awaitEnd(long id, Callable<Optional<ImportExecutionView>> read) throws Exception {
        Instant limit = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(limit)) {
            ImportExecutionView view = read.call().orElse(null);
            if (view != null && !view.running() && view.batchStatus() != null && !view.batchStatus().startsWith("START")) {
                return view;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import execution " + id + " did not end in 90 s: " + read.call());
    }
}
