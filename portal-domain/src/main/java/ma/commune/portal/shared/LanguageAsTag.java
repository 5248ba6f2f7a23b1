package ma.commune.portal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Language} as its tag ({@code ar}, {@code fr}, {@code zgh}), the form the rest of the
 * web speaks, rather than the enum's name. Applied explicitly with {@code @Convert}, never automatically.
 */
@Converter
public class LanguageAsTag implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.tag();
    }

    @Override
    public Language convertToEntityAttribute(String tag) {
        return tag == null ? null : Language.fromTag(tag)
                .orElseThrow(() -> new IllegalStateException("unknown language tag in the database: " + tag));
    }
}
