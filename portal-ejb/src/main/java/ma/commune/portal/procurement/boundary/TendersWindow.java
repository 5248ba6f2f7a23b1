package ma.commune.portal.procurement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.commune.portal.shared.boundary.PublicFileUse;

/** A tender's documents are public as the tender is: {@code /files/} serves them while they are attached. */
@ApplicationScoped
public class TendersWindow implements PublicFileUse {

    @Inject
    TenderDocuments documents;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return documents.publishesFile(fileId);
    }
}
