package ma.commune.portal.content.boundary;

import java.io.Serializable;
import ma.commune.portal.content.entity.LegalDocumentType;

/**
 * What a resident asks of the public list of legal texts: a type and a year, either optional, and an order.
 */
public record LegalQuery(LegalDocumentType type, Integer year, Order order) implements Serializable {

    public enum Order {
        NEWEST, OLDEST, NUMBER
    }

    public LegalQuery {
        order = order == null ? Order.NEWEST : order;
    }

    public static LegalQuery all() {
        return new LegalQuery(null, null, Order.NEWEST);
    }
}
