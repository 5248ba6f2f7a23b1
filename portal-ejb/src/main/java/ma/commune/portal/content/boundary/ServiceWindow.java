package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchSource;
import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ma.commune.portal.content.entity.PublicationStatus;

/**
 * What the services catalogue tells the rest of the portal: which stored files its published
 * services offer for download, and its published services for the search index.
 */
@ApplicationScoped
public class ServiceWindow implements PublicFileUse, SearchSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ServiceCatalogue catalogue;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return em.createQuery("select count(s) from AdministrativeService s join s.forms f"
                        + " where f.file.id = :file and s.status = :published", Long.class)
                .setParameter("file", fileId).setParameter("published", PublicationStatus.PUBLISHED)
                .getSingleResult() > 0;
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        return catalogue.publishedDocuments();
    }
}
