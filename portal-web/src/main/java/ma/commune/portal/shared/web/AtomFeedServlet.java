package ma.commune.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.control.PublicAddress;

/**
 * An Atom feed (RFC 4287) of the portal, {@code ?lang=ar|fr}, Arabic by default: the newest entries of
 * a kind, each with its public address as id. Readers poll often: the ETag (the language, the latest
 * change and the entries' ids) and Last-Modified let them ask "changed?" for the price of a 304. A
 * feed says which entries it has, when each last changed, and writes its head and its entries.
 *
 * @param <T> what the feed lists
 */
public abstract class AtomFeedServlet<T> extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final int ENTRIES = 20;
    /** The change date of an empty feed (before the portal's first content). */
    protected static final Instant BEGINNING = Instant.parse("2026-01-01T00:00:00Z");

    /** The portal's configured address, never the Host a reader named: feeds are kept by caches and aggregators. */
    @Inject
    PublicAddress address;

    /** The feed's name in its ETag ("news", "tenders"). */
    protected abstract String name();

    /** The {@value #ENTRIES} newest entries. */
    protected abstract List<T> entries();

    /** The last change of an entry a reader sees. */
    protected abstract Instant updated(T entry);

    /** An entry's id, for the ETag. */
    protected abstract long id(T entry);

    /** Writes the feed: its head (through {@link Atom#head}) and its entries, inside the {@code feed} element. */
    protected abstract void write(Atom atom, String base, Language language, List<T> entries, Instant updated) throws XMLStreamException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = "fr".equalsIgnoreCase(request.getParameter("lang")) ? Language.FR : Language.AR;
        List<T> entries = entries();
        Instant updated = entries.stream().map(this::updated).max(Instant::compareTo).orElse(BEGINNING);
        long lastModified = updated.toEpochMilli() / 1000 * 1000;
        ToLongFunction<T> ids = this::id;
        String etag = "W/\"" + name() + "-" + language.tag() + "-" + updated.toEpochMilli() + "-"
                + entries.stream().mapToLong(ids).sum() + "\"";
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
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.tag());
            write(new Atom(xml, language), address.root(), language, entries, updated);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            feed = out.toByteArray();
        } catch (XMLStreamException failed) {
            throw new IOException(failed);
        }
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.tag());
        response.setContentLength(feed.length);
        response.getOutputStream().write(feed);
    }


    /** The Atom elements the feeds write, on the feed's XML writer. */
    public static final class Atom {

        private final XMLStreamWriter xml;
        private final Language language;

        Atom(XMLStreamWriter xml, Language language) {
            this.xml = xml;
            this.language = language;
        }

        /** The XML writer, for what is particular to one feed. */
        public XMLStreamWriter xml() {
            return xml;
        }

        /** The feed's id, title, update, its self and HTML links and its author (the commune). */
        public void head(String base, String feedPath, String htmlPath, String title, String communeName, Instant updated)
                throws XMLStreamException {
            String feedUrl = base + feedPath + "?lang=" + language.tag();
            element("id", feedUrl);
            element("title", communeName + " — " + title);
            element("updated", iso(updated));
            link("self", "application/atom+xml", feedUrl);
            link("alternate", "text/html", base + htmlPath + "?lang=" + language.tag());
            xml.writeStartElement("author");
            element("name", communeName);
            element("uri", base + "/");
            xml.writeEndElement();
        }

        public void element(String name, String text) throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        /** A text in the feed's language, or marked with its own when it fell back to the other one. */
        public void localized(String name, LocalizedText.Localized text) throws XMLStreamException {
            xml.writeStartElement(name);
            if (text.language() != language) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", text.language().tag());
            }
            xml.writeCharacters(text.text());
            xml.writeEndElement();
        }

        public void link(String rel, String type, String href) throws XMLStreamException {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", rel);
            xml.writeAttribute("type", type);
            xml.writeAttribute("href", href);
        }

        public void category(String term, String label) throws XMLStreamException {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", term);
            xml.writeAttribute("label", label);
        }

        public static String iso(Instant instant) {
            return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
        }
    }
}
