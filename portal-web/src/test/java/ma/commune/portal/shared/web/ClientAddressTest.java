package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.resolve("203.0.113.7", "198.51.100.1", Set.of()));
        assertEquals("203.0.113.7", ClientAddress.resolve("203.0.113.7", "198.51.100.1", Set.of("10.0.0.1")));
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        Set<String> proxies = Set.of("10.0.0.1", "10.0.0.2");
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.1", "198.51.100.1", proxies));
        // A client that writes its own header cannot choose its address: the proxy appends the real one.
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2", proxies));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", "10.0.0.2", proxies));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", " ", proxies));
    }
}
