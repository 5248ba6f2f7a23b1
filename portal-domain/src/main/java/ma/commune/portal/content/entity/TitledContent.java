package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import ma.commune.portal.shared.LocalizedText;

/**
 * Published content that residents find by its title and read a summary of first (a legal text, a
 * report, a news article): both in Arabic and French, in the columns
 * {@code title_ar, title_fr, summary_ar, summary_fr}.
 */
@MappedSuperclass
public abstract class TitledContent extends PublishedContent {

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

    protected TitledContent() {
    }

    protected TitledContent(Instant now) {
        super(now);
    }

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
