package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ma.commune.portal.content.boundary.CommuneProfileService;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.Messages;

/**
 * {@code /feeds/tenders.atom?lang=ar|fr}: the 20 newest calls for tenders as an Atom feed (RFC 4287), in
 * Arabic by default, like the news feed. Entry ids are the tenders' public addresses; an entry's update
 * is the import that last changed the tender (a cancellation, an award). ETag and Last-Modified let
 * readers poll for the price of a 304.
 */
@WebServlet("/feeds/tenders.atom")
public class TendersFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 20;

    @EJB
    PublicTenders tenders;

    @EJB
    CommuneProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = "fr".equalsIgnoreCase(request.getParameter("lang")) ? Language.FR : Language.AR;
        List<Tender> latest = tenders.latest(ENTRIES);
        Instant updated = latest.stream().map(TendersFeedServlet::updated).max(Instant::compareTo)
                .orElse(Instant.parse("2026-01-01T00:00:00Z"));
        long lastModified = updated.toEpochMilli() / 1000 * 1000;
        String etag = "W/\"tenders-" + language.tag() + "-" + updated.toEpochMilli() + "-"
                + latest.stream().mapToLong(Tender::getId).sum() + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept-Encoding");
        long since = request.getDateHeader("If-Modified-Since");
        if (etag.equals(request.getHeader("If-None-Match"))
                || request.getHeader("If-None-Match") == null && since >= lastModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] feed;
        try {
            feed = write(base(request), language, latest, updated);
        } catch (XMLStreamException failed) {
            throw new IOException(failed);
        }
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.tag());
        response.setContentLength(feed.length);
        response.getOutputStream().write(feed);
    }

    private byte[] write(String base, Language language, List<Tender> latest, Instant updated) throws XMLStreamException {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.tag());
        String communeName = profiles.profile().getName().in(language).text();
        String feedUrl = base + "/feeds/tenders.atom?lang=" + language.tag();
        element(xml, "id", feedUrl);
        element(xml, "title", communeName + " — " + texts.getString("money.tenders.title"));
        element(xml, "updated", iso(updated));
        link(xml, "self", "application/atom+xml", feedUrl);
        link(xml, "alternate", "text/html", base + "/tenders?lang=" + language.tag());
        xml.writeStartElement("author");
        element(xml, "name", communeName);
        element(xml, "uri", base + "/");
        xml.writeEndElement();
        for (Tender tender : latest) {
            String url = base + "/tenders/" + tender.getId();
            LocalizedText.Localized subject = LocalizedText.of(tender.getSubjectAr(), tender.getSubjectFr()).in(language);
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", tender.getReference() + " — " + subject.text());
            element(xml, "updated", iso(updated(tender)));
            if (tender.getPublishedOn() != null) {
                element(xml, "published", iso(tender.getPublishedOn().atStartOfDay(CommuneTime.ZONE).toInstant()));
            }
            link(xml, "alternate", "text/html", url + "?lang=" + language.tag());
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", tender.getCategory().name());
            xml.writeAttribute("label", texts.getString("money.category." + tender.getCategory().name()));
            xml.writeStartElement("summary");
            if (subject.language() != language) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", subject.language().tag());
            }
            xml.writeCharacters(summary(tender, subject, language, texts));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private static String summary(Tender tender, LocalizedText.Localized subject, Language language, ResourceBundle texts) {
        StringBuilder summary = new StringBuilder(subject.text()).append(" — ")
                .append(texts.getString("money.procedure." + tender.getProcedure().name())).append(". ")
                .append(texts.getString("money.tender.deadline")).append(" : ")
                .append(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.formattingLocale()).format(tender.getDeadlineAt().atZone(CommuneTime.ZONE)));
        BigDecimal estimate = tender.getEstimate();
        if (estimate != null) {
            NumberFormat format = NumberFormat.getNumberInstance(language.formattingLocale());
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            summary.append(". ").append(texts.getString("money.tender.estimate")).append(" : ").append(format.format(estimate))
                    .append(' ').append(texts.getString("money.mad"));
        }
        return summary.append(". ").append(texts.getString("money.tenderStatus." + tender.getStatus().name())).toString();
    }

    private static Instant updated(Tender tender) {
        return tender.getUpdatedAt() == null ? Instant.parse("2026-01-01T00:00:00Z") : tender.getUpdatedAt();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** The portal's public address as the reader reached it. */
    private static String base(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
