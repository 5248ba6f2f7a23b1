package ma.commune.portal.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.shared.entity.District;

/**
 * The commune as every component reads it: its profile (names, code, arms, contacts, territory) and
 * its districts. Public and read-only: the editors change them through content's profile service.
 */
@Stateless
@PermitAll
public class CommuneIdentity {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public CommuneProfile profile() {
        CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
        if (profile == null) {
            throw new IllegalStateException("The commune's identity is missing: the seed (portal.seed.locations) did not run");
        }
        return profile;
    }

    public List<District> districts() {
        return em.createQuery("select d from District d order by d.position, d.id", District.class).getResultList();
    }
}
