package ma.commune.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.commune.portal.shared.DomainRuleViolation;

/** Messages to the person in front of the page, in their language, from the interface texts. */
public final class Messages {

    public static final String BUNDLE = "ma.commune.portal.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A message next to one field (its client id). */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void refused(DomainRuleViolation violation) {
        refused(violation, java.util.Map.of());
    }

    /**
     * A refusal by a business rule: the message goes next to the field the rule is about (client ids
     * by message key), or on top of the form when the rule is about the whole.
     */
    public static void refused(DomainRuleViolation violation, java.util.Map<String, String> fieldOfRule) {
        String field = fieldOfRule.get(violation.messageKey());
        if (field != null) {
            fieldError(field, violation.messageKey());
        } else {
            error(violation.messageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
