package ma.commune.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time of the work that waits for dates far ahead (the retention of personal data: years), as an
 * injected {@link Clock}: the system's UTC clock, shifted by nothing in production. The integration tests
 * move it ({@link #moveTo}) to see what happens two years on, on the real server, without sleeping, and
 * put it back ({@link #reset}); nothing in the application moves it, and no endpoint reaches it.
 */
@ApplicationScoped
public class PortalClock {

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    /** The clock every injection point of {@link Clock} gets: it reads the shift at each question. */
    @Produces
    Clock clock() {
        return new Shifted(shift, ZoneOffset.UTC);
    }

    /** From now on the clock reads {@code instant} (and runs on from there). Tests only. */
    public void moveTo(Instant instant) {
        shift.set(Duration.between(Instant.now(), instant));
    }

    /** The system's time again. */
    public void reset() {
        shift.set(Duration.ZERO);
    }

    private static final class Shifted extends Clock {

        private final AtomicReference<Duration> shift;
        private final ZoneId zone;

        Shifted(AtomicReference<Duration> shift, ZoneId zone) {
            this.shift = shift;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(shift, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift.get());
        }
    }
}
