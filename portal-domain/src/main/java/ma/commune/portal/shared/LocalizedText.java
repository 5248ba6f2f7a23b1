package ma.commune.portal.shared;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A text that citizens read, in Arabic and French. A missing translation falls back to the other
 * language, and says so ({@link Localized#fallback()}), so that the page can mark it instead of
 * showing a blank.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ar;
    private String fr;

    public LocalizedText() {
    }

    public LocalizedText(String ar, String fr) {
        this.ar = ar;
        this.fr = fr;
    }

    public static LocalizedText of(String ar, String fr) {
        return new LocalizedText(ar, fr);
    }

    /** The text to show in {@code language}: its own when present, else the other one, marked. */
    public Localized in(Language language) {
        String own = language == Language.FR ? fr : language == Language.AR ? ar : null;
        if (present(own)) {
            return new Localized(own, language, false);
        }
        if (language == Language.ZGH) {
            // Content is not written in Amazigh yet: Arabic first, as the commune's official default.
            if (present(ar)) {
                return new Localized(ar, Language.AR, true);
            }
            return present(fr) ? new Localized(fr, Language.FR, true) : Localized.EMPTY;
        }
        Language other = language == Language.AR ? Language.FR : Language.AR;
        String text = other == Language.AR ? ar : fr;
        return present(text) ? new Localized(text, other, true) : Localized.EMPTY;
    }

    public boolean isComplete() {
        return present(ar) && present(fr);
    }

    public boolean isEmpty() {
        return !present(ar) && !present(fr);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public String getAr() {
        return ar;
    }

    public void setAr(String ar) {
        this.ar = ar;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && Objects.equals(ar, other.ar) && Objects.equals(fr, other.fr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ar, fr);
    }

    @Override
    public String toString() {
        return "{ar=" + ar + ", fr=" + fr + "}";
    }

    /**
     * One language's text as shown: the text, the language it is really written in (for the HTML
     * {@code lang} attribute) and whether it is a fallback.
     */
    public record Localized(String text, Language language, boolean fallback) implements Serializable {
        static final Localized EMPTY = new Localized("", Language.DEFAULT, true);

        // Bean-style getters too: Jakarta EL 5 (EE 10) does not read record components.
        public String getText() {
            return text;
        }

        public boolean isFallback() {
            return fallback;
        }

        public String getDir() {
            return language.direction();
        }

        public String getLang() {
            return language.tag();
        }

        public String dir() {
            return getDir();
        }

        public String lang() {
            return getLang();
        }
    }
}
