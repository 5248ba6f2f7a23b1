package ma.commune.portal.content.entity;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/** A news article or activity of the commune, written in Arabic and French, draft until published. */
@Entity
@Table(name = "news_article")
public class NewsArticle implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    public NewsArticle() {
    }

    public NewsArticle(LocalizedText title, LocalizedText summary, LocalizedText body, Instant now) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Makes the article public. Residents read the portal in both languages, so the title and the
     * summary must exist in Arabic and French; the body in at least one (the other falls back, marked).
     * The publication date is kept when the editor set one (back-dating an event), else it is now.
     */
    public void publish(Instant now) {
        if (!title.isComplete()) {
            throw new DomainRuleViolation("news.rule.titleInBothLanguages");
        }
        if (!summary.isComplete()) {
            throw new DomainRuleViolation("news.rule.summaryInBothLanguages");
        }
        if (body.isEmpty()) {
            throw new DomainRuleViolation("news.rule.bodyRequired");
        }
        status = PublicationStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Withdraws the article from the public pages; it stays in the back office as a draft. */
    public void unpublish(Instant now) {
        status = PublicationStatus.DRAFT;
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public void setSummary(LocalizedText summary) {
        this.summary = summary;
    }

    public LocalizedText getBody() {
        return body;
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

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
