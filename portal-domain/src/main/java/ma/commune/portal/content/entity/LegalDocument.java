package ma.commune.portal.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A text of the legal space: a decision, an order, a bylaw or a convention, numbered and dated, with
 * its signed PDF and related documents (annexes, the decision that approved a convention, ...).
 */
@Entity
@Table(name = "legal_document")
public class LegalDocument extends TitledContent {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 20)
    private LegalDocumentType type;

    @Column(name = "doc_number", length = 60)
    private String number;

    @Column(name = "doc_date")
    private LocalDate date;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pdf_id")
    private StoredFile pdf;

    @ElementCollection
    @CollectionTable(name = "legal_document_attachment", joinColumns = @JoinColumn(name = "legal_document_id"))
    @OrderBy("position")
    private List<AttachedDocument> related = new ArrayList<>();

    protected LegalDocument() {
    }

    public LegalDocument(LegalDocumentType type) {
        this.type = type;
    }

    /**
     * A legal text is public only as the commune signed it: its number, its date, its title in both
     * languages (residents read either) and its PDF, the text that has legal force.
     */
    @Override
    protected void checkPublishable() {
        if (!getTitle().isComplete()) {
            throw new DomainRuleViolation("legal.rule.titleInBothLanguages");
        }
        if (number == null || number.isBlank()) {
            throw new DomainRuleViolation("legal.rule.numberRequired");
        }
        if (date == null) {
            throw new DomainRuleViolation("legal.rule.dateRequired");
        }
        if (pdf == null) {
            throw new DomainRuleViolation("legal.rule.pdfRequired");
        }
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

    public StoredFile getPdf() {
        return pdf;
    }

    public void setPdf(StoredFile pdf) {
        this.pdf = pdf;
    }

    public List<AttachedDocument> getRelated() {
        return related;
    }

    public void setRelated(List<AttachedDocument> related) {
        this.related.clear();
        this.related.addAll(related);
    }
}
