package ma.commune.portal.procurement.web;

import java.util.Arrays;

/** The money pages' query string, read leniently: a value a person typed wrong counts as absent. */
public final class Filters {

    private Filters() {
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String parameter) {
        if (parameter == null) {
            return null;
        }
        String name = parameter.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public static Integer year(String parameter) {
        return parameter != null && parameter.trim().matches("(19|20)[0-9]{2}") ? Integer.valueOf(parameter.trim()) : null;
    }

    /** A chapter or article code of the budget ({@code 10}, {@code 20}), or null. */
    public static String code(String parameter) {
        return parameter != null && parameter.trim().matches("[0-9A-Za-z]{1,10}") ? parameter.trim() : null;
    }
}
