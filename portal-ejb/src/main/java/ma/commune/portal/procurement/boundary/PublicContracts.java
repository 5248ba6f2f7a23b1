package ma.commune.portal.procurement.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.procurement.entity.Award;

/** The contracts awarded (ATTRIBUTIONS), newest approval first, by year of approval, paged in the database. */
@Stateless
@PermitAll
public class PublicContracts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public long count(Integer year) {
        return query("select count(a) from Award a", year, "", Long.class).getSingleResult();
    }

    public List<Award> page(Integer year, int first, int size) {
        return query("select a from Award a", year, " order by a.approvedOn desc, a.id desc", Award.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public Optional<Award> find(long id) {
        return Optional.ofNullable(em.find(Award.class, id));
    }

    /** Every award in the order of its id, a page at a time after {@code afterId} (open data). */
    public List<Award> after(long afterId, int size) {
        return em.createQuery("select a from Award a where a.id > :id order by a.id", Award.class)
                .setParameter("id", afterId).setMaxResults(size).getResultList();
    }

    public List<Integer> years() {
        Object[] range = em.createQuery("select min(a.approvedOn), max(a.approvedOn) from Award a", Object[].class).getSingleResult();
        return YearRange.of((LocalDate) range[0], (LocalDate) range[1]);
    }

    private <T> TypedQuery<T> query(String select, Integer year, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + (year == null ? "" : " where a.approvedOn >= :from and a.approvedOn <= :to") + order, type);
        if (year != null) {
            query.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
        }
        return query;
    }
}
