package ma.commune.portal.it.support;

import java.time.Duration;
import java.time.Instant;
import ma.commune.portal.imports.demo.DemoImports;

/**
 * The test server runs with the demo enabled, and the demo imports its spending and procurement files
 * through the real jobs a few seconds after each deployment. A test that imports files itself waits for
 * the end of that run first: one execution of a job at a time, so its own import would be refused.
 */
public final class DemoRun {

    private DemoRun() {
    }

    /** Waits for the demo's run to end; {@code demo} is null in a test run as a client, which imports nothing. */
    public static void awaitItsImports(DemoImports demo) throws InterruptedException {
        if (demo == null) {
            return;
        }
        Instant limit = Instant.now().plus(Duration.ofMinutes(10));
        while (demo.running() && Instant.now().isBefore(limit)) {
            Thread.sleep(500);
        }
    }
}
