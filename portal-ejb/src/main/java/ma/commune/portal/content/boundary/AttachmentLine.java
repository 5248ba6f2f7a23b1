package ma.commune.portal.content.boundary;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/** One attached document as an editor sees it in a form: the uploaded file and its label in both languages. */
public class AttachmentLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private long fileId;
    private String fileName;
    private long size;
    @Size(max = 300)
    private String labelAr;
    @Size(max = 300)
    private String labelFr;

    public AttachmentLine() {
    }

    public AttachmentLine(StoredFile file) {
        this.fileId = file.getId();
        this.fileName = file.getFileName();
        this.size = file.getSize();
    }

    static List<AttachmentLine> of(List<AttachedDocument> documents) {
        List<AttachmentLine> lines = new ArrayList<>();
        for (AttachedDocument document : documents) {
            AttachmentLine line = new AttachmentLine(document.getFile());
            line.labelAr = document.getLabel().getAr();
            line.labelFr = document.getLabel().getFr();
            lines.add(line);
        }
        return lines;
    }

    /** The documents to store, in the editor's order; a document without a label is named after its file. */
    static List<AttachedDocument> toDocuments(List<AttachmentLine> lines, EntityManager em) {
        List<AttachedDocument> documents = new ArrayList<>();
        for (AttachmentLine line : lines) {
            StoredFile file = em.find(StoredFile.class, line.fileId);
            if (file == null) {
                throw new DomainRuleViolation("error.notFound");
            }
            LocalizedText label = ContentForms.text(line.labelAr, line.labelFr);
            if (label.isEmpty()) {
                label = LocalizedText.of(file.getFileName(), file.getFileName());
            }
            documents.add(new AttachedDocument(file, label, documents.size()));
        }
        return documents;
    }

    /** For the audit log: which files, with which labels. */
    static List<Map<String, Object>> snapshot(List<AttachedDocument> documents) {
        List<Map<String, Object>> state = new ArrayList<>();
        for (AttachedDocument document : documents) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fileId", document.getFile().getId());
            entry.put("labelAr", document.getLabel().getAr());
            entry.put("labelFr", document.getLabel().getFr());
            state.add(entry);
        }
        return state;
    }

    public long getFileId() {
        return fileId;
    }

    public void setFileId(long fileId) {
        this.fileId = fileId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
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
