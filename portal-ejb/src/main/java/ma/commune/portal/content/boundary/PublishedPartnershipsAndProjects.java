package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchSource;
import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The public face of the partnerships and projects windows for the rest of the portal: which stored
 * files they make public (photos of published projects, conventions of published partnerships) and
 * their published items for the search index.
 */
@ApplicationScoped
public class PublishedPartnershipsAndProjects implements PublicFileUse, SearchSource {

    @EJB
    ProjectService projects;

    @EJB
    PartnershipService partnerships;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return projects.isPhotoOfPublishedProject(fileId) || partnerships.isConventionOfPublishedPartnership(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>(partnerships.publishedDocuments());
        documents.addAll(projects.publishedDocuments());
        return documents;
    }
}
