package ma.commune.portal.shared.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import ma.commune.portal.shared.boundary.ListQuery;
import org.omnifaces.util.Faces;

/**
 * One page of a public list whose filters and page number are in the query string, so that every
 * page can be linked, cached and crawled: {@code /projects?status=COMPLETED&page=2}. Every public list
 * reads its address here, through {@link ListQuery}: a value is accepted in any case, and one that
 * cannot be read is no filter (the list shows everything, its select shows "all", its links drop it).
 * The filters a list keeps are in their canonical spelling, so the page marks the chosen option.
 */
public final class PublicList {

    private final String path;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final int page;
    private final int size;
    private long total;

    /** {@code path} is the list's address ({@code /projects}); {@code pageParameter} the raw {@code page}. */
    public PublicList(String path, String pageParameter, int size) {
        this.path = path;
        this.size = size;
        this.page = ListQuery.page(pageParameter);
    }

    /** A filter the list keeps in its links as it was given (blank values are left out). */
    public PublicList filter(String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
        return this;
    }

    /** The constant of {@code type} a filter names in any case, kept by its name; null (and not kept) when unknown. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, String parameter) {
        E value = ListQuery.constant(type, parameter);
        keep(name, value);
        return value;
    }

    /** A year filter, kept when it is a year; null otherwise. */
    public Integer year(String name, String parameter) {
        Integer value = ListQuery.year(parameter);
        keep(name, value);
        return value;
    }

    /** An identifier filter ({@code district=3}), kept when it is one; null otherwise. */
    public Long id(String name, String parameter) {
        Long value = ListQuery.id(parameter);
        keep(name, value);
        return value;
    }

    /** A slug filter ({@code category=works}), kept in lower case when it is one; null otherwise. */
    public String slug(String name, String parameter) {
        String value = ListQuery.slug(parameter);
        keep(name, value);
        return value;
    }

    private void keep(String name, Object value) {
        if (value != null) {
            filters.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
    }

    /** The filters kept, by name, in their canonical spelling (for a {@code PageRequest}). */
    public Map<String, String> filters() {
        return Map.copyOf(filters);
    }

    public String value(String name) {
        return filters.get(name);
    }

    /** Sets the number of items; false (and a 404 sent) when the page asked for is past the last. */
    public boolean total(long total) throws IOException {
        this.total = total;
        if (page > getPages() && total > 0) {
            Faces.responseSendError(404, "");
            return false;
        }
        return true;
    }

    /** The item an address names ({@code /projects/12}), or a 404 when it is not a number or not public. */
    public static <T> T itemOr404(String id, LongFunction<Optional<T>> finder) throws IOException {
        Long key = ListQuery.id(id);
        T item = key == null ? null : finder.apply(key).orElse(null);
        if (item == null) {
            Faces.responseSendError(404, "");
        }
        return item;
    }

    public int getFirst() {
        return (page - 1) * size;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getPages();
    }

    /** The address of another page of the same list, with the same filters. */
    public String link(int number) {
        List<String> parameters = new ArrayList<>();
        filters.forEach((name, value) -> parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (number > 1) {
            parameters.add("page=" + number);
        }
        return path + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }
}
