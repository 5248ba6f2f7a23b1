package ma.commune.portal.content.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reading a public list's query string ({@code ?type=ORDER&year=2025&page=2}): a value a person can
 * type in the address bar is parsed leniently, an unknown one counts as absent.
 */
final class ListPaging {

    static final int PAGE_SIZE = 10;

    private ListPaging() {
    }

    static int page(String parameter) {
        Integer page = number(parameter);
        return page == null ? 1 : Math.max(1, page);
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    static int first(int page) {
        return (page - 1) * PAGE_SIZE;
    }

    static Integer number(String parameter) {
        if (parameter == null || !parameter.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(parameter);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String parameter) {
        return Optional.ofNullable(parameter).flatMap(name -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name)).findFirst()).orElse(null);
    }

    /** The id of a permalink ({@code /legal/12}), or empty when the path is not a number. */
    static Optional<Long> id(String pathParameter) {
        return pathParameter != null && pathParameter.matches("[0-9]{1,18}") ? Optional.of(Long.valueOf(pathParameter)) : Optional.empty();
    }
}
