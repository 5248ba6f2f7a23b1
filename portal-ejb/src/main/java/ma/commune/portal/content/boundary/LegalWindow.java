package ma.commune.portal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ma.commune.portal.shared.boundary.EditorialFileUse;
import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;

/** What the rest of the portal knows of the legal space: which files it uses and makes public, what search indexes. */
@ApplicationScoped
public class LegalWindow implements PublicFileUse, EditorialFileUse, SearchSource {

    @Inject
    LegalDocuments legal;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return legal.publishesFile(fileId);
    }

    @Override
    public boolean isUsedByEditorialContent(long fileId) {
        return legal.usesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        return legal.publishedDocuments();
    }
}
