package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchSource;
import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.Report;

/** What the rest of the portal knows of the reports: which files they make public, what search indexes. */
@ApplicationScoped
public class PublishedReports implements PublicFileUse, SearchSource {

    @Inject
    ReportService reports;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return reports.publishesFile(fileId);
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (List<Report> chunk = reports.publishedAfter(0, 100); !chunk.isEmpty();
                chunk = reports.publishedAfter(chunk.get(chunk.size() - 1).getId(), 100)) {
            chunk.forEach(report -> documents.add(reports.asSearchDocument(report)));
        }
        return documents;
    }
}
