package ma.commune.portal.content.boundary;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;

/** What an editor fills in for a report; its documents (PDF) are uploaded first. */
public class ReportForm extends DocumentForm {

    private static final long serialVersionUID = 1L;

    private ReportCategory category;
    private Integer year;
    private LocalDate date;
    @Valid
    private List<AttachmentLine> documents = new ArrayList<>();

    public static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.read(report);
        form.category = report.getCategory();
        form.year = report.getYear();
        form.date = report.getDate();
        form.documents = AttachmentLine.of(report.getDocuments());
        return form;
    }

    public ReportCategory getCategory() {
        return category;
    }

    public void setCategory(ReportCategory category) {
        this.category = category;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<AttachmentLine> getDocuments() {
        return documents;
    }
}
