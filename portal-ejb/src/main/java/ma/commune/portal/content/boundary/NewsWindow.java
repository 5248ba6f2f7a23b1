package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchSource;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.PublicationStatus;

/** The published news for the search index (demo news are written by migrations, not through Publication). */
@ApplicationScoped
public class NewsWindow implements SearchSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<SearchDocument> publishedDocuments() {
        return em.createQuery("select n from NewsArticle n where n.status = :published order by n.id", NewsArticle.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getResultStream()
                .map(NewsService::document).toList();
    }
}
