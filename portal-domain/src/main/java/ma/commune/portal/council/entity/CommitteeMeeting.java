package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A meeting of a committee that prepares items of a council session: its date, agenda, attendance and
 * report (PDF). Announced meetings are public (and in the calendar feed when the meeting is open to the
 * public); a cancelled one stays, marked cancelled, so that calendars drop it.
 */
@Entity
@Table(name = "council_committee_meeting")
public class CommitteeMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingState state = MeetingState.PLANNED;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "place_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "place_fr"))})
    private LocalizedText place = new LocalizedText();

    @Column(name = "public_meeting", nullable = false)
    private boolean publicMeeting;

    /** Plain text, one point per line. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "agenda_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "agenda_fr"))})
    private LocalizedText agenda = new LocalizedText();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private StoredFile report;

    @Column(nullable = false)
    private int sequence;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "council_committee_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Attendance> attendance = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "council_meeting_item", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private List<AgendaItem> preparedItems = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected CommitteeMeeting() {
    }

    public CommitteeMeeting(Committee committee, Instant startsAt, Instant endsAt, LocalizedText place, boolean publicMeeting,
                            LocalizedText agenda) {
        this.committee = committee;
        schedule(startsAt, endsAt, place, publicMeeting, agenda, createdAt);
    }

    public void schedule(Instant startsAt, Instant endsAt, LocalizedText place, boolean publicMeeting, LocalizedText agenda,
                         Instant now) {
        if (state == MeetingState.CANCELLED) {
            throw new DomainRuleViolation("council.rule.meetingCancelled");
        }
        if (startsAt == null) {
            throw new DomainRuleViolation("council.rule.sessionDateRequired");
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new DomainRuleViolation("council.rule.endBeforeStart");
        }
        if (state == MeetingState.ANNOUNCED && (!startsAt.equals(this.startsAt) || !java.util.Objects.equals(endsAt, this.endsAt)
                || !java.util.Objects.equals(place, this.place) || publicMeeting != this.publicMeeting)) {
            sequence++;
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place == null ? new LocalizedText() : place;
        this.publicMeeting = publicMeeting;
        this.agenda = agenda == null ? new LocalizedText() : agenda;
        this.updatedAt = now;
    }

    /** Makes the meeting public (its page, and the calendar when the meeting is open to the public). */
    public void announce(Instant now) {
        if (state != MeetingState.PLANNED) {
            throw new DomainRuleViolation("council.rule.meetingAlreadyAnnounced");
        }
        if (getAgenda().isEmpty() || !getPlace().isComplete()) {
            throw new DomainRuleViolation("council.rule.meetingIncomplete");
        }
        state = MeetingState.ANNOUNCED;
        updatedAt = now;
    }

    public void cancel(Instant now) {
        if (state != MeetingState.ANNOUNCED) {
            throw new DomainRuleViolation("council.rule.onlyConvenedCancelled");
        }
        state = MeetingState.CANCELLED;
        sequence++;
        updatedAt = now;
    }

    /** Records who attended; only members seated in the committee that day. */
    public void recordAttendance(Map<CouncilMember, Presence> presences, Instant now) {
        LocalDate day = getDate();
        List<CouncilMember> seated = committee.seatsOn(day).stream().map(CommitteeSeat::getMember).toList();
        if (!seated.containsAll(presences.keySet())) {
            throw new DomainRuleViolation("council.rule.attendeeNotInCommittee");
        }
        attendance.clear();
        presences.forEach((member, presence) -> attendance.add(new Attendance(member, presence)));
        updatedAt = now;
    }

    public void attachReport(StoredFile report, Instant now) {
        this.report = report;
        this.updatedAt = now;
    }

    /** The session items this meeting prepared. */
    public void prepares(List<AgendaItem> items, Instant now) {
        preparedItems.clear();
        preparedItems.addAll(items);
        updatedAt = now;
    }

    public boolean isPublic() {
        return state != MeetingState.PLANNED;
    }

    public LocalDate getDate() {
        return startsAt.atZone(CommuneTime.ZONE).toLocalDate();
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public MeetingState getState() {
        return state;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public LocalizedText getPlace() {
        return place == null ? new LocalizedText() : place;
    }

    public boolean isPublicMeeting() {
        return publicMeeting;
    }

    public LocalizedText getAgenda() {
        return agenda == null ? new LocalizedText() : agenda;
    }

    public StoredFile getReport() {
        return report;
    }

    public int getSequence() {
        return sequence;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public List<AgendaItem> getPreparedItems() {
        return preparedItems;
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
