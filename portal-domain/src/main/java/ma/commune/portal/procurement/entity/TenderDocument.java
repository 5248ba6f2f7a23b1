package ma.commune.portal.procurement.entity;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A document of a call for tenders (the consultation file, the notice, the minutes of the bid opening),
 * attached by the finance service: the export of the procurement portal carries none. A PDF, with its
 * label in Arabic and French (the file's name when both are blank); public with its tender.
 */
@Entity
@Table(name = "tender_document")
public class TenderDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LABEL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tender_id", nullable = false)
    private Tender tender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "label_ar", length = MAX_LABEL)),
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr", length = MAX_LABEL))})
    private LocalizedText label = new LocalizedText();

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected TenderDocument() {
    }

    /**
     * A document attached to a tender.
     *
     * @throws DomainRuleViolation {@code procurement.documents.rule.labelTooLong}
     */
    public static TenderDocument attach(Tender tender, StoredFile file, String labelAr, String labelFr, String by, Instant now) {
        String ar = blankToNull(labelAr);
        String fr = blankToNull(labelFr);
        if (ar != null && ar.length() > MAX_LABEL || fr != null && fr.length() > MAX_LABEL) {
            throw new DomainRuleViolation("procurement.documents.rule.labelTooLong");
        }
        TenderDocument document = new TenderDocument();
        document.tender = tender;
        document.file = file;
        document.label = ar == null && fr == null ? LocalizedText.of(file.getFileName(), file.getFileName()) : LocalizedText.of(ar, fr);
        document.addedBy = by;
        document.addedAt = now;
        return document;
    }

    public Long getId() {
        return id;
    }

    public Tender getTender() {
        return tender;
    }

    public StoredFile getFile() {
        return file;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
