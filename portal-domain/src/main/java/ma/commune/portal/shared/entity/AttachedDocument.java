package ma.commune.portal.shared.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import ma.commune.portal.shared.LocalizedText;

/**
 * A document attached to a published item (an annex, a related decision, a downloadable form): the
 * stored file and its label in Arabic and French. Used in an {@code @ElementCollection} whose table
 * has the columns {@code file_id, label_ar, label_fr, position}.
 */
@Embeddable
public class AttachedDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "label_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr"))})
    private LocalizedText label = new LocalizedText();

    @Column(nullable = false)
    private int position;

    protected AttachedDocument() {
    }

    public AttachedDocument(StoredFile file, LocalizedText label, int position) {
        this.file = file;
        this.label = label;
        this.position = position;
    }

    public StoredFile getFile() {
        return file;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
