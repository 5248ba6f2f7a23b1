package ma.commune.portal.council.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A rule of the law that an action does not meet but that the secretariat may knowingly override (a late
 * agenda, a session outside its month, a decision without quorum): {@code code} names the interface text,
 * {@code args} fill it.
 */
public record RuleWarning(String code, List<Object> args) implements Serializable {

    public RuleWarning(String code, Object... args) {
        this(code, List.of(args));
    }
}
