package ma.commune.portal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ma.commune.portal.shared.boundary.EditorialFileUse;
import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;

/** What the rest of the portal knows of the reports: which files they use and make public, what search indexes. */
@ApplicationScoped
public class ReportsWindow implements PublicFileUse, EditorialFileUse, SearchSource {

    @Inject
    Reports reports;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return reports.publishesFile(fileId);
    }

    @Override
    public boolean isUsedByEditorialContent(long fileId) {
        return reports.usesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        return reports.publishedDocuments();
    }
}
