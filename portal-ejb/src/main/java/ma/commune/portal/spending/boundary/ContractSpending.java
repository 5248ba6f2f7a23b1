package ma.commune.portal.spending.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import ma.commune.portal.spending.entity.Commitment;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentOrder;
import ma.commune.portal.spending.entity.PaymentStatus;

/**
 * From a contract number to its money (IMPORTS.md: commitments name it in {@code reference_marche},
 * payment orders name their commitment). Paid so far: the {@code PAYE} orders of the commitments that
 * were neither rejected nor cancelled.
 */
@Stateless
@PermitAll
public class ContractSpending {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public ContractTrace trace(String contractNumber) {
        List<Commitment> commitments = em.createQuery("select c from Commitment c where c.contractReference = :ref"
                + " order by c.committedOn, c.id", Commitment.class).setParameter("ref", contractNumber).getResultList();
        List<PaymentOrder> payments = em.createQuery("select p from PaymentOrder p, Commitment c where c.contractReference = :ref"
                + " and p.fiscalYear = c.fiscalYear and p.commitmentNumber = c.number order by p.orderedOn, p.id", PaymentOrder.class)
                .setParameter("ref", contractNumber).getResultList();
        BigDecimal paid = em.createQuery("select sum(p.amountPaid) from PaymentOrder p, Commitment c where c.contractReference = :ref"
                + " and p.fiscalYear = c.fiscalYear and p.commitmentNumber = c.number and p.status = :paid"
                + " and c.status not in :dropped", BigDecimal.class)
                .setParameter("ref", contractNumber).setParameter("paid", PaymentStatus.PAYE)
                .setParameter("dropped", List.of(CommitmentStatus.REJETE, CommitmentStatus.ANNULE)).getSingleResult();
        return new ContractTrace(commitments, payments, paid == null ? BigDecimal.ZERO : paid);
    }
}
