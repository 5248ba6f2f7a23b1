package ma.commune.portal.shared.imports;

import java.util.List;

/**
 * The five kinds of files of the import contract, in the order the nightly run takes them: a
 * commitment names a budget line opened by CREDITS, a payment a commitment, an award a call for
 * tenders.
 */
public enum ImportKind {
    CREDITS, ENGAGEMENTS, PAIEMENTS, AVIS, ATTRIBUTIONS;

    /** The kinds whose files of the same night must be imported first. */
    public List<ImportKind> prerequisites() {
        return switch (this) {
            case CREDITS, AVIS -> List.of();
            case ENGAGEMENTS -> List.of(CREDITS);
            case PAIEMENTS -> List.of(CREDITS, ENGAGEMENTS);
            case ATTRIBUTIONS -> List.of(AVIS);
        };
    }

    /** The Jakarta Batch job of this kind ({@code META-INF/batch-jobs/<name>.xml}). */
    public String jobName() {
        return "import-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
