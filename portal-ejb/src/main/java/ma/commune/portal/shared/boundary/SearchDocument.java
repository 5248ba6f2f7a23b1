package ma.commune.portal.shared.boundary;

import java.time.Instant;
import ma.commune.portal.shared.LocalizedText;

/**
 * A published item as a window hands it to search: its kind ({@code news}, {@code legal}, ...), id,
 * public path ({@code /legal/12}), title, and plain text (HTML is reduced to its text on indexing).
 */
public record SearchDocument(String kind, long itemId, String path, LocalizedText title, LocalizedText text, Instant date) {
}
