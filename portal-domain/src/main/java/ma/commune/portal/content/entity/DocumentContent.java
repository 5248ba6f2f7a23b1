package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import ma.commune.portal.shared.LocalizedText;

/**
 * Published content that is a document residents download (a legal text, a report): a title and a
 * summary in Arabic and French, in the columns {@code title_ar, title_fr, summary_ar, summary_fr}.
 */
@MappedSuperclass
public abstract class DocumentContent extends PublishedContent {

    private static final long serialVersionUID = 1L;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))})
    private LocalizedText title = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "summary_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "summary_fr"))})
    private LocalizedText summary = new LocalizedText();

    // JPA reads an embedded text whose columns are all empty as null: never hand that on.
    public LocalizedText getTitle() {
        return title == null ? new LocalizedText() : title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getSummary() {
        return summary == null ? new LocalizedText() : summary;
    }

    public void setSummary(LocalizedText summary) {
        this.summary = summary;
    }
}
