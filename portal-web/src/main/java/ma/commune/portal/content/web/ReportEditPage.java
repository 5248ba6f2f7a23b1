package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import ma.commune.portal.content.boundary.AttachmentLine;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.ReportForm;
import ma.commune.portal.content.boundary.ReportService;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/** {@code /admin/content/report-edit?id=}: one report in both languages with its documents; save, preview, publish. */
@Named
@ViewScoped
public class ReportEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "report.rule.categoryAndYearRequired", "report:year",
            "report.rule.titleRequired", "report:titleAr",
            "report.rule.titleInBothLanguages", "report:titleFr",
            "report.rule.documentRequired", "report:documents");

    @EJB
    ReportService reports;

    @EJB
    FileStore files;

    private Long id;
    private ReportForm form;
    private boolean published;

    /** {@code f:viewAction}: a new report, or the one of {@code ?id=}. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new ReportForm();
            return;
        }
        try {
            Report report = reports.findWithFiles(id);
            form = ReportForm.of(report);
            published = report.isPublished();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return store(false, "/admin/content/reports?faces-redirect=true");
    }

    public String saveAndPublish() {
        return store(true, "/admin/content/reports?faces-redirect=true");
    }

    public String saveAndPreview() {
        return store(false, null);
    }

    private String store(boolean publish, String next) {
        try {
            Report saved = publish ? reports.saveAndPublish(form) : reports.save(form);
            Messages.info(publish ? "report.published" : "report.saved");
            Faces.getFlash().setKeepMessages(true);
            return next != null ? next : "/admin/content/report-preview?faces-redirect=true&id=" + saved.getId();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        PdfUpload.store(files, event, "report:documents").ifPresent(file -> form.getDocuments().add(new AttachmentLine(file)));
    }

    public void remove(AttachmentLine line) {
        form.getDocuments().remove(line);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportForm getForm() {
        return form;
    }

    public boolean isPublished() {
        return published;
    }

    public ReportCategory[] getCategories() {
        return ReportCategory.values();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }
}
