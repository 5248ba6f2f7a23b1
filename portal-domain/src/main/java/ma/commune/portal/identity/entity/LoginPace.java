package ma.commune.portal.identity.entity;

import java.time.Duration;
import java.util.List;

/**
 * How fast passwords may be tried on one staff account (issue 12, finding 3: five wrong passwords from
 * anywhere used to lock any account, {@code admin} included, so anyone could lock staff out).
 * <ul>
 * <li>Per account <b>and</b> source address, within the window: the first {@code free} failures cost
 * nothing; after that each attempt waits {@code firstDelay}, doubled at every further failure, at most
 * {@code maxDelay}, after the previous failure. A stranger's guesses slow down only the stranger's
 * address: the owner, from theirs, logs in as usual.</li>
 * <li>Per account, from every address together: once {@code accountCap} failures fall within the window,
 * addresses that have never logged in to the account wait until the oldest of those failures leaves
 * the window (a cap on the rate, not a lock: it ends by itself, and an address the owner logged in from
 * before is not held by it). This is what stops guesses spread over many addresses.</li>
 * </ul>
 * The refusal is an answer (HTTP 429 with {@code Retry-After}, or the login page's message), never a
 * thread kept asleep. The times given are ages of failures by the database's clock.
 */
public record LoginPace(Duration window, int free, Duration firstDelay, Duration maxDelay, int accountCap) {

    public static final LoginPace DEFAULT = new LoginPace(Duration.ofMinutes(60), 3, Duration.ofSeconds(30),
            Duration.ofMinutes(15), 20);

    public LoginPace {
        if (window == null || window.isNegative() || window.isZero() || firstDelay == null || firstDelay.isNegative()
                || maxDelay == null || maxDelay.compareTo(firstDelay) < 0 || free < 1 || accountCap < 1) {
            throw new IllegalArgumentException("login pace: positive window, free >= 1, 0 <= firstDelay <= maxDelay, accountCap >= 1");
        }
    }

    /** The wait after {@code failures} failures of one account from one address ({@link Duration#ZERO} under {@code free}). */
    public Duration delayAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * How long one more attempt must wait before its password is even checked; {@link Duration#ZERO}: check
     * it now.
     *
     * @param pairFailureAges   how long ago each failure of this account from this address happened
     * @param accountFailureAges how long ago each failure of this account happened, from any address
     * @param knownAddress      whether the account logged in successfully from this address before
     */
    public Duration waitBefore(List<Duration> pairFailureAges, List<Duration> accountFailureAges, boolean knownAddress) {
        Duration wait = Duration.ZERO;
        List<Duration> pair = recent(pairFailureAges);
        if (!pair.isEmpty()) {
            Duration sinceLast = pair.get(0);
            Duration delay = delayAfter(pair.size());
            if (sinceLast.compareTo(delay) < 0) {
                wait = delay.minus(sinceLast);
            }
        }
        List<Duration> account = recent(accountFailureAges);
        if (!knownAddress && account.size() >= accountCap) {
            Duration untilUnderCap = window.minus(account.get(accountCap - 1));
            if (untilUnderCap.compareTo(wait) > 0) {
                wait = untilUnderCap;
            }
        }
        return wait;
    }

    /** The ages within the window, youngest first. */
    private List<Duration> recent(List<Duration> ages) {
        return ages.stream().filter(age -> !age.isNegative() && age.compareTo(window) < 0).sorted().toList();
    }
}
