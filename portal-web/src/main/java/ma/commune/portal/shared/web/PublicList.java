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
import org.omnifaces.util.Faces;

/**
 * One page of a public list whose filters and page number are in the query string, so that every
 * page can be linked, cached and crawled: {@code /projects?status=COMPLETED&page=2}.
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
        int number;
        try {
            number = pageParameter == null ? 1 : Math.max(1, Integer.parseInt(pageParameter));
        } catch (NumberFormatException notANumber) {
            number = 1;
        }
        this.page = number;
    }

    /** A filter the list keeps in its links (blank values are left out). */
    public PublicList filter(String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.trim());
        }
        return this;
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
        T item = id != null && id.matches("[0-9]{1,18}") ? finder.apply(Long.parseLong(id)).orElse(null) : null;
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
