package ma.commune.portal.content.boundary;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;

/** What an editor writes for a service of the catalogue, in Arabic and French, with its PDF forms. */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long categoryId;
    @Size(max = 300)
    private String nameAr;
    @Size(max = 300)
    private String nameFr;
    @Size(max = 1000)
    private String summaryAr;
    @Size(max = 1000)
    private String summaryFr;
    @Size(max = 10000)
    private String documentsAr;
    @Size(max = 10000)
    private String documentsFr;
    /**
     * In MAD; 0 for a free service; empty when the fee varies (then the fee note says how). A negative
     * amount is refused by the service itself (AdministrativeService.setFee), with a message in the
     * editor's language next to the field.
     */
    private BigDecimal feeAmount;
    @Size(max = 1000)
    private String feeNoteAr;
    @Size(max = 1000)
    private String feeNoteFr;
    @Size(max = 500)
    private String delayAr;
    @Size(max = 500)
    private String delayFr;
    @Size(max = 500)
    private String officeAr;
    @Size(max = 500)
    private String officeFr;
    @Size(max = 500)
    private String hoursAr;
    @Size(max = 500)
    private String hoursFr;
    private int position;
    @Valid
    private List<Document> forms = new ArrayList<>();

    public static ServiceForm of(AdministrativeService service) {
        ServiceForm form = new ServiceForm();
        form.id = service.getId();
        form.version = service.getVersion();
        form.categoryId = service.getCategory() == null ? null : service.getCategory().getId();
        form.nameAr = service.getName().getAr();
        form.nameFr = service.getName().getFr();
        form.summaryAr = service.getSummary().getAr();
        form.summaryFr = service.getSummary().getFr();
        form.documentsAr = service.getRequiredDocuments().getAr();
        form.documentsFr = service.getRequiredDocuments().getFr();
        form.feeAmount = service.getFeeAmount();
        form.feeNoteAr = service.getFeeNote().getAr();
        form.feeNoteFr = service.getFeeNote().getFr();
        form.delayAr = service.getDelay().getAr();
        form.delayFr = service.getDelay().getFr();
        form.officeAr = service.getOffice().getAr();
        form.officeFr = service.getOffice().getFr();
        form.hoursAr = service.getHours().getAr();
        form.hoursFr = service.getHours().getFr();
        form.position = service.getPosition();
        for (AttachedDocument document : service.getForms()) {
            form.forms.add(new Document(document.getFile().getId(), document.getFile().getFileName(),
                    document.getLabel().getAr(), document.getLabel().getFr()));
        }
        return form;
    }

    static LocalizedText text(String ar, String fr) {
        return LocalizedText.of(blankToNull(ar), blankToNull(fr));
    }

    /** A downloadable form: an uploaded PDF and its label. */
    public static class Document implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long fileId;
        private String fileName;
        @Size(max = 300)
        private String labelAr;
        @Size(max = 300)
        private String labelFr;

        public Document() {
        }

        public Document(Long fileId, String fileName, String labelAr, String labelFr) {
            this.fileId = fileId;
            this.fileName = fileName;
            this.labelAr = labelAr;
            this.labelFr = labelFr;
        }

        public Long getFileId() {
            return fileId;
        }

        public String getFileName() {
            return fileName;
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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String nameAr) { this.nameAr = nameAr; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getSummaryAr() { return summaryAr; }
    public void setSummaryAr(String summaryAr) { this.summaryAr = summaryAr; }
    public String getSummaryFr() { return summaryFr; }
    public void setSummaryFr(String summaryFr) { this.summaryFr = summaryFr; }
    public String getDocumentsAr() { return documentsAr; }
    public void setDocumentsAr(String documentsAr) { this.documentsAr = documentsAr; }
    public String getDocumentsFr() { return documentsFr; }
    public void setDocumentsFr(String documentsFr) { this.documentsFr = documentsFr; }
    public BigDecimal getFeeAmount() { return feeAmount; }
    public void setFeeAmount(BigDecimal feeAmount) { this.feeAmount = feeAmount; }
    public String getFeeNoteAr() { return feeNoteAr; }
    public void setFeeNoteAr(String feeNoteAr) { this.feeNoteAr = feeNoteAr; }
    public String getFeeNoteFr() { return feeNoteFr; }
    public void setFeeNoteFr(String feeNoteFr) { this.feeNoteFr = feeNoteFr; }
    public String getDelayAr() { return delayAr; }
    public void setDelayAr(String delayAr) { this.delayAr = delayAr; }
    public String getDelayFr() { return delayFr; }
    public void setDelayFr(String delayFr) { this.delayFr = delayFr; }
    public String getOfficeAr() { return officeAr; }
    public void setOfficeAr(String officeAr) { this.officeAr = officeAr; }
    public String getOfficeFr() { return officeFr; }
    public void setOfficeFr(String officeFr) { this.officeFr = officeFr; }
    public String getHoursAr() { return hoursAr; }
    public void setHoursAr(String hoursAr) { this.hoursAr = hoursAr; }
    public String getHoursFr() { return hoursFr; }
    public void setHoursFr(String hoursFr) { this.hoursFr = hoursFr; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public List<Document> getForms() { return forms; }
}
