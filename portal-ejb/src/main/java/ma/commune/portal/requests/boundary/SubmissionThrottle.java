package ma.commune.portal.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import ma.commune.portal.requests.entity.SubmissionPace;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down, then refuses, many residents' forms from one client address in a short time (issue 5,
 * "Bad input and abuse"). The recent submissions are rows of the shared database, so that every server
 * instance behind the load balancer counts the same ones; two instances racing may let one extra form
 * through, which is harmless. The address is kept only as a SHA-256 digest, and only for the window.
 * Configured by MicroProfile Config ({@code PORTAL_REQUESTS_THROTTLE_*}).
 */
@Stateless
@PermitAll
public class SubmissionThrottle {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.requests.throttle.window-minutes", defaultValue = "10")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.requests.throttle.free", defaultValue = "3")
    int free;

    @Inject
    @ConfigProperty(name = "portal.requests.throttle.max", defaultValue = "6")
    int max;

    @Inject
    @ConfigProperty(name = "portal.requests.throttle.spacing-seconds", defaultValue = "60")
    int spacingSeconds;

    public SubmissionPace pace() {
        return new SubmissionPace(Duration.ofMinutes(windowMinutes), free, max, Duration.ofSeconds(spacingSeconds));
    }

    /** Whether one more form from this address may be handled now. */
    public SubmissionPace.Decision admit(String clientAddress) {
        SubmissionPace pace = pace();
        Instant now = Instant.now();
        List<Instant> recent = em.createQuery("select a.at from SubmissionAttempt a where a.clientKey = :key and a.at > :from"
                        + " order by a.at desc", Instant.class)
                .setParameter("key", key(clientAddress)).setParameter("from", now.minus(pace.window()))
                .setMaxResults(pace.max()).getResultList();
        return pace.decide(recent, now);
    }

    /** Counts a form from this address (an accepted case, or a bot caught by the honeypot); forgets the old ones. */
    public void record(String clientAddress) {
        Instant now = Instant.now();
        em.createQuery("delete from SubmissionAttempt a where a.at < :before")
                .setParameter("before", now.minus(pace().window())).executeUpdate();
        em.persist(new ma.commune.portal.requests.entity.SubmissionAttempt(key(clientAddress), now));
    }

    static String key(String clientAddress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("portal-submission:" + (clientAddress == null ? "" : clientAddress)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
