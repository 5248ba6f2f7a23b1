package ma.commune.portal.imports.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Column names are matched case-, accent- and space-insensitively: {@code Montant engagé},
 * {@code MONTANT_ENGAGE} and {@code montant-engagé} all name {@code montant_engage}.
 */
final class ColumnName {

    private ColumnName() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.replace("\uFEFF", ""), Normalizer.Form.NFD);
        String unaccented = decomposed.replaceAll("\\p{M}+", "");
        return unaccented.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\u00A0\u202F\\-.'’]+", "_")
                .replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
    }
}
