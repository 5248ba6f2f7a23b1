package ma.commune.portal.imports.control;

import ma.commune.portal.imports.boundary.Rejection;

/**
 * One record is refused: it goes to the reject report with its line, the column, the value and the
 * reason, and the rest of the file goes on (up to the file's reject limit). It extends its old name,
 * which the job XML of imports started before issue 16 names as skippable (see there).
 */
@SuppressWarnings("deprecation")
public final class RecordRejected extends ma.commune.portal.shared.imports.RecordRejected {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;

    public RecordRejected(Rejection rejection) {
        super(rejection.toString());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
