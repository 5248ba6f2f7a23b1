package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.boundary.TenderDocuments;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.procurement.entity.TenderDocument;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * The back office's calls for tenders ({@code /admin/procurement/tenders}, FINANCE and ADMIN): the newest tenders with
 * their number of documents; {@code /admin/procurement/tender-documents?tender=ID}: one tender's documents, a PDF to
 * attach with its label in both languages, a document to detach. The export of the procurement portal
 * carries no documents, so they are the commune's own; {@link TenderDocuments} checks the roles again.
 */
@Named
@ViewScoped
public class TenderDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The back office's list: the newest tenders (a commune publishes about a hundred a year). */
    static final int LISTED = 500;

    @EJB
    PublicTenders tenders;

    @EJB
    TenderDocuments documents;

    @Inject
    CurrentLanguage language;

    private Long tenderId;
    private Tender tender;
    private List<TenderDocument> attached;
    private List<Tender> list;
    private Map<Long, Long> counts;
    private transient UploadedFile file;
    private String labelAr;
    private String labelFr;

    /** The list, or with {@code ?tender=} that tender (404 when unknown). */
    public void load() throws IOException {
        if (tenderId == null) {
            list = tenders.latest(LISTED);
            counts = documents.counts(list.stream().map(Tender::getId).toList());
            return;
        }
        tender = tenders.find(tenderId).orElse(null);
        if (tender == null) {
            Faces.responseSendError(404, "no such call for tenders");
            return;
        }
        attached = documents.of(tenderId);
    }

    public void attach() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank() || file.getSize() == 0) {
            Messages.fieldError("attach:file", "procurement.documents.fileRequired");
            return;
        }
        if (file.getSize() > FileStore.MAX_PDF_BYTES) {
            Messages.fieldError("attach:file", "file.rule.pdfTooLarge");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            TenderDocument document = documents.attach(tenderId, file.getFileName(), content.readAllBytes(), labelAr, labelFr);
            Messages.info("procurement.documents.attached", document.getFile().getFileName());
            labelAr = null;
            labelFr = null;
        } catch (IOException e) {
            Messages.error("procurement.documents.unreadable");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        attached = documents.of(tenderId);
    }

    public void detach(long documentId) {
        try {
            documents.detach(documentId);
            Messages.info("procurement.documents.detached");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        attached = documents.of(tenderId);
    }

    public LocalizedText.Localized subject(Tender t) {
        return language.of(LocalizedText.of(t.getSubjectAr(), t.getSubjectFr()));
    }

    public long count(Tender t) {
        return counts == null ? 0 : counts.getOrDefault(t.getId(), 0L);
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public Tender getTender() {
        return tender;
    }

    public List<TenderDocument> getAttached() {
        return attached;
    }

    public List<Tender> getList() {
        return list;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getLabelAr() {
        return labelAr;
    }

    public void setLabelAr(String labelAr) {
        this.labelAr = labelAr;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }
}
