package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchSource;
import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.LegalDocument;

/** What the rest of the portal knows of the legal space: which files it makes public, what search indexes. */
@ApplicationScoped
public class PublishedLegalTexts implements PublicFileUse, SearchSource {

    @Inject
    LegalService legal;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return legal.publishesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (List<LegalDocument> chunk = legal.publishedAfter(0, 100); !chunk.isEmpty();
                chunk = legal.publishedAfter(chunk.get(chunk.size() - 1).getId(), 100)) {
            chunk.forEach(document -> documents.add(legal.asSearchDocument(document)));
        }
        return documents;
    }
}
