package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ma.commune.portal.content.boundary.CommuneProfileService;
import ma.commune.portal.content.boundary.NewsService;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;

/**
 * {@code /feeds/news.atom?lang=ar|fr}: the 20 newest published news as an Atom feed (RFC 4287), in
 * Arabic by default. Entry ids are the articles' public addresses, which never change. Readers poll
 * often: the ETag and Last-Modified let them ask "changed?" for the price of a 304.
 */
@WebServlet("/feeds/news.atom")
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 20;

    @EJB
    NewsService news;

    @EJB
    CommuneProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = "fr".equalsIgnoreCase(request.getParameter("lang")) ? Language.FR : Language.AR;
        List<NewsArticle> articles = news.latestPublished(0, ENTRIES);
        Instant updated = articles.stream().map(NewsFeedServlet::updated).max(Instant::compareTo)
                .orElse(Instant.parse("2026-01-01T00:00:00Z"));
        long lastModified = updated.toEpochMilli() / 1000 * 1000;
        String etag = "W/\"news-" + language.tag() + "-" + updated.toEpochMilli() + "-"
                + articles.stream().mapToLong(NewsArticle::getId).sum() + "\"";
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
            feed = write(base(request), language, articles, updated);
        } catch (XMLStreamException failed) {
            throw new IOException(failed);
        }
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.tag());
        response.setContentLength(feed.length);
        response.getOutputStream().write(feed);
    }

    private byte[] write(String base, Language language, List<NewsArticle> articles, Instant updated) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.tag());
        LocalizedText communeName = profiles.profile().getName();
        String feedUrl = base + "/feeds/news.atom?lang=" + language.tag();
        element(xml, "id", feedUrl);
        element(xml, "title", communeName.in(language).text() + " — " + (language == Language.FR ? "Actualités" : "الأخبار"));
        element(xml, "updated", iso(updated));
        link(xml, "self", "application/atom+xml", feedUrl);
        link(xml, "alternate", "text/html", base + "/news?lang=" + language.tag());
        xml.writeStartElement("author");
        element(xml, "name", communeName.in(language).text());
        element(xml, "uri", base + "/");
        xml.writeEndElement();
        for (NewsArticle article : articles) {
            String url = base + "/news/" + article.getId();
            xml.writeStartElement("entry");
            element(xml, "id", url);
            localized(xml, "title", article.getTitle().in(language), language);
            element(xml, "updated", iso(updated(article)));
            element(xml, "published", iso(article.getPublishedAt()));
            link(xml, "alternate", "text/html", url + "?lang=" + language.tag());
            if (article.getCategory() != null) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", article.getCategory().getSlug());
                xml.writeAttribute("label", article.getCategory().getName().in(language).text());
            }
            localized(xml, "summary", article.getSummary().in(language), language);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    /** The last change a reader sees: an article published after its last edit changed at its publication. */
    private static Instant updated(NewsArticle article) {
        Instant published = article.getPublishedAt();
        return published != null && published.isAfter(article.getUpdatedAt()) ? published : article.getUpdatedAt();
    }

    /** A text in the feed's language, or marked with its own when it fell back to the other one. */
    private static void localized(XMLStreamWriter xml, String name, LocalizedText.Localized text, Language language)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (text.language() != language) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", text.language().tag());
        }
        xml.writeCharacters(text.text());
        xml.writeEndElement();
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
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }

    /** The portal's public address as the reader reached it. */
    private static String base(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
