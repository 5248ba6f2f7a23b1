package ma.commune.portal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ma.commune.portal.shared.boundary.EditorialFileUse;
import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;

/**
 * What the services catalogue tells the rest of the portal: which stored files its services use and
 * its published ones offer for download (their forms), and its published services for the search index.
 */
@ApplicationScoped
public class ServicesWindow implements PublicFileUse, EditorialFileUse, SearchSource {

    @Inject
    ServiceCatalogue catalogue;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return catalogue.publishesFile(fileId);
    }

    @Override
    public boolean isUsedByEditorialContent(long fileId) {
        return catalogue.usesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        return catalogue.publishedDocuments();
    }
}
