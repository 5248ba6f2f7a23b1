package ma.commune.portal.shared.boundary;

import java.util.Arrays;

/**
 * The one reader of a list's query values, on the public pages ({@code /tenders?status=open}), in the
 * back office's filters and at the boundaries that take a {@link PageRequest}. A person types these in
 * the address bar: a value is read leniently (spaces around it and any case are accepted) and one that
 * cannot be read counts as absent, so the list shows everything and its filter shows "all"; it is
 * never an error.
 */
public final class ListQuery {

    private ListQuery() {
    }

    /** The constant of {@code type} named by {@code value} in any case ({@code open}, {@code OPEN}), or null. */
    public static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** A year of four digits (1900–2099), or null. */
    public static Integer year(String value) {
        return value != null && value.strip().matches("(19|20)[0-9]{2}") ? Integer.valueOf(value.strip()) : null;
    }

    /** A whole number of at most nine digits, or null. */
    public static Integer number(String value) {
        return value != null && value.strip().matches("[0-9]{1,9}") ? Integer.valueOf(value.strip()) : null;
    }

    /** An identifier ({@code /legal/12}, {@code district=3}), or null. */
    public static Long id(String value) {
        return value != null && value.strip().matches("[0-9]{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    /** A short code of letters and digits (a budget chapter or article: {@code 10}, {@code 20}), or null. */
    public static String code(String value) {
        return value != null && value.strip().matches("[0-9A-Za-z]{1,10}") ? value.strip() : null;
    }

    /** A slug of lower-case letters, digits and hyphens (a news or service category), in lower case, or null. */
    public static String slug(String value) {
        if (value == null) {
            return null;
        }
        String slug = value.strip().toLowerCase(java.util.Locale.ROOT);
        return slug.matches("[a-z0-9-]{1,60}") ? slug : null;
    }

    /** A page number, 1 when absent or not a number. */
    public static int page(String value) {
        Integer page = number(value);
        return page == null ? 1 : Math.max(1, page);
    }
}
