package ma.commune.portal.shared.control;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code where} clause of a list's query, built from the filters a person chose: a condition
 * counts only when its value is given, and values are always bound as parameters, never spliced.
 */
public final class QueryConditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause} with its parameters (name, value, name, value...) when the first value is not null. */
    public QueryConditions add(String clause, Object... namesAndValues) {
        if (namesAndValues.length >= 2 && namesAndValues[1] != null) {
            clauses.add(clause);
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code %text%} in lower case, for a {@code lower(...) like} condition; null when no text. */
    public static String containing(String text) {
        return text == null ? null : "%" + text.toLowerCase() + "%";
    }
}
