package ma.commune.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * What every window's items share: written as a draft, published by a deliberate act once complete
 * (each kind says what complete means in {@link #checkPublishable()}), withdrawn back to draft, and
 * guarded against two editors overwriting each other ({@code version}).
 * The table of each subclass has the columns {@code id, status, published_at, created_at, updated_at, version}.
 */
@MappedSuperclass
public abstract class PublishedContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected PublishedContent() {
        this(Instant.now());
    }

    protected PublishedContent(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Throws a {@link ma.commune.portal.shared.DomainRuleViolation} naming the first rule that keeps
     * this item from being public (a title missing in one language, no PDF, ...).
     */
    protected abstract void checkPublishable();

    /** Makes the item public; the first publication instant is kept through later edits. */
    public void publish(Instant now) {
        checkPublishable();
        status = PublicationStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Withdraws the item from the public pages; it stays in the back office as a draft. */
    public void unpublish(Instant now) {
        status = PublicationStatus.DRAFT;
        updatedAt = now;
    }

    /**
     * Records an edit. A published item stays publishable after an edit, or the edit is refused
     * (the caller's transaction rolls back).
     */
    public void edited(Instant now) {
        if (isPublished()) {
            checkPublishable();
        }
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** For a kind whose editors choose the date shown (a news article back-dated to its event); publishing keeps it. */
    protected void setPublishedAt(Instant publishedAt) {
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
