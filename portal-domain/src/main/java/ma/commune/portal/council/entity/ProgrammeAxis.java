package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.LocalizedText;

/** An axis of the commune's action programme (PAC) for a mandate, with its actions. */
@Entity
@Table(name = "council_programme_axis")
public class ProgrammeAxis implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))})
    private LocalizedText title = new LocalizedText();

    @OneToMany(mappedBy = "axis", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<ProgrammeAction> actions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected ProgrammeAxis() {
    }

    public ProgrammeAxis(Mandate mandate, int position, LocalizedText title) {
        this.mandate = mandate;
        this.position = position;
        this.title = title;
    }

    public ProgrammeAction addAction(LocalizedText title, BigDecimal budget, LocalizedText responsible) {
        ProgrammeAction action = new ProgrammeAction(this, actions.size() + 1, title, budget, responsible);
        actions.add(action);
        return action;
    }

    /** The axis's budget: the sum of its actions' budgets. */
    public BigDecimal getBudget() {
        return actions.stream().map(ProgrammeAction::getBudget).filter(b -> b != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title == null ? new LocalizedText() : title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public List<ProgrammeAction> getActions() {
        return actions;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
