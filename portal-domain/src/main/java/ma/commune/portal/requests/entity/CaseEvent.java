package ma.commune.portal.requests.entity;

import jakarta.persistence.Column;
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
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case's history, written by the case itself and never changed: a status change, a public
 * answer, an internal note, a reassignment, an extension. Only public lines are shown to the resident.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Type { STATUS, PUBLIC_ANSWER, INTERNAL_NOTE, REASSIGNED, EXTENDED, REGISTERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CitizenCase citizenCase;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Type type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30)
    private CaseStatus toStatus;

    @Column(length = 4000)
    private String text;

    @Column(name = "public_flag", nullable = false)
    private boolean publicFlag;

    @Column(nullable = false)
    private int position;

    protected CaseEvent() {
    }

    CaseEvent(CitizenCase citizenCase, int position, Instant at, String actor, Type type, CaseStatus from, CaseStatus to,
              String text, boolean publicFlag) {
        this.citizenCase = citizenCase;
        this.position = position;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.fromStatus = from;
        this.toStatus = to;
        this.text = text;
        this.publicFlag = publicFlag;
    }

    /** Its place in the history again, after lines before it were removed (a case anonymised). */
    void renumber(int newPosition) {
        this.position = newPosition;
    }

    /** The text is forgotten, the line kept (the resident's own words of a reopening, on anonymisation). */
    void forgetText() {
        this.text = null;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Type getType() {
        return type;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }

    public boolean isPublic() {
        return publicFlag;
    }

    public int getPosition() {
        return position;
    }
}
