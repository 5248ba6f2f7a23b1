package ma.commune.portal.spending.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.spending.entity.BudgetLine;
import ma.commune.portal.spending.entity.BudgetSection;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentStatus;

/**
 * The execution of the budget (issue 6, {@code /budget}): per budget line of a year, the credits opened,
 * the commitments that count ({@code VISE}), the payment orders that were not rejected, and what was paid
 * ({@code PAYE}). The database sums per line (three grouped queries); the lines are then rolled up to
 * articles and chapters here, since a commune's budget has a few hundred lines a year.
 */
@Stateless
@PermitAll
public class BudgetExecution {

    public static final int TOP_SUPPLIERS = 10;

    private static final String LINE_SCOPE = " and exists (select b from BudgetLine b where b.fiscalYear = c.fiscalYear"
            + " and b.code = c.budgetLineCode and b.section = :section)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The fiscal years that have credits, newest first. */
    public List<Integer> years() {
        return em.createQuery("select distinct b.fiscalYear from BudgetLine b order by b.fiscalYear desc", Integer.class).getResultList();
    }

    /**
     * The rows of {@code year} (in {@code section}, or both when null): chapters, or the articles of
     * {@code chapter}, or the lines of {@code chapter}'s {@code article}.
     */
    public BudgetReport report(int year, BudgetSection section, String chapter, String article) {
        String articleOf = chapter == null ? null : article;
        StringBuilder jpql = new StringBuilder("select b from BudgetLine b where b.fiscalYear = :year");
        if (section != null) {
            jpql.append(" and b.section = :section");
        }
        if (chapter != null) {
            jpql.append(" and b.chapter = :chapter");
        }
        if (articleOf != null) {
            jpql.append(" and b.article = :article");
        }
        TypedQuery<BudgetLine> lines = em.createQuery(jpql.append(" order by b.code").toString(), BudgetLine.class)
                .setParameter("year", year);
        if (section != null) {
            lines.setParameter("section", section);
        }
        if (chapter != null) {
            lines.setParameter("chapter", chapter);
        }
        if (articleOf != null) {
            lines.setParameter("article", articleOf);
        }
        Map<String, BigDecimal> committed = sums("select c.budgetLineCode, sum(c.amount) from Commitment c"
                + " where c.fiscalYear = :year and c.status = :counts group by c.budgetLineCode", year, Map.of("counts", CommitmentStatus.VISE));
        Map<String, BigDecimal> ordered = sums("select c.budgetLineCode, sum(p.amountOrdered) from PaymentOrder p, Commitment c"
                + " where p.fiscalYear = :year and c.fiscalYear = p.fiscalYear and c.number = p.commitmentNumber"
                + " and p.status <> :rejected and c.status = :counts group by c.budgetLineCode", year,
                Map.of("rejected", PaymentStatus.REJETE, "counts", CommitmentStatus.VISE));
        Map<String, BigDecimal> paid = sums("select c.budgetLineCode, sum(p.amountPaid) from PaymentOrder p, Commitment c"
                + " where p.fiscalYear = :year and c.fiscalYear = p.fiscalYear and c.number = p.commitmentNumber"
                + " and p.status = :paid and c.status = :counts group by c.budgetLineCode", year,
                Map.of("paid", PaymentStatus.PAYE, "counts", CommitmentStatus.VISE));

        Map<String, BudgetReport.Row> rows = new LinkedHashMap<>();
        BudgetReport.Row total = new BudgetReport.Row(null, null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        for (BudgetLine line : lines.getResultList()) {
            String code = line.getCode();
            BudgetReport.Row row;
            if (chapter == null) {
                row = new BudgetReport.Row(line.getChapter(), line.getChapter(), null, null, null, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO);
            } else if (articleOf == null) {
                row = new BudgetReport.Row(line.getChapter() + "." + line.getArticle(), line.getChapter(), line.getArticle(), null, null,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            } else {
                row = new BudgetReport.Row(code, line.getChapter(), line.getArticle(), line.getLabelAr(), line.getLabelFr(),
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            }
            BudgetReport.Row figures = new BudgetReport.Row(null, null, null, null, null, zeroIfNull(line.getCreditsOpened()),
                    committed.getOrDefault(code, BigDecimal.ZERO), ordered.getOrDefault(code, BigDecimal.ZERO),
                    paid.getOrDefault(code, BigDecimal.ZERO));
            rows.merge(row.code(), row.plus(figures), (a, b) -> a.plus(figures));
            total = total.plus(figures);
        }
        List<BudgetReport.Supplier> suppliers = topSuppliers(year, section);
        return new BudgetReport(year, section == null ? null : section.name(), chapter, articleOf, new ArrayList<>(rows.values()), total,
                suppliers, naturalPersons(year, section));
    }

    /** The suppliers with an ICE paid the most in {@code year}, grouped by ICE (a name can be spelled several ways). */
    private List<BudgetReport.Supplier> topSuppliers(int year, BudgetSection section) {
        TypedQuery<Object[]> query = em.createQuery("select c.supplierIce, max(c.supplierName), sum(p.amountPaid) as total"
                + " from PaymentOrder p, Commitment c where p.fiscalYear = :year and c.fiscalYear = p.fiscalYear"
                + " and c.number = p.commitmentNumber and p.status = :paid and c.status = :counts and c.supplierIce is not null"
                + (section == null ? "" : LINE_SCOPE)
                + " group by c.supplierIce order by total desc", Object[].class)
                .setParameter("year", year).setParameter("paid", PaymentStatus.PAYE).setParameter("counts", CommitmentStatus.VISE)
                .setMaxResults(TOP_SUPPLIERS);
        if (section != null) {
            query.setParameter("section", section);
        }
        List<BudgetReport.Supplier> suppliers = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            suppliers.add(new BudgetReport.Supplier((String) row[1], (String) row[0], (BigDecimal) row[2]));
        }
        return suppliers;
    }

    /** What natural persons (no ICE) were paid, together: one line, never a name. */
    private BudgetReport.Supplier naturalPersons(int year, BudgetSection section) {
        TypedQuery<BigDecimal> query = em.createQuery("select sum(p.amountPaid) from PaymentOrder p, Commitment c"
                + " where p.fiscalYear = :year and c.fiscalYear = p.fiscalYear and c.number = p.commitmentNumber"
                + " and p.status = :paid and c.status = :counts and c.supplierIce is null" + (section == null ? "" : LINE_SCOPE), BigDecimal.class)
                .setParameter("year", year).setParameter("paid", PaymentStatus.PAYE).setParameter("counts", CommitmentStatus.VISE);
        if (section != null) {
            query.setParameter("section", section);
        }
        BigDecimal sum = query.getSingleResult();
        return sum == null || sum.signum() == 0 ? null : new BudgetReport.Supplier(null, null, sum);
    }

    private Map<String, BigDecimal> sums(String jpql, int year, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("year", year);
        parameters.forEach(query::setParameter);
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            sums.put((String) row[0], zeroIfNull((BigDecimal) row[1]));
        }
        return sums;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
