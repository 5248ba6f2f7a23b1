package ma.commune.portal.council.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The action breaks rules that the secretariat must confirm knowingly before it is saved: nothing was
 * changed; the same action repeated with the confirmation goes through (and the audit log keeps the
 * warnings that were confirmed).
 */
@ApplicationException(rollback = true)
public class WarningsToConfirm extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RuleWarning> warnings;

    public WarningsToConfirm(List<RuleWarning> warnings) {
        super(warnings.stream().map(RuleWarning::code).toList().toString());
        this.warnings = List.copyOf(warnings);
    }

    public List<RuleWarning> warnings() {
        return warnings;
    }
}
