package ma.commune.portal.requests.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fast one client address may submit residents' forms (issue 5, "Bad input and abuse"): within the
 * window, the first {@code free} submissions go through at once; the next ones each wait {@code spacing}
 * after the previous one (slowed); from {@code max} on, every submission is refused until the oldest one
 * leaves the window. A resident who reports three problems in a row is never stopped; a script is.
 */
public record SubmissionPace(Duration window, int free, int max, Duration spacing) {

    public static final SubmissionPace DEFAULT = new SubmissionPace(Duration.ofMinutes(10), 3, 6, Duration.ofSeconds(60));

    public SubmissionPace {
        if (window == null || window.isNegative() || window.isZero() || spacing == null || spacing.isNegative()
                || free < 0 || max < 1 || free > max) {
            throw new IllegalArgumentException("submission pace: 0 <= free <= max, max >= 1, positive window");
        }
    }

    /** The answer to one more submission. */
    public sealed interface Decision permits Allowed, Slowed, Refused {
    }

    public record Allowed() implements Decision {
    }

    /** Too soon: try again after {@code waitFor}. */
    public record Slowed(Duration waitFor) implements Decision {
    }

    /** Too many: refused until {@code waitFor} has passed. */
    public record Refused(Duration waitFor) implements Decision {
    }

    /**
     * The decision for a submission at {@code now}, given the times of this address's earlier submissions
     * (any order; those outside the window are ignored).
     */
    public Decision decide(List<Instant> earlier, Instant now) {
        Instant from = now.minus(window);
        List<Instant> recent = earlier.stream().filter(t -> t.isAfter(from) && !t.isAfter(now)).sorted().toList();
        if (recent.size() >= max) {
            return new Refused(Duration.between(from, recent.get(recent.size() - max)));
        }
        if (recent.size() < free) {
            return new Allowed();
        }
        Instant last = recent.get(recent.size() - 1);
        Instant next = last.plus(spacing);
        return now.isBefore(next) ? new Slowed(Duration.between(now, next)) : new Allowed();
    }
}
