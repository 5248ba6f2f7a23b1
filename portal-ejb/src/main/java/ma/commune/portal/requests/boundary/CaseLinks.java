package ma.commune.portal.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.commune.portal.shared.control.PublicAddress;

/**
 * The public addresses written into the letters to residents (an email is read far from the portal, so
 * its links are absolute), on the portal's configured public address ({@link PublicAddress}).
 */
@ApplicationScoped
public class CaseLinks {

    @Inject
    PublicAddress address;

    /** The tracking page of a case, as the letters and the confirmation page give it. */
    public String trackingPage(String trackingCode) {
        return address.of("/track?code=" + trackingCode);
    }
}
