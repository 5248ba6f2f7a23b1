package ma.commune.portal.content.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.boundary.EditorialFileUse;
import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;

/**
 * The public face of the partnerships and projects windows for the rest of the portal: which stored
 * files they use (projects' photos, partnerships' conventions) and make public (those of published
 * items), and their published items for the search index.
 */
@ApplicationScoped
public class PartnershipsAndProjectsWindow implements PublicFileUse, EditorialFileUse, SearchSource {

    @EJB
    Projects projects;

    @EJB
    Partnerships partnerships;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return projects.publishesFile(fileId) || partnerships.publishesFile(fileId);
    }

    @Override
    public boolean isUsedByEditorialContent(long fileId) {
        return projects.usesFile(fileId) || partnerships.usesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>(partnerships.publishedDocuments());
        documents.addAll(projects.publishedDocuments());
        return documents;
    }
}
