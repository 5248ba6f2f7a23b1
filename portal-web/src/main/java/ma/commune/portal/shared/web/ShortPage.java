package ma.commune.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.commune.portal.shared.Language;

/**
 * A refusal answered by a filter before any Faces page runs (a Faces page would read the refused request
 * again): a short page of its own, in the visitor's language, with a title, a sentence that says what to
 * do, and the way home.
 */
final class ShortPage {

    private ShortPage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String textKey)
            throws IOException {
        Language language = LanguageFilter.languageOf(request);
        ResourceBundle texts = ResourceBundle.getBundle("ma.commune.portal.i18n.messages",
                language == Language.AR ? Locale.ROOT : Locale.forLanguageTag(language.tag()));
        response.setStatus(status);
        response.setHeader("Content-Language", language.tag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().print("<!DOCTYPE html><html lang=\"" + language.tag() + "\" dir=\"" + language.direction()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(texts.getString(titleKey)) + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/resources/css/portal.css\"></head><body><main class=\"error-page\"><h1>" + escape(texts.getString(titleKey))
                + "</h1><p>" + escape(texts.getString(textKey)) + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                + escape(texts.getString("error.backHome")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
