package ma.commune.portal.council.web.api;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;

/**
 * The texts the council's feeds and API write, in the language a client asked for ({@code ?lang=ar|fr},
 * Arabic by default): interface texts from the bundle ({@code council.api.*}), content in that language
 * or, when it has no translation, in the other one.
 */
final class ApiText {

    private static final String BUNDLE = "ma.commune.portal.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    ApiText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
    }

    /** {@code fr} asks for French; anything else (or nothing) is Arabic, the commune's first language. */
    static ApiText of(String lang) {
        return new ApiText(Language.FR.tag().equalsIgnoreCase(lang == null ? "" : lang.trim()) ? Language.FR : Language.AR);
    }

    Language language() {
        return language;
    }

    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.formattingLocale()).format(arguments);
    }

    String of(LocalizedText text) {
        return text == null ? "" : text.in(language).text();
    }
}
