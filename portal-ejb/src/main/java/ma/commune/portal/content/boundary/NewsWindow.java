package ma.commune.portal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;

/** The published news for the search index (demo news are written by migrations, not through Publication). */
@ApplicationScoped
public class NewsWindow implements SearchSource {

    @Inject
    NewsService news;

    @Override
    public List<SearchDocument> publishedDocuments() {
        return news.publishedDocuments();
    }
}
