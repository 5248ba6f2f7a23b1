package ma.commune.portal.imports.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import ma.commune.portal.shared.control.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Never two imports of one family at once, also with several server instances: the family's row of the
 * shared {@link Leases} (its key is {@code ImportKind.leaseKey}), taken before the job starts (a second
 * trigger is refused without starting anything), bound to the execution it started, renewed as its
 * chunks commit, released when it ends. A server that dies stops renewing: its lease runs out after
 * {@code portal.imports.lease-seconds} and the family may import again. The import leases last that
 * long; the rest is {@link Leases}'.
 */
@Stateless
@PermitAll
public class ImportLeases {

    /** This server instance, as the leases name their holder. */
    public static final String SERVER = Leases.SERVER;

    @EJB
    Leases leases;

    @Inject
    @ConfigProperty(name = "portal.imports.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    /** Takes the job's lease if it is free or ran out; the holder token, or empty when another holds it. */
    public Optional<String> acquire(String key) {
        return leases.acquire(key, duration());
    }

    /** Extends a lease taken by {@link #acquire} that is bound to no execution (the nightly run's); false when it was lost. */
    public boolean extend(String key, String holder) {
        return leases.extend(key, holder, duration());
    }

    /** Ties the lease to the execution the holder started; false when the holder lost it. */
    public boolean bind(String key, String holder, long executionId) {
        return leases.bind(key, holder, executionId, duration());
    }

    /** Renews the lease of a running execution in the caller's transaction (a chunk's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean renew(String key, long executionId) {
        return leases.renew(key, executionId, duration());
    }

    /** Renews outside any chunk (the check step reads the whole file before the first chunk). */
    public boolean renewNow(String key, long executionId) {
        return leases.renewNow(key, executionId, duration());
    }

    /** Releases the lease an execution holds (at its end, or when it is found dead). */
    public void release(String key, long executionId) {
        leases.release(key, executionId);
    }

    /** Releases a lease taken by {@link #acquire} that no execution was started for. */
    public void abandon(String key, String holder) {
        leases.abandon(key, holder);
    }

    /** At start-up: releases the lease this server held before it started again (see {@link Leases#releaseThisServers}). */
    public boolean releaseThisServers(String key) {
        return leases.releaseThisServers(key);
    }

    public Optional<Leases.Lease> current(String key) {
        return leases.current(key);
    }

    Duration duration() {
        return Duration.ofSeconds(leaseSeconds);
    }
}
