package ma.commune.portal.content.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import ma.commune.portal.shared.entity.StoredFile;

/** What an editor fills in for a legal text; the PDF and the related documents are uploaded first. */
public class LegalForm extends DocumentForm {

    private static final long serialVersionUID = 1L;

    private LegalDocumentType type;
    /** As the commune writes it, e.g. {@code 12/2025}. */
    @Size(max = 60)
    private String number;
    private LocalDate date;
    private Long pdfId;
    private String pdfName;
    private long pdfSize;
    @Valid
    private List<AttachmentLine> related = new ArrayList<>();

    public static LegalForm of(LegalDocument document) {
        LegalForm form = new LegalForm();
        form.read(document);
        form.type = document.getType();
        form.number = document.getNumber();
        form.date = document.getDate();
        if (document.getPdf() != null) {
            form.attachPdf(document.getPdf());
        }
        form.related = AttachmentLine.of(document.getRelated());
        return form;
    }

    public void attachPdf(StoredFile pdf) {
        pdfId = pdf.getId();
        pdfName = pdf.getFileName();
        pdfSize = pdf.getSize();
    }

    public void removePdf() {
        pdfId = null;
        pdfName = null;
        pdfSize = 0;
    }

    public LegalDocumentType getType() {
        return type;
    }

    public void setType(LegalDocumentType type) {
        this.type = type;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getPdfId() {
        return pdfId;
    }

    public String getPdfName() {
        return pdfName;
    }

    public long getPdfSize() {
        return pdfSize;
    }

    public List<AttachmentLine> getRelated() {
        return related;
    }
}
