package ma.commune.portal.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused an action. {@link #messageKey()} names the interface text that tells the
 * person what to do, in their language; nothing was changed.
 */
@ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public DomainRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
