package ma.commune.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;

/** Dates of documents and sizes of files as residents read them, in their language ({@code #{documentFormat}}). */
@Named
@RequestScoped
public class DocumentFormat {

    @Inject
    CurrentLanguage language;

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
}
