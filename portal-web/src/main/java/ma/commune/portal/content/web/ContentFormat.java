package ma.commune.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;

/**
 * What the windows' pages format ({@code #{format}}): amounts in MAD with two decimals and dates in the
 * page's Moroccan locale (Western digits), file sizes, plain text as paragraphs, and OpenStreetMap links.
 */
@Named("format")
@RequestScoped
public class ContentFormat {

    @Inject
    CurrentLanguage language;

    /** {@code 1 234 567,00} in French, {@code 1.234.567,00} in Arabic (ar-MA): always two decimals. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.get().formattingLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.get().formattingLocale()).format(date);
    }

    /** A file's size, so that a resident on a mobile plan knows what a download costs: "1,2 Mo", "350 ko". */
    public String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(language.get().formattingLocale());
        format.setMaximumFractionDigits(1);
        if (bytes >= 1024 * 1024) {
            return Messages.text("file.size.mb", format.format(bytes / (1024.0 * 1024.0)));
        }
        return Messages.text("file.size.kb", format.format(Math.max(1, Math.round(bytes / 1024.0))));
    }

    /** For a {@code <time datetime>} attribute. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Plain text written with blank lines between paragraphs. */
    public List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** The place on openstreetmap.org: a link that works without the embedded map. */
    public String osmLink(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return "";
        }
        String lat = latitude.toPlainString();
        String lon = longitude.toPlainString();
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }
}
