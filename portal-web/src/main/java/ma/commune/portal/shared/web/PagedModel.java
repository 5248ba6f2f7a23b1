package ma.commune.portal.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import ma.commune.portal.shared.boundary.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table backed by a service that pages, filters and sorts in the database.
 * The table's filters and sort become a {@link PageRequest}; the service decides which names it honours.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableLoader<T> loader;
    private final SerializableCounter counter;
    private final SerializableKey<T> key;

    public PagedModel(SerializableLoader<T> loader, SerializableCounter counter, SerializableKey<T> key) {
        this.loader = loader;
        this.counter = counter;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.applyAsLong(request(0, 1, Map.of(), filterBy));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.apply(request(first, pageSize, sortBy, filterBy));
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }

    private static PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, meta.getFilterValue().toString());
            }
        });
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new PageRequest(first, size, filters, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
    }

    public interface SerializableLoader<T> extends Function<PageRequest, List<T>>, java.io.Serializable {
    }

    public interface SerializableCounter extends ToLongFunction<PageRequest>, java.io.Serializable {
    }

    public interface SerializableKey<T> extends Function<T, String>, java.io.Serializable {
    }
}
