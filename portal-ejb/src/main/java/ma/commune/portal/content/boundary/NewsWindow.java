package ma.commune.portal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ma.commune.portal.shared.boundary.EditorialFileUse;
import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;

/**
 * What the news tell the rest of the portal: which stored files they use and make public (articles'
 * images), and the published articles for the search index (demo news are written by migrations, not
 * through Publication).
 */
@ApplicationScoped
public class NewsWindow implements PublicFileUse, EditorialFileUse, SearchSource {

    @Inject
    NewsArticles news;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return news.publishesFile(fileId);
    }

    @Override
    public boolean isUsedByEditorialContent(long fileId) {
        return news.usesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        return news.publishedDocuments();
    }
}
