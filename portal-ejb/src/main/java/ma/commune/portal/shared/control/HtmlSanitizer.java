package ma.commune.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich text that editors write (news bodies, the commune's presentation) before it is
 * stored: what reaches a resident's browser can carry formatting and links, never a script, a style,
 * an event handler or a frame. jsoup's allow-list cleaner does the parsing; the list is ours.
 */
@ApplicationScoped
public class HtmlSanitizer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "h2", "h3", "h4",
                    "blockquote", "a", "span")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addAttributes(":all", "dir", "lang");

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", ALLOWED, output).trim();
        // An editor who cleared the text leaves an empty paragraph behind: that is no text.
        return Jsoup.parse(clean).text().isBlank() ? null : clean;
    }
}
