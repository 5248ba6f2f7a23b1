package ma.commune.portal.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.Optional;
import ma.commune.portal.requests.entity.ContactCheckFailure;
import ma.commune.portal.requests.entity.SubmissionPace;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wrong contacts given to reopen or appeal a case on {@code /track} (issue 12, finding 4): tracking codes
 * are public through Open311, so the requester's email or phone is what stands between a stranger and
 * the case, and guessing it must not be free. Each wrong one is counted per client address and per case
 * (rows of the shared database, dated by its clock, so that every server instance counts the same); after
 * {@code max-failures} from one address, or {@code max-failures-per-case} on one case, within the window,
 * further tries are refused, even with the right contact, until the oldest of those failures leaves the
 * window. Only SHA-256 digests of the address and of the code are kept, and only for the window.
 * Configured by MicroProfile Config ({@code PORTAL_REQUESTS_CONTACT_CHECK_*}).
 */
@Stateless
@PermitAll
public class ContactChecks {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.requests.contact-check.window-minutes", defaultValue = "60")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.requests.contact-check.max-failures", defaultValue = "5")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "portal.requests.contact-check.max-failures-per-case", defaultValue = "10")
    int maxPerCase;

    /**
     * Counts one try to reopen or appeal this case from this address as a wrong contact before the contact
     * is checked, committed at once; {@link #release} takes it back when the contact was right (or the form
     * failed for another reason). Counting first is what keeps a burst of parallel guesses from passing the
     * check together: each sees the others' rows. The row's id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(String clientAddress, String trackingCode) {
        em.createNativeQuery("delete from contact_check_failure where at < TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))")
                .setParameter(1, -Duration.ofMinutes(windowMinutes).toSeconds()).executeUpdate();
        ContactCheckFailure failure = new ContactCheckFailure(key("client", clientAddress), key("case", trackingCode));
        em.persist(failure);
        em.flush();
        return failure.getId();
    }

    /**
     * How long reopening or appealing this case from this address is refused, counting the reserved try
     * itself (so: once {@code max} earlier wrong contacts fall within the window); empty: go on.
     */
    public Optional<Duration> refusedFor(String clientAddress, String trackingCode) {
        Duration window = Duration.ofMinutes(windowMinutes);
        Duration wait = longer(wait("client_key", key("client", clientAddress), maxPerAddress + 1, window),
                wait("case_key", key("case", trackingCode), maxPerCase + 1, window));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Takes back a reserved try: the contact was right, the form failed for another reason, or it was refused. */
    public void release(long reserved) {
        em.createNativeQuery("delete from contact_check_failure where id = ?").setParameter(1, reserved).executeUpdate();
    }

    /** The wait once {@code max} tries fall within the window: the submission throttle's rule, without its free part. */
    private Duration wait(String column, String key, int max, Duration window) {
        @SuppressWarnings("unchecked")
        List<Object> ages = em.createNativeQuery("select TIMESTAMPDIFF(SECOND, at, CURRENT_TIMESTAMP(6)) from contact_check_failure"
                        + " where " + column + " = ? and at > TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6)) order by at desc")
                .setParameter(1, key).setParameter(2, -window.toSeconds()).setMaxResults(max).getResultList();
        // Ages by the database's clock, laid out on a time line of their own.
        Instant now = Instant.EPOCH.plus(Duration.ofDays(365));
        List<Instant> at = ages.stream().map(age -> now.minusSeconds(((Number) age).longValue())).toList();
        return new SubmissionPace(window, max, max, Duration.ZERO).decide(at, now) instanceof SubmissionPace.Refused refused
                ? refused.waitFor() : Duration.ZERO;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("portal-contact-check-" + kind + ":"
                    + (value == null ? "" : value.strip().toUpperCase())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
