package ma.commune.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;

/**
 * The language of the current request, for the pages: {@code #{language.tag}}, {@code #{language.dir}},
 * localized content ({@code #{language.of(text)}}), dates and numbers in Moroccan formats, and the
 * links that switch language on the same page.
 */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            Object decided = request.getAttribute(LanguageFilter.ATTRIBUTE);
            language = decided instanceof Language l ? l : Language.DEFAULT;
        }
        return language;
    }

    public String getTag() {
        return get().tag();
    }

    public String getDir() {
        return get().direction();
    }

    public Locale getLocale() {
        return get().locale();
    }

    public boolean isRtl() {
        return get().rightToLeft();
    }

    public List<Language> getAll() {
        return List.of(Language.values());
    }

    public LocalizedText.Localized of(LocalizedText text) {
        return text == null ? new LocalizedText().in(get()) : text.in(get());
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(get().formattingLocale()).format(instant.atZone(CommuneTime.ZONE));
    }

    /** For a {@code <time datetime>} attribute. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(CommuneTime.ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(get().formattingLocale()).format(instant.atZone(CommuneTime.ZONE));
    }

    public String number(Number number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(get().formattingLocale());
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    /**
     * The longest address a language link repeats. Every page carries five of them: a 70 KB address typed or
     * pasted (a search) would otherwise make a 350 KB page (issue 12, finding 14); past this, the link keeps
     * the page and drops its query, or leads home when the path itself is that long.
     */
    static final int MAX_ECHOED = 2048;

    /** The current page, with its query string (never a form's fields), in another language. */
    public String switchTo(String tag) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        // Behind a forward (extension-less URLs) or an error page, link the address the visitor typed.
        for (String kind : List.of("jakarta.servlet.error", "jakarta.servlet.forward")) {
            Object original = request.getAttribute(kind + ".request_uri");
            if (original != null) {
                uri = original.toString();
                Object originalQuery = request.getAttribute(kind + ".query_string");
                query = originalQuery == null ? null : originalQuery.toString();
                break;
            }
        }
        if (uri.length() > MAX_ECHOED) {
            uri = request.getContextPath() + "/";
            query = null;
        }
        if (query != null && uri.length() + query.length() > MAX_ECHOED) {
            query = null;
        }
        List<String> parameters = new ArrayList<>();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (!parameter.isEmpty() && !parameter.equals("lang") && !parameter.startsWith("lang=")) {
                    parameters.add(parameter);
                }
            }
        }
        parameters.add("lang=" + encode(tag));
        return uri + "?" + String.join("&", parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Makes JSF render in the request's language (the view's locale follows). */
    public void apply() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(getLocale());
        }
    }
}
