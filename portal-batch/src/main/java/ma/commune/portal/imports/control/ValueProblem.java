package ma.commune.portal.imports.control;

import ma.commune.portal.imports.boundary.Reason;

/**
 * A value of a record that the contract does not accept. Thrown by the value parsers and turned into
 * a line of the reject report by whoever reads the record; carries no stack trace, since a bad value
 * in a file is an expected outcome, not a fault, and a messy export may hold thousands of them.
 */
final class ValueProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public ValueProblem(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
