package ma.commune.portal.council.web;

import java.io.Serializable;
import java.util.List;
import ma.commune.portal.council.entity.RuleWarning;
import ma.commune.portal.council.entity.WarningsToConfirm;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;

/**
 * The secretariat's side of a rule of organic law 113-14 that is not met: the service refused the call
 * with {@link WarningsToConfirm} and saved nothing; the page shows the warnings in a dialog, and the
 * same call, with the same values, is repeated with the confirmation only if the secretariat confirms.
 * A refusal by a rule that cannot be overridden ({@link DomainRuleViolation}) is shown as a message.
 */
public class CouncilWarnings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One call of a service, repeatable with {@code confirmed = true}; returns where to go next (or null). */
    @FunctionalInterface
    public interface Call extends Serializable {
        String run(boolean confirmed);
    }

    /** What the page does after a call went through: reload what it shows, say what was done. */
    @FunctionalInterface
    public interface Done extends Serializable {
        void run();
    }

    private Call pending;
    private Done afterPending;
    private List<RuleWarning> warnings = List.of();

    /** Tries the call unconfirmed; on warnings, keeps it for the dialog. Returns the call's outcome. */
    public String attempt(Call call, Done done) {
        clear();
        try {
            String outcome = call.run(false);
            done.run();
            return outcome;
        } catch (WarningsToConfirm toConfirm) {
            pending = call;
            afterPending = done;
            warnings = toConfirm.warnings();
            return null;
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return null;
        }
    }

    /** "Confirm and save": the same call again, confirmed. */
    public String confirm() {
        Call call = pending;
        Done done = afterPending;
        clear();
        if (call == null) {
            return null;
        }
        try {
            String outcome = call.run(true);
            done.run();
            return outcome;
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return null;
        }
    }

    /** "Go back": nothing is saved. */
    public void dismiss() {
        clear();
    }

    private void clear() {
        pending = null;
        afterPending = null;
        warnings = List.of();
    }

    public boolean isOpen() {
        return pending != null;
    }

    public List<RuleWarning> getWarnings() {
        return warnings;
    }

    /**
     * A warning's text in the user's language, with its figures in Western digits (Moroccan usage; the
     * JDK's plain {@code ar} locale would write them ٠–٩).
     */
    public String text(RuleWarning warning) {
        return Messages.text(warning.code(), warning.args().stream().map(String::valueOf).toArray());
    }
}
