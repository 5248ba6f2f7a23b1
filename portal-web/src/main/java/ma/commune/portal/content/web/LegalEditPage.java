package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import ma.commune.portal.content.boundary.AttachmentLine;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.LegalForm;
import ma.commune.portal.content.boundary.LegalService;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /admin/content/legal-edit?id=}: one legal text in both languages, its PDF and related
 * documents; save as draft, preview, publish.
 */
@Named
@ViewScoped
public class LegalEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each rule's message is shown: next to the field it is about. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "legal.rule.typeRequired", "legal:type",
            "legal.rule.titleRequired", "legal:titleAr",
            "legal.rule.titleInBothLanguages", "legal:titleFr",
            "legal.rule.numberRequired", "legal:number",
            "legal.rule.dateRequired", "legal:date",
            "legal.rule.pdfRequired", "legal:pdf");

    @EJB
    LegalService legal;

    @EJB
    FileStore files;

    private Long id;
    private LegalForm form;
    private boolean published;

    /** {@code f:viewAction}: a new text, or the one of {@code ?id=}. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new LegalForm();
            return;
        }
        try {
            LegalDocument document = legal.findWithFiles(id);
            form = LegalForm.of(document);
            published = document.isPublished();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return store(false, "/admin/content/legal?faces-redirect=true");
    }

    public String saveAndPublish() {
        return store(true, "/admin/content/legal?faces-redirect=true");
    }

    /** Saves the draft and shows it as residents will see it. */
    public String saveAndPreview() {
        return store(false, null);
    }

    private String store(boolean publish, String next) {
        try {
            LegalDocument saved = publish ? legal.saveAndPublish(form) : legal.save(form);
            Messages.info(publish ? "legal.published" : "legal.saved");
            Faces.getFlash().setKeepMessages(true);
            return next != null ? next : "/admin/content/legal-preview?faces-redirect=true&id=" + saved.getId();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
            return null;
        }
    }

    public void uploadPdf(FileUploadEvent event) {
        PdfUpload.store(files, event, "legal:pdf").ifPresent(form::attachPdf);
    }

    public void uploadRelated(FileUploadEvent event) {
        PdfUpload.store(files, event, "legal:related").ifPresent(file -> form.getRelated().add(new AttachmentLine(file)));
    }

    public void removePdf() {
        form.removePdf();
    }

    public void removeRelated(AttachmentLine line) {
        form.getRelated().remove(line);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LegalForm getForm() {
        return form;
    }

    public boolean isPublished() {
        return published;
    }

    public LegalDocumentType[] getTypes() {
        return LegalDocumentType.values();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }
}
