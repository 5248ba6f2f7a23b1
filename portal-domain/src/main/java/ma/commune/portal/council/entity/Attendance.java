package ma.commune.portal.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

/** One member's attendance at a session or a committee meeting. */
@Embeddable
public class Attendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private CouncilMember member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Presence presence;

    protected Attendance() {
    }

    public Attendance(CouncilMember member, Presence presence) {
        this.member = member;
        this.presence = presence;
    }

    public CouncilMember getMember() {
        return member;
    }

    public Presence getPresence() {
        return presence;
    }
}
