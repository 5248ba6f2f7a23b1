package ma.commune.portal.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Reads the public address when the application starts: a wrong {@code PORTAL_PUBLIC_URL} stops the
 * deployment with the message that names it, rather than the first feed or letter. A start-up singleton,
 * as the other start-up checks, because the container runs it before the application takes requests.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicAddressAtStartup {

    @Inject
    PublicAddress address;

    @PostConstruct
    void check() {
        address.root();
    }
}
