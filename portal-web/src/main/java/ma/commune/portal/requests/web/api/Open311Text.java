package ma.commune.portal.requests.web.api;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;

/** The texts Open311 answers write (error descriptions, status notes, notices) in the client's language. */
final class Open311Text {

    private static final String BUNDLE = "ma.commune.portal.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    Open311Text(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
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
