package ma.commune.portal.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the portal. Arabic is the default and is written right to left; French is the
 * administration's second language; Amazigh is written in Tifinagh and, for now, only the interface
 * labels exist in it (content falls back to Arabic, visibly).
 */
public enum Language {
    AR("ar", "rtl", "ar-MA"),
    FR("fr", "ltr", "fr-MA"),
    ZGH("zgh", "ltr", "fr-MA");

    public static final Language DEFAULT = AR;

    private final String tag;
    private final String direction;
    private final Locale formattingLocale;

    Language(String tag, String direction, String formattingTag) {
        this.tag = tag;
        this.direction = direction;
        // ar-MA, not ar: the JDK formats plain "ar" with Eastern Arabic digits, Moroccan usage is 0-9.
        this.formattingLocale = Locale.forLanguageTag(formattingTag);
    }

    public String tag() {
        return tag;
    }

    /** The value of the HTML {@code dir} attribute. */
    public String direction() {
        return direction;
    }

    public boolean rightToLeft() {
        return "rtl".equals(direction);
    }

    /** The locale of the interface texts (resource bundles). */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The locale that formats dates and numbers (Moroccan conventions, Western digits). */
    public Locale formattingLocale() {
        return formattingLocale;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(wanted) || wanted.startsWith(language.tag + "-")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The first supported language of an {@code Accept-Language} header, in the order of its quality
     * values; empty when it names none of ours.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                Optional<Language> language = fromTag(range.getRange());
                if (language.isPresent()) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is the client's problem; we serve the default language.
        }
        return Optional.empty();
    }

    /**
     * Which language a request is served in: an explicit choice ({@code ?lang=}) first, then the one
     * remembered in the cookie, then the browser's preference, then Arabic. An unknown value at any
     * step is ignored, never an error.
     */
    public static Language resolve(String requested, String remembered, String acceptLanguage) {
        return fromTag(requested)
                .or(() -> fromTag(remembered))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(DEFAULT);
    }
}
