package ma.commune.portal.requests.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.commune.portal.requests.control.CaseAnonymiser;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.control.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily anonymisation of the cases whose retention has passed (law 09-08; issue 12): each day, from
 * the configured time on ({@code portal.retention.hour}, {@code HH:mm} in Africa/Casablanca, 03:00 by
 * default, when nobody works on the cases), every case closed longer ago than its kind's retention and not
 * on legal hold is anonymised ({@link CaseAnonymiser}), by chunks of {@value #CHUNK} cases, each chunk a
 * transaction of its own.
 * <p>
 * As the department heads' morning email ({@link MorningDigest}), the timer ticks every five minutes on
 * every server instance and is not persistent; the day's {@link Leases} row makes the work run once across
 * the instances: claimed before, marked done with the run's summary after. A run cut short (a server
 * stopped) leaves the day undone and its lease runs out; the next tick carries on where it stopped, since
 * an anonymised case is never selected again. Time is the injected {@link Clock}, which the tests move.
 */
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class RetentionRun {

    private static final Logger LOG = Logger.getLogger(RetentionRun.class.getName());

    static final String LEASE_KEY = "requests.retention";
    /** Longer than a chunk can take; renewed after each chunk. */
    static final Duration LEASE = Duration.ofMinutes(10);
    static final int CHUNK = 100;

    private final String claimant = Leases.newHolder();

    @Inject
    @ConfigProperty(name = "portal.retention.hour", defaultValue = "03:00")
    String time;

    @Inject
    Clock clock;

    @EJB
    Leases leases;

    @EJB
    CaseAnonymiser anonymiser;

    /** A claim this server made before it started again is over: the next tick may claim the day at once. */
    @PostConstruct
    void releaseAClaimLeftByThisServer() {
        leases.releaseThisServers(LEASE_KEY);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "anonymisation of the cases past their retention")
    void onSchedule() {
        try {
            run();
        } catch (RuntimeException unexpected) {
            // Logged once per tick, without any case's data; the day is not done, so the next tick tries again.
            LOG.log(Level.WARNING, "The anonymisation of the cases past their retention failed; the next run tries again", unexpected);
        }
    }

    /** The run of the day of the clock's now, if it is due and nobody did it; how many cases were anonymised. */
    public int run() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(CommuneTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(startTime()) || !leases.claimDay(LEASE_KEY, day, claimant, LEASE)) {
            return 0;
        }
        int total = 0;
        try {
            while (true) {
                int done = anonymiser.anonymiseDue(now, CHUNK);
                total += done;
                if (done < CHUNK) {
                    break;
                }
                if (!leases.extend(LEASE_KEY, claimant, LEASE)) {
                    // Lost the lease (this server stalled past it): whoever took it carries on.
                    return total;
                }
            }
            anonymiser.dayDone(LEASE_KEY, day, claimant, total);
            return total;
        } catch (RuntimeException failed) {
            leases.abandon(LEASE_KEY, claimant);
            throw failed;
        }
    }

    /** The day the run last completed (for the administrators' page and the tests). */
    public LocalDate lastRunDay() {
        return leases.lastRunDay(LEASE_KEY);
    }

    /** When the daily run starts, as configured. */
    public LocalTime startTime() {
        try {
            return LocalTime.parse(time.strip());
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "portal.retention.hour is not a time of day (HH:mm): '" + time + "'; 03:00 is used");
            return LocalTime.of(3, 0);
        }
    }
}
