package ma.commune.portal.content.web;

import java.util.Map;
import java.util.Optional;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.StoredFile;
import ma.commune.portal.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * A PDF an editor uploads: the browser checked its name and size, the server checks its bytes
 * ({@link FileStore#storePdf}); a refused file is stored nowhere and the message goes next to the upload.
 */
final class PdfUpload {

    private PdfUpload() {
    }

    static Optional<StoredFile> store(FileStore files, FileUploadEvent event, String uploadClientId) {
        try {
            StoredFile stored = files.storePdf(event.getFile().getFileName(), event.getFile().getContent());
            Messages.info("file.uploaded");
            return Optional.of(stored);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, Map.of(refused.messageKey(), uploadClientId));
            return Optional.empty();
        }
    }
}
