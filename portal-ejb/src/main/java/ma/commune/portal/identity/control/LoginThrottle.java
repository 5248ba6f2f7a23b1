package ma.commune.portal.identity.control;

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
import java.util.HexFormat;
import java.util.List;
import ma.commune.portal.identity.entity.LoginPace;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The counters of {@link LoginPace}: rows of {@code login_attempt} in the shared database, so that every
 * server instance paces the same account alike, and dated by the database's clock (never one instance's),
 * which also measures their ages. The user name and the address are kept only as SHA-256 digests; a user
 * name is counted whether an account has it or not, so that the pace tells nothing about which exist.
 * Configured by MicroProfile Config ({@code PORTAL_IDENTITY_LOGIN_*}).
 */
@Stateless
@PermitAll
public class LoginThrottle {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.identity.login.window-minutes", defaultValue = "60")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.identity.login.free", defaultValue = "3")
    int free;

    @Inject
    @ConfigProperty(name = "portal.identity.login.first-delay-seconds", defaultValue = "30")
    int firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "portal.identity.login.max-delay-minutes", defaultValue = "15")
    int maxDelayMinutes;

    @Inject
    @ConfigProperty(name = "portal.identity.login.account-cap", defaultValue = "20")
    int accountCap;

    /** How long an address an account logged in from stays "known" to the account cap. */
    @Inject
    @ConfigProperty(name = "portal.identity.login.known-address-days", defaultValue = "90")
    int knownAddressDays;

    public LoginPace pace() {
        return new LoginPace(Duration.ofMinutes(windowMinutes), free, Duration.ofSeconds(firstDelaySeconds),
                Duration.ofMinutes(maxDelayMinutes), accountCap);
    }

    /**
     * Asks to check one password of this account from this address. Refused: how long to wait, and nothing
     * is counted. Admitted ({@link Duration#ZERO}): the attempt is counted as a failure at once, in a
     * transaction of its own, before the password is checked; {@link #succeeded} forgives it. Counting first
     * is what keeps parallel guesses from slipping through together: the account's row is locked only for
     * this short count, never during the password's check, so a flood of guesses does not queue the owner.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration reserve(String username, String clientAddress) {
        LoginPace pace = pace();
        String name = username == null ? "" : username.strip().toLowerCase();
        String account = accountKey(name);
        String client = clientKey(clientAddress);
        // A user name nobody has locks nothing: there is no account to guess.
        em.createNativeQuery("select id from account where username = ? for update").setParameter(1, name).getResultList();
        List<Duration> pair = ages("select TIMESTAMPDIFF(SECOND, at, CURRENT_TIMESTAMP(6)) from login_attempt"
                + " where account_key = ? and client_key = ? and succeeded = false and at > TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))"
                + " order by at desc", 64, account, client, -pace.window().toSeconds());
        List<Duration> all = ages("select TIMESTAMPDIFF(SECOND, at, CURRENT_TIMESTAMP(6)) from login_attempt"
                + " where account_key = ? and succeeded = false and at > TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))"
                + " order by at desc", pace.accountCap(), account, -pace.window().toSeconds());
        boolean known = all.size() >= pace.accountCap() && !em.createNativeQuery("select id from login_attempt"
                        + " where account_key = ? and client_key = ? and succeeded = true and at > TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))")
                .setParameter(1, account).setParameter(2, client).setParameter(3, -Duration.ofDays(knownAddressDays).toSeconds())
                .setMaxResults(1).getResultList().isEmpty();
        Duration wait = pace.waitBefore(pair, all, known);
        if (!wait.isZero()) {
            return wait;
        }
        em.createNativeQuery("delete from login_attempt where succeeded = false and at < TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))")
                .setParameter(1, -pace.window().toSeconds()).executeUpdate();
        em.createNativeQuery("delete from login_attempt where succeeded = true and at < TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))")
                .setParameter(1, -Duration.ofDays(knownAddressDays).toSeconds()).executeUpdate();
        insert(account, client, false);
        return Duration.ZERO;
    }

    /**
     * A login succeeded from this address: its failures there are forgiven (not those from elsewhere, which
     * still count towards the account's cap), and the address becomes one the account is known to use.
     */
    public void succeeded(String username, String clientAddress) {
        String account = accountKey(username);
        String client = clientKey(clientAddress);
        em.createNativeQuery("delete from login_attempt where account_key = ? and client_key = ?")
                .setParameter(1, account).setParameter(2, client).executeUpdate();
        insert(account, client, true);
    }

    /** The account's failed logins within the window, from every address (what an administrator sees). */
    public int recentFailures(String username) {
        return ((Number) em.createNativeQuery("select count(*) from login_attempt where account_key = ? and succeeded = false"
                        + " and at > TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))")
                .setParameter(1, accountKey(username)).setParameter(2, -pace().window().toSeconds()).getSingleResult()).intValue();
    }

    /** Forgets the account's failed logins from every address (an administrator's decision, audited by the caller). */
    public int forgetFailures(String username) {
        return em.createNativeQuery("delete from login_attempt where account_key = ? and succeeded = false")
                .setParameter(1, accountKey(username)).executeUpdate();
    }

    private void insert(String account, String client, boolean succeeded) {
        em.createNativeQuery("insert into login_attempt (account_key, client_key, succeeded, at) values (?, ?, ?, CURRENT_TIMESTAMP(6))")
                .setParameter(1, account).setParameter(2, client).setParameter(3, succeeded).executeUpdate();
    }

    private List<Duration> ages(String sql, int max, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.setMaxResults(max).getResultList();
        return rows.stream().map(age -> Duration.ofSeconds(((Number) age).longValue())).toList();
    }

    static String accountKey(String username) {
        return digest("portal-login-account:" + (username == null ? "" : username.strip().toLowerCase()));
    }

    static String clientKey(String clientAddress) {
        return digest("portal-login-client:" + (clientAddress == null ? "" : clientAddress));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
