package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.AttachmentLine;
import ma.commune.portal.content.boundary.ReportForm;
import ma.commune.portal.content.boundary.Reports;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;
import ma.commune.portal.shared.boundary.FileStore;
import org.primefaces.event.FileUploadEvent;

/** {@code /admin/content/report-edit?id=}: one report in both languages with its documents; save, preview, publish. */
@Named
@ViewScoped
public class ReportEditPage extends PublishedContentEditor<Report, ReportForm> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "report.rule.categoryAndYearRequired", "report:year",
            "report.rule.titleRequired", "report:titleAr",
            "report.rule.titleInBothLanguages", "report:titleFr",
            "report.rule.documentRequired", "report:documents");

    @EJB
    Reports reports;

    @EJB
    FileStore files;

    @Override
    protected ReportForm newForm() {
        return new ReportForm();
    }

    @Override
    protected Report find(long id) {
        return reports.findWithFiles(id);
    }

    @Override
    protected ReportForm formOf(Report report) {
        return ReportForm.of(report);
    }

    @Override
    protected Report save(ReportForm form, boolean publish) {
        return publish ? reports.saveAndPublish(form) : reports.save(form);
    }

    @Override
    protected String listPath() {
        return "/admin/content/reports";
    }

    @Override
    protected String previewPath() {
        return "/admin/content/report-preview";
    }

    @Override
    protected String messages() {
        return "report";
    }

    @Override
    protected Map<String, String> fieldOfRule() {
        return FIELD_OF_RULE;
    }

    /** One of the report's documents; the first one is the report itself. */
    public void uploadAttachment(FileUploadEvent event) {
        PdfUpload.store(files, event, "report:documents").ifPresent(file -> getAttachments().add(new AttachmentLine(file)));
    }

    public void removeAttachment(AttachmentLine line) {
        getAttachments().remove(line);
    }

    public List<AttachmentLine> getAttachments() {
        return getForm().getDocuments();
    }

    public ReportCategory[] getCategories() {
        return ReportCategory.values();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }
}
