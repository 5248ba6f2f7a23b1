package ma.commune.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void anAbsoluteHttpAddressIsKeptWithoutItsTrailingSlash() {
        assertEquals(URI.create("http://localhost:8080"), PublicAddress.parse(PublicAddress.DEFAULT));
        assertEquals(URI.create("https://portail.benguerir.ma"), PublicAddress.parse(" https://Portail.BenGuerir.ma/ "));
        assertEquals(URI.create("http://127.0.0.1:31080"), PublicAddress.parse("HTTP://127.0.0.1:31080"));
    }

    @Test
    void anythingElseStopsTheStartNamingTheSetting() {
        for (String wrong : new String[] {"", "   ", "portail.benguerir.ma", "//portail.benguerir.ma", "ftp://portail.benguerir.ma",
                "https://portail.benguerir.ma/portal", "https://portail.benguerir.ma/?x=1", "https://portail.benguerir.ma#top",
                "https://user:secret@portail.benguerir.ma", "https://", "http://exa mple.ma", "https://portail.benguerir.ma:0",
                "https://portail.benguerir.ma//"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PublicAddress.parse(wrong), wrong);
            assertTrue(refused.getMessage().startsWith("PORTAL_PUBLIC_URL (portal.public-url) must be"), refused.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> PublicAddress.parse(null));
    }
}
