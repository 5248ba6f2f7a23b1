package ma.commune.portal.spending.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ma.commune.portal.spending.entity.Commitment;
import ma.commune.portal.spending.entity.PaymentOrder;

/** The commitments and payment orders for the open data, in the order of their ids, a page at a time. */
@Stateless
@PermitAll
public class SpendingRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<Commitment> commitmentsAfter(long afterId, int size) {
        return em.createQuery("select c from Commitment c where c.id > :id order by c.id", Commitment.class)
                .setParameter("id", afterId).setMaxResults(size).getResultList();
    }

    public List<PaymentOrder> paymentsAfter(long afterId, int size) {
        return em.createQuery("select p from PaymentOrder p where p.id > :id order by p.id", PaymentOrder.class)
                .setParameter("id", afterId).setMaxResults(size).getResultList();
    }
}
