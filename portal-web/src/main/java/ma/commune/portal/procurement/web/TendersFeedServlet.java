package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import javax.xml.stream.XMLStreamException;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.AtomFeedServlet;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/**
 * {@code /feeds/tenders.atom?lang=ar|fr}: the 20 newest calls for tenders as an Atom feed, like the news
 * feed. Entry ids are the tenders' public addresses; an entry's update is the import that last changed
 * the tender (a cancellation, an award).
 */
@WebServlet("/feeds/tenders.atom")
public class TendersFeedServlet extends AtomFeedServlet<Tender> {

    private static final long serialVersionUID = 1L;

    @EJB
    PublicTenders tenders;

    @EJB
    CommuneIdentity commune;

    @Override
    protected String name() {
        return "tenders";
    }

    @Override
    protected List<Tender> entries() {
        return tenders.latest(ENTRIES);
    }

    @Override
    protected Instant updated(Tender tender) {
        return tender.getUpdatedAt() == null ? BEGINNING : tender.getUpdatedAt();
    }

    @Override
    protected long id(Tender tender) {
        return tender.getId();
    }

    @Override
    protected void write(Atom atom, String base, Language language, List<Tender> latest, Instant updated) throws XMLStreamException {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.locale());
        atom.head(base, "/feeds/tenders.atom", "/tenders", texts.getString("procurement.tenders.title"),
                commune.profile().getName().in(language).text(), updated);
        for (Tender tender : latest) {
            String url = base + "/tenders/" + tender.getId();
            LocalizedText.Localized subject = LocalizedText.of(tender.getSubjectAr(), tender.getSubjectFr()).in(language);
            atom.xml().writeStartElement("entry");
            atom.element("id", url);
            atom.element("title", tender.getReference() + " — " + subject.text());
            atom.element("updated", Atom.iso(updated(tender)));
            if (tender.getPublishedOn() != null) {
                atom.element("published", Atom.iso(tender.getPublishedOn().atStartOfDay(CommuneTime.ZONE).toInstant()));
            }
            atom.link("alternate", "text/html", url + "?lang=" + language.tag());
            atom.category(tender.getCategory().name(), texts.getString("procurement.category." + tender.getCategory().name()));
            atom.localized("summary", new LocalizedText.Localized(summary(tender, subject, language, texts), subject.language(), subject.fallback()));
            atom.xml().writeEndElement();
        }
    }

    private static String summary(Tender tender, LocalizedText.Localized subject, Language language, ResourceBundle texts) {
        StringBuilder summary = new StringBuilder(subject.text()).append(" — ")
                .append(texts.getString("procurement.procedure." + tender.getProcedure().name())).append(". ")
                .append(texts.getString("procurement.tender.deadline")).append(" : ")
                .append(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.formattingLocale()).format(tender.getDeadlineAt().atZone(CommuneTime.ZONE)));
        BigDecimal estimate = tender.getEstimate();
        if (estimate != null) {
            NumberFormat format = NumberFormat.getNumberInstance(language.formattingLocale());
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            summary.append(". ").append(texts.getString("procurement.tender.estimate")).append(" : ").append(format.format(estimate))
                    .append(' ').append(texts.getString("money.mad"));
        }
        return summary.append(". ").append(texts.getString("procurement.tenderStatus." + tender.getStatus().name())).toString();
    }
}
