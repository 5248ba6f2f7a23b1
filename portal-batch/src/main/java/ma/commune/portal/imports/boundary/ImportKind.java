package ma.commune.portal.imports.boundary;

import java.util.List;

/**
 * The five kinds of files of the import contract, in the order the nightly run takes them: a
 * commitment names a budget line opened by CREDITS, a payment a commitment, an award a call for
 * tenders. Stored by name ({@code import_file.kind}, {@code import_execution.kind}), and passed by name
 * to the import job as its parameter {@code kind}.
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

    /**
     * The lease an import of this kind holds while it runs ({@code run_lease}): one for the spending kinds
     * and one for the procurement kinds, not one per kind, because a kind's checks read what the others of
     * its family wrote (a commitment's budget line, a payment's commitment, an award's call for tenders):
     * a CREDITS import running under an ENGAGEMENTS one would change, between its check step and its
     * chunks, what the ENGAGEMENTS file was checked against.
     */
    public String leaseKey() {
        return switch (this) {
            case CREDITS, ENGAGEMENTS, PAIEMENTS -> "imports.spending";
            case AVIS, ATTRIBUTIONS -> "imports.procurement";
        };
    }
}
