package ma.commune.portal.imports.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The whole file is refused, and nothing of it is applied: a wrong header, a missing or mismatching
 * control trailer (the file was truncated or altered), an unreadable main amount (the trailer cannot
 * be verified), too many rejected records. An application exception: it reaches the caller of an EJB as
 * it is (never wrapped in an {@code EJBException}), so the inbox files the refused file and goes on.
 */
@ApplicationException(rollback = true)
public final class FileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final long line;
    private final String detail;

    public FileRefused(Reason reason, long line, String detail) {
        super(reason + " at line " + line + (detail == null ? "" : ": " + detail), null, false, false);
        this.reason = reason;
        this.line = line;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The physical line (1-based) where the problem was found, 0 when it is the file as a whole. */
    public long line() {
        return line;
    }

    /** The column, the value or the counts involved, for the message. */
    public String detail() {
        return detail;
    }
}
