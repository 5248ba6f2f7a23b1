package ma.commune.portal.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * Staff passwords are stored only as PBKDF2 hashes (Jakarta Security's {@link Pbkdf2PasswordHash}).
 * The parameters follow OWASP's guidance for PBKDF2-HMAC-SHA512; each stored hash carries its own
 * parameters, so raising them later leaves old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int MIN_LENGTH = 10;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private final SecureRandom random = new SecureRandom();

    /** A hash of a random password: verifying against it costs what a real check costs. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate(randomPassword(24).toCharArray());
    }

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainRuleViolation("account.rule.passwordTooShort");
        }
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a verification, so that an unknown user name answers as slowly as a known one. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }

    public String randomPassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
