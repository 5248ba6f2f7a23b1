package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A numbered item of a session's agenda: its title and summary in Arabic and French, its supporting
 * documents, the decision being recorded ({@code draft}, until the minutes are published) and the
 * published versions of the decision.
 */
@Entity
@Table(name = "council_agenda_item")
public class AgendaItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private CouncilSession session;

    @Column(nullable = false)
    private int number;

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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "council_agenda_document", joinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("position")
    private List<AttachedDocument> documents = new ArrayList<>();

    @Embedded
    private Decision draft = new Decision();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<DecisionVersion> decisions = new ArrayList<>();

    @ManyToMany(mappedBy = "preparedItems", fetch = FetchType.LAZY)
    @OrderBy("startsAt")
    private List<CommitteeMeeting> preparedBy = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected AgendaItem() {
    }

    AgendaItem(CouncilSession session, int number, LocalizedText title, LocalizedText summary) {
        this.session = session;
        this.number = number;
        this.title = title;
        this.summary = summary;
    }

    void describe(LocalizedText title, LocalizedText summary, Instant now) {
        this.title = title;
        this.summary = summary;
        this.updatedAt = now;
    }

    void number(int number, Instant now) {
        this.number = number;
        this.updatedAt = now;
    }

    void record(Decision decision, Instant now) {
        this.draft = decision;
        this.updatedAt = now;
    }

    DecisionVersion publishDecision(Decision decision, String reason, Instant now, String by) {
        DecisionVersion version = new DecisionVersion(this, decisions.size() + 1, decision, reason, now, by);
        decisions.add(version);
        this.updatedAt = now;
        return version;
    }

    void attach(StoredFile file, LocalizedText label, Instant now) {
        documents.add(new AttachedDocument(file, label, documents.size()));
        this.updatedAt = now;
    }

    void detach(long fileId, Instant now) {
        documents.removeIf(document -> document.getFile().getId() == fileId);
        this.updatedAt = now;
    }

    /** The decision as published last; none before the minutes are published. */
    public Optional<DecisionVersion> getDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
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

    public LocalizedText getTitle() {
        return title == null ? new LocalizedText() : title;
    }

    public LocalizedText getSummary() {
        return summary == null ? new LocalizedText() : summary;
    }

    public List<AttachedDocument> getDocuments() {
        return documents;
    }

    /** The decision being recorded (the secretariat's working copy until the minutes are published). */
    public Decision getDraft() {
        return draft == null ? new Decision() : draft;
    }

    /** Every published version of the decision, oldest first. */
    public List<DecisionVersion> getDecisions() {
        return decisions;
    }

    public List<CommitteeMeeting> getPreparedBy() {
        return preparedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
