package ma.commune.portal.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public addresses written into the letters to residents (an email is read far from the portal, so
 * its links are absolute). {@code PORTAL_PUBLIC_URL} / {@code portal.public-url} is the address residents
 * reach the portal under; the default is the demo's.
 */
@ApplicationScoped
public class CaseLinks {

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The tracking page of a case, as the letters and the confirmation page give it. */
    public String trackingPage(String trackingCode) {
        String base = publicUrl == null ? "" : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/track?code=" + trackingCode;
    }
}
