package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureCookiesFilterTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void httpsIsBelievedOnlyFromATrustedProxy() {
        assertTrue(SecureCookiesFilter.viaTrustedHttpsProxy("10.0.0.5", "https", PROXY));
        assertTrue(SecureCookiesFilter.viaTrustedHttpsProxy("10.0.0.5", "HTTPS, http", PROXY), "the first hop is the visitor's");
        assertFalse(SecureCookiesFilter.viaTrustedHttpsProxy("10.0.0.5", "http", PROXY));
        assertFalse(SecureCookiesFilter.viaTrustedHttpsProxy("10.0.0.5", null, PROXY));
        assertFalse(SecureCookiesFilter.viaTrustedHttpsProxy("203.0.113.9", "https", PROXY), "a stranger's header");
        assertFalse(SecureCookiesFilter.viaTrustedHttpsProxy("10.0.0.5", "https", Set.of()), "no proxy configured");
    }

    @Test
    void secureIsAddedOnce() {
        assertEquals("JSESSIONID=a; Path=/; HttpOnly; Secure", SecureCookiesFilter.secure("JSESSIONID=a; Path=/; HttpOnly"));
        assertEquals("lang=fr; Secure; SameSite=Lax", SecureCookiesFilter.secure("lang=fr; Secure; SameSite=Lax"));
        assertEquals("x=secure; Secure", SecureCookiesFilter.secure("x=secure"));
    }
}
