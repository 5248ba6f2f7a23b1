package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the browser says of a form's origin, and what passes (issue 12: stateless public forms). */
class CrossSiteFormGuardTest {

    private static final String PUBLIC = "https://portail.benguerir.ma";

    @Test
    void fetchMetadataDecidesWhenTheBrowserSendsIt() {
        assertFalse(CrossSiteFormGuard.fromAnotherSite("same-origin", null, "portail.benguerir.ma", PUBLIC));
        assertFalse(CrossSiteFormGuard.fromAnotherSite("none", null, "portail.benguerir.ma", PUBLIC));
        assertTrue(CrossSiteFormGuard.fromAnotherSite("cross-site", "https://portail.benguerir.ma", "portail.benguerir.ma", PUBLIC),
                "a forged Origin cannot outvote the browser's own header");
        assertTrue(CrossSiteFormGuard.fromAnotherSite("same-site", null, "portail.benguerir.ma", PUBLIC), "a sibling host may be anyone's");
    }

    @Test
    void originMustBeThePortalsOwnWhenFetchMetadataIsMissing() {
        assertFalse(CrossSiteFormGuard.fromAnotherSite(null, "https://portail.benguerir.ma", "portail.benguerir.ma", PUBLIC));
        assertFalse(CrossSiteFormGuard.fromAnotherSite(null, "http://localhost:8080", "localhost:8080", PUBLIC), "the host addressed");
        assertFalse(CrossSiteFormGuard.fromAnotherSite(null, "https://PORTAIL.benguerir.ma:443", "127.0.0.1:8080", PUBLIC),
                "the public address behind a proxy that does not pass the host on");
        assertFalse(CrossSiteFormGuard.fromAnotherSite(null, "http://example.org", "example.org:80", PUBLIC), "the default port");
        assertTrue(CrossSiteFormGuard.fromAnotherSite(null, "https://evil.example", "portail.benguerir.ma", PUBLIC));
        assertTrue(CrossSiteFormGuard.fromAnotherSite(null, "https://portail.benguerir.ma.evil.example", "portail.benguerir.ma", PUBLIC));
        assertTrue(CrossSiteFormGuard.fromAnotherSite(null, "http://localhost:9090", "localhost:8080", null), "another port, another origin");
        assertTrue(CrossSiteFormGuard.fromAnotherSite(null, "null", "portail.benguerir.ma", PUBLIC), "an opaque origin");
        assertTrue(CrossSiteFormGuard.fromAnotherSite(null, "not a url", "portail.benguerir.ma", PUBLIC));
    }

    @Test
    void aClientThatIsNoBrowserPasses() {
        assertFalse(CrossSiteFormGuard.fromAnotherSite(null, null, "portail.benguerir.ma", PUBLIC));
        assertFalse(CrossSiteFormGuard.fromAnotherSite("", "", null, PUBLIC));
    }
}
