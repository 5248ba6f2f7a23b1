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

    /** A filter naming a constant of {@code type}, read by {@link ListQuery}: null when absent or unknown. */
    public <E extends Enum<E>> E filter(String name, Class<E> type) {
        return ListQuery.constant(type, filter(name));
    }

    /** A filter holding a year, read by {@link ListQuery}: null when absent or not a year. */
    public Integer yearFilter(String name) {
        return ListQuery.year(filter(name));
    }

    /** A filter holding an identifier, read by {@link ListQuery}: null when absent or not one. */
    public Long idFilter(String name) {
        return ListQuery.id(filter(name));
    }
}
