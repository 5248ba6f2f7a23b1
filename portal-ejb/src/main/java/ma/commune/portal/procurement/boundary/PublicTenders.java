package ma.commune.portal.procurement.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.procurement.entity.TenderStatus;

/**
 * The calls for tenders as residents and bidders read them (issue 6, "Public pages"): open ones first,
 * soonest deadline first, then the others, newest first; filtered and paged in the database. The list is
 * two queries (open, then the rest) rather than one ordered by a computed column: both databases page
 * them the same way, and each uses the index on (status, deadline_at).
 */
@Stateless
@PermitAll
public class PublicTenders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public long count(TenderFilter filter) {
        return query("select count(t) from Tender t", filter, null, Long.class, "").getSingleResult();
    }

    /** One page of the list as of {@code now}: the tenders open at {@code now} first. */
    public List<Tender> page(TenderFilter filter, int first, int size, Instant now) {
        long open = query("select count(t) from Tender t", filter, Boolean.TRUE, Long.class, "", now).getSingleResult();
        List<Tender> page = new ArrayList<>();
        if (first < open) {
            page.addAll(query("select t from Tender t", filter, Boolean.TRUE, Tender.class, " order by t.deadlineAt, t.id", now)
                    .setFirstResult(first).setMaxResults(size).getResultList());
        }
        int left = size - page.size();
        if (left > 0) {
            page.addAll(query("select t from Tender t", filter, Boolean.FALSE, Tender.class,
                    " order by t.publishedOn desc, t.id desc", now)
                    .setFirstResult((int) Math.max(0, first - open)).setMaxResults(left).getResultList());
        }
        return page;
    }

    public Optional<Tender> find(long id) {
        return Optional.ofNullable(em.find(Tender.class, id));
    }

    public Optional<Tender> byReference(String reference) {
        return em.createQuery("select t from Tender t where t.reference = :r", Tender.class).setParameter("r", reference)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The awards of a tender (one per lot; usually one). */
    public List<Award> awardsOf(String tenderReference) {
        return em.createQuery("select a from Award a where a.tenderReference = :r order by a.contractNumber", Award.class)
                .setParameter("r", tenderReference).getResultList();
    }

    /** The newest tenders, for the feed. */
    public List<Tender> latest(int count) {
        return em.createQuery("select t from Tender t order by t.publishedOn desc, t.id desc", Tender.class)
                .setMaxResults(count).getResultList();
    }

    /** Every tender in the order of its id, a page at a time after {@code afterId} (open data). */
    public List<Tender> after(long afterId, int size) {
        return em.createQuery("select t from Tender t where t.id > :id order by t.id", Tender.class)
                .setParameter("id", afterId).setMaxResults(size).getResultList();
    }

    /** The years in which tenders were published, newest first. */
    public List<Integer> years() {
        Object[] range = em.createQuery("select min(t.publishedOn), max(t.publishedOn) from Tender t", Object[].class).getSingleResult();
        return YearRange.of((LocalDate) range[0], (LocalDate) range[1]);
    }

    private <T> TypedQuery<T> query(String select, TenderFilter filter, Boolean open, Class<T> type, String order, Instant... now) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.category() != null) {
            where.append(" and t.category = :category");
        }
        if (filter.procedure() != null) {
            where.append(" and t.procedure = :procedure");
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
        }
        if (filter.year() != null) {
            where.append(" and t.publishedOn >= :from and t.publishedOn <= :to");
        }
        if (Boolean.TRUE.equals(open)) {
            where.append(" and t.status = :published and t.deadlineAt > :now");
        } else if (Boolean.FALSE.equals(open)) {
            where.append(" and (t.status <> :published or t.deadlineAt is null or t.deadlineAt <= :now)");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.procedure() != null) {
            query.setParameter("procedure", filter.procedure());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.year() != null) {
            query.setParameter("from", LocalDate.of(filter.year(), 1, 1)).setParameter("to", LocalDate.of(filter.year(), 12, 31));
        }
        if (open != null) {
            query.setParameter("published", TenderStatus.PUBLIE).setParameter("now", now[0]);
        }
        return query;
    }
}
