package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A news article or activity of the commune, written in Arabic and French, draft until published.
 * Its table has the columns of {@link TitledContent} (V2), so it is mapped by it.
 */
@Entity
@Table(name = "news_article")
public class NewsArticle extends TitledContent {

    private static final long serialVersionUID = 1L;

    /** Sanitized HTML. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "body_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "body_fr"))})
    private LocalizedText body = new LocalizedText();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private StoredFile image;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    private NewsCategory category;

    public NewsArticle() {
    }

    public NewsArticle(LocalizedText title, LocalizedText summary, LocalizedText body, Instant now) {
        super(now);
        setTitle(title);
        setSummary(summary);
        this.body = body;
    }

    /**
     * Residents read the portal in both languages, so the title and the summary must exist in Arabic
     * and French; the body in at least one (the other falls back, marked).
     */
    @Override
    protected void checkPublishable() {
        if (!getTitle().isComplete()) {
            throw new DomainRuleViolation("news.rule.titleInBothLanguages");
        }
        if (!getSummary().isComplete()) {
            throw new DomainRuleViolation("news.rule.summaryInBothLanguages");
        }
        if (getBody().isEmpty()) {
            throw new DomainRuleViolation("news.rule.bodyRequired");
        }
    }

    /** The editor may date an article (back-dating an event); publishing keeps that date, else it is the day published. */
    @Override
    public void setPublishedAt(Instant publishedAt) {
        super.setPublishedAt(publishedAt);
    }

    // JPA reads an embedded text whose columns are all empty as null: never hand that on.
    public LocalizedText getBody() {
        return body == null ? new LocalizedText() : body;
    }

    public void setBody(LocalizedText body) {
        this.body = body;
    }

    public StoredFile getImage() {
        return image;
    }

    public void setImage(StoredFile image) {
        this.image = image;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public void setCategory(NewsCategory category) {
        this.category = category;
    }
}
