package ma.commune.portal.council.entity;

import jakarta.persistence.Column;
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
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The minutes (procès-verbal) of a session as published at one version: never changed once written; a
 * correction is the next version with its reason, and the earlier PDFs stay public in the history.
 */
@Entity
@Table(name = "council_minutes")
public class MinutesVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CouncilSession session;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    private StoredFile file;

    @Column(name = "correction_reason", length = 1000, updatable = false)
    private String correctionReason;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100, updatable = false)
    private String publishedBy;

    protected MinutesVersion() {
    }

    MinutesVersion(CouncilSession session, int number, StoredFile file, String correctionReason, Instant publishedAt, String publishedBy) {
        this.session = session;
        this.number = number;
        this.file = file;
        this.correctionReason = correctionReason;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public boolean isCorrection() {
        return number > 1;
    }

    public Long getId() {
        return id;
    }

    public CouncilSession getSession() {
        return session;
    }

    public int getNumber() {
        return number;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
