package ma.commune.portal.content.boundary;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.commune.portal.shared.LocalizedText;

/** The text of an item that search reads: several of its fields, joined per language. */
final class IndexedText {

    private IndexedText() {
    }

    static LocalizedText of(LocalizedText... parts) {
        return LocalizedText.of(join(parts, LocalizedText::getAr), join(parts, LocalizedText::getFr));
    }

    private static String join(LocalizedText[] parts, Function<LocalizedText, String> language) {
        return Stream.of(parts).filter(Objects::nonNull).map(language).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }
}
