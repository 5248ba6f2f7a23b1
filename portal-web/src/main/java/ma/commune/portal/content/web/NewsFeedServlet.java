package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.web.AtomFeedServlet;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/**
 * {@code /feeds/news.atom?lang=ar|fr}: the 20 newest published news as an Atom feed. Entry ids are the
 * articles' public addresses, which never change.
 */
@WebServlet("/feeds/news.atom")
public class NewsFeedServlet extends AtomFeedServlet<NewsArticle> {

    private static final long serialVersionUID = 1L;

    @EJB
    NewsArticles news;

    @EJB
    CommuneIdentity commune;

    @Override
    protected String name() {
        return "news";
    }

    @Override
    protected List<NewsArticle> entries() {
        return news.latestPublished(0, ENTRIES);
    }

    /** The last change a reader sees: an article published after its last edit changed at its publication. */
    @Override
    protected Instant updated(NewsArticle article) {
        Instant published = article.getPublishedAt();
        return published != null && published.isAfter(article.getUpdatedAt()) ? published : article.getUpdatedAt();
    }

    @Override
    protected long id(NewsArticle article) {
        return article.getId();
    }

    @Override
    protected void write(Atom atom, String base, Language language, List<NewsArticle> articles, Instant updated)
            throws XMLStreamException {
        atom.head(base, "/feeds/news.atom", "/news", language == Language.FR ? "Actualités" : "الأخبار",
                commune.profile().getName().in(language).text(), updated);
        for (NewsArticle article : articles) {
            String url = base + "/news/" + article.getId();
            atom.xml().writeStartElement("entry");
            atom.element("id", url);
            atom.localized("title", article.getTitle().in(language));
            atom.element("updated", Atom.iso(updated(article)));
            atom.element("published", Atom.iso(article.getPublishedAt()));
            atom.link("alternate", "text/html", url + "?lang=" + language.tag());
            if (article.getCategory() != null) {
                atom.category(article.getCategory().getSlug(), article.getCategory().getName().in(language).text());
            }
            atom.localized("summary", article.getSummary().in(language));
            atom.xml().writeEndElement();
        }
    }
}
