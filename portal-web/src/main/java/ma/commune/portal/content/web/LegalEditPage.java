package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.AttachmentLine;
import ma.commune.portal.content.boundary.LegalForm;
import ma.commune.portal.content.boundary.LegalDocuments;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import ma.commune.portal.shared.boundary.FileStore;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /admin/content/legal-edit?id=}: one legal text in both languages, its PDF and related
 * documents; save as draft, preview, publish.
 */
@Named
@ViewScoped
public class LegalEditPage extends PublishedContentEditor<LegalDocument, LegalForm> {

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
    LegalDocuments legal;

    @EJB
    FileStore files;

    @Override
    protected LegalForm newForm() {
        return new LegalForm();
    }

    @Override
    protected LegalDocument find(long id) {
        return legal.findWithFiles(id);
    }

    @Override
    protected LegalForm formOf(LegalDocument document) {
        return LegalForm.of(document);
    }

    @Override
    protected LegalDocument save(LegalForm form, boolean publish) {
        return publish ? legal.saveAndPublish(form) : legal.save(form);
    }

    @Override
    protected String listPath() {
        return "/admin/content/legal";
    }

    @Override
    protected String previewPath() {
        return "/admin/content/legal-preview";
    }

    @Override
    protected String messages() {
        return "legal";
    }

    @Override
    protected Map<String, String> fieldOfRule() {
        return FIELD_OF_RULE;
    }

    public void uploadPdf(FileUploadEvent event) {
        PdfUpload.store(files, event, "legal:pdf").ifPresent(getForm()::attachPdf);
    }

    /** A related document (an annex, the decision approving a convention), under the heading "related". */
    public void uploadAttachment(FileUploadEvent event) {
        PdfUpload.store(files, event, "legal:related").ifPresent(file -> getAttachments().add(new AttachmentLine(file)));
    }

    public void removePdf() {
        getForm().removePdf();
    }

    public void removeAttachment(AttachmentLine line) {
        getAttachments().remove(line);
    }

    public List<AttachmentLine> getAttachments() {
        return getForm().getRelated();
    }

    public LegalDocumentType[] getTypes() {
        return LegalDocumentType.values();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }
}
