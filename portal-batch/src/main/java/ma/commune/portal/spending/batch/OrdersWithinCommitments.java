package ma.commune.portal.spending.batch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.spending.entity.PaymentStatus;

/**
 * PAIEMENTS: a payment order must pay a known commitment, and the orders of a commitment (those not
 * rejected) may not add up to more than its amount. The exports are cumulative, so an order seen again
 * replaces its earlier amount rather than adding to it; the check follows the file in order, as the
 * import applies it.
 */
public final class OrdersWithinCommitments implements FileCheck.RowCheck<PaymentRow> {

    private record Order(String commitment, BigDecimal counted) {
    }

    private final Map<String, BigDecimal> committed;
    private final Map<String, Order> orders;
    private final Map<String, BigDecimal> ordered = new HashMap<>();

    OrdersWithinCommitments(Map<String, BigDecimal> committed, Map<String, Order> orders) {
        this.committed = committed;
        this.orders = orders;
        orders.values().forEach(o -> ordered.merge(o.commitment(), o.counted(), BigDecimal::add));
    }

    /** The commitments and the payment orders already imported (a commune's are tens of thousands a year). */
    public static OrdersWithinCommitments load(Connection connection) throws SQLException {
        Map<String, BigDecimal> committed = new HashMap<>();
        Map<String, Order> orders = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT row_key, amount FROM commitment")) {
                while (rs.next()) {
                    committed.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT row_key, fiscal_year, commitment_number, amount_ordered, status FROM payment_order")) {
                while (rs.next()) {
                    boolean counts = PaymentStatus.valueOf(rs.getString(5)).counts();
                    orders.put(rs.getString(1), new Order(rs.getInt(2) + "|" + rs.getString(3), counts ? rs.getBigDecimal(4) : BigDecimal.ZERO));
                }
            }
        }
        return new OrdersWithinCommitments(committed, orders);
    }

    @Override
    public void check(PaymentRow row, RecordFields fields) {
        String commitment = row.year() + "|" + row.commitmentNumber();
        BigDecimal limit = committed.get(commitment);
        if (limit == null) {
            throw fields.reject("numero_engagement", row.commitmentNumber(), Reason.UNKNOWN_COMMITMENT);
        }
        String key = row.year() + "|" + row.orderNumber();
        Order before = orders.get(key);
        BigDecimal counted = row.status().counts() ? row.ordered() : BigDecimal.ZERO;
        BigDecimal sum = ordered.getOrDefault(commitment, BigDecimal.ZERO).add(counted);
        if (before != null && before.commitment().equals(commitment)) {
            sum = sum.subtract(before.counted());
        }
        if (sum.compareTo(limit) > 0) {
            throw fields.reject("montant_ordonnance", row.ordered().toPlainString(), Reason.ORDERED_EXCEEDS_COMMITTED);
        }
        if (before != null) {
            ordered.merge(before.commitment(), before.counted().negate(), BigDecimal::add);
        }
        ordered.merge(commitment, counted, BigDecimal::add);
        orders.put(key, new Order(commitment, counted));
    }
}
