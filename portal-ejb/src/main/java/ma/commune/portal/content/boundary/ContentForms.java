package ma.commune.portal.content.boundary;

import java.time.LocalDate;
import ma.commune.portal.shared.LocalizedText;

/** How the windows' forms turn what an editor typed, or a filter in an address, into values. */
final class ContentForms {

    private ContentForms() {
    }

    /** Both languages, blank meaning absent, trimmed. */
    static LocalizedText text(String ar, String fr) {
        return LocalizedText.of(trim(ar), trim(fr));
    }

    /**
     * Blank meaning absent, like {@link ma.commune.portal.shared.Texts#blankToNull}, but {@code trim()} rather than
     * {@code strip()}: at the ends it drops control characters and keeps Unicode spaces. The windows' texts have
     * always been kept so; moving them to {@code strip()} would change what is stored (issue 16).
     */
    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Texts joined by a blank line, the absent ones left out. */
    static String join(String first, String second) {
        if (trim(first) == null) {
            return trim(second);
        }
        return trim(second) == null ? first : first + "\n\n" + second;
    }
}
