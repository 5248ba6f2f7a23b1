package ma.commune.portal.requests.boundary;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.commune.portal.requests.control.CommuneCalendar;
import ma.commune.portal.requests.control.DigestLetters;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.control.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The department heads' morning email (issue 5): each working day, from the configured time on
 * ({@code requests.digest.hour}, {@code HH:mm} in Africa/Casablanca, 07:30 by default), every head of a
 * department (an active account marked head, with an email) receives through the outbox the list of their
 * department's open cases that are overdue or fall due within 2 working days; a department without such
 * cases gets no email.
 * <p>
 * The timer ticks every five minutes on every server instance and is not persistent: what makes the email
 * go out once a day across the instances is the {@link Leases} row, claimed in the database before
 * the work and marked done in the work's own transaction. A server that was down at 07:30 sends it when it
 * comes back that day; a day that failed is tried again at the next tick.
 */
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class MorningDigest {

    private static final Logger LOG = Logger.getLogger(MorningDigest.class.getName());

    static final String LEASE_KEY = "requests.digest";
    /** Longer than composing the emails can take; a lease left by a dead instance ends after it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final String claimant = Leases.newHolder();

    @Inject
    @ConfigProperty(name = "requests.digest.hour", defaultValue = "07:30")
    String time;

    @EJB
    Leases leases;

    @EJB
    DigestLetters letters;

    @EJB
    CommuneCalendar calendars;

    /** A claim this server made before it started again is over: the next tick may claim the day at once. */
    @jakarta.annotation.PostConstruct
    void releaseAClaimLeftByThisServer() {
        leases.releaseThisServers(LEASE_KEY);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "department heads' morning email")
    void onSchedule() {
        try {
            runAt(Instant.now());
        } catch (RuntimeException unexpected) {
            // Logged once per tick; the day is not marked done, so the next tick tries again.
            LOG.log(Level.WARNING, "The department heads' morning email failed; the next run tries again", unexpected);
        }
    }

    /**
     * Sends the morning email of the day of {@code now} if it is due (a working day, at or after the
     * configured time) and nobody sent it yet; the number of emails queued, 0 when there was nothing to do.
     */
    public int runAt(Instant now) {
        ZonedDateTime local = now.atZone(CommuneTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(sendingTime()) || !calendars.around(now).isWorkingDay(day)) {
            return 0;
        }
        if (!leases.claimDay(LEASE_KEY, day, claimant, LEASE)) {
            return 0;
        }
        try {
            return letters.send(day, now, LEASE_KEY, claimant);
        } catch (RuntimeException failed) {
            leases.abandon(LEASE_KEY, claimant);
            throw failed;
        }
    }

    /** The day the email last went out (for the tests and operators). */
    public LocalDate lastSentDay() {
        return leases.lastRunDay(LEASE_KEY);
    }

    private LocalTime sendingTime() {
        try {
            return LocalTime.parse(time.strip());
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "requests.digest.hour is not a time of day (HH:mm): '" + time + "'; 07:30 is used");
            return LocalTime.of(7, 30);
        }
    }
}
