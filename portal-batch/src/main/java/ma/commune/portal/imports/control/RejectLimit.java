package ma.commune.portal.imports.control;

/**
 * How many records of a file may be rejected before the whole file fails: by default 1% of its
 * records, and at least 10 (a small file with a few typing mistakes still goes in). Configurable
 * ({@code portal.imports.reject-percent} and {@code portal.imports.reject-minimum}, or the environment's
 * {@code PORTAL_IMPORTS_REJECT_PERCENT} and {@code PORTAL_IMPORTS_REJECT_MINIMUM}); each execution gets the
 * limit as job parameters, so a restart keeps the limit its file was checked against.
 */
public record RejectLimit(double percent, int minimum) {

    public static final RejectLimit DEFAULT = new RejectLimit(1.0, 10);

    public RejectLimit {
        if (percent < 0 || percent > 100 || minimum < 0) {
            throw new IllegalArgumentException("reject limit out of range: " + percent + "%, minimum " + minimum);
        }
    }

    /** The number of rejected records a file of {@code records} records may have. */
    public long allowed(long records) {
        return Math.max(minimum, (long) Math.floor(records * percent / 100.0));
    }

    public boolean exceeded(long rejected, long records) {
        return rejected > allowed(records);
    }
}
