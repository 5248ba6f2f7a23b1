package ma.commune.portal.shared.imports;


/**
 * One record is refused: it goes to the reject report with its line, the column, the value and the
 * reason, and the rest of the file goes on (up to the file's reject limit).
 */
public final class RecordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;

    public RecordRejected(Rejection rejection) {
        super(rejection.toString(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
