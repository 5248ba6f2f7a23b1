package ma.commune.portal.shared.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list, filtered and sorted in the database: every list that can grow is paginated
 * with LIMIT, never loaded whole. Filter and sort names are the boundary's own, checked against a
 * fixed list before they reach a query.
 */
public record PageRequest(int first, int size, Map<String, String> filters, String sortField, boolean ascending)
        implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, Map.of(), null, false);
    }

    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
