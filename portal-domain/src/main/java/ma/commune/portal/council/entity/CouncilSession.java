package ma.commune.portal.council.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * A session of the council and everything the secretariat records of it: the agenda, published to convene
 * the session; the attendance and the decisions, recorded during or after it; the minutes, whose
 * publication concludes it. Published minutes and decisions are never edited: a correction adds a version
 * with its reason. The rules the secretariat may knowingly override come back as {@link RuleWarning}s;
 * the ones it may not are {@link DomainRuleViolation}s.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Added to the numbers while an agenda is renumbered, so that no two items share one in between. */
    public static final int RENUMBERING_OFFSET = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionState state = SessionState.PLANNED;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "place_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "place_fr"))})
    private LocalizedText place = new LocalizedText();

    @Column(name = "public_session", nullable = false)
    private boolean publicSession = true;

    @Column(name = "convocation_date")
    private LocalDate convocationDate;

    @Column(name = "agenda_published_at")
    private Instant agendaPublishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_draft_id")
    private StoredFile minutesDraft;

    /** RFC 5545 SEQUENCE: raised by each change of a convened session that calendars must take in. */
    @Column(nullable = false)
    private int sequence;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<AgendaItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "council_attendance", joinColumns = @JoinColumn(name = "session_id"))
    private List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<MinutesVersion> minutes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected CouncilSession() {
    }

    public CouncilSession(Mandate mandate, SessionKind kind, Instant startsAt, Instant endsAt, LocalizedText place, boolean publicSession) {
        this.mandate = mandate;
        this.kind = kind;
        schedule(kind, startsAt, endsAt, place, publicSession, createdAt);
    }

    /**
     * Sets when and where the session is held. Once convened, residents' calendars are told of the
     * change (the sequence goes up); once concluded or cancelled, the session is history.
     * Returns the warnings of the law about the date (an ordinary session outside its month).
     */
    public List<RuleWarning> schedule(SessionKind kind, Instant startsAt, Instant endsAt, LocalizedText place,
                                      boolean publicSession, Instant now) {
        requireOpen();
        if (startsAt == null || kind == null) {
            throw new DomainRuleViolation("council.rule.sessionDateRequired");
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new DomainRuleViolation("council.rule.endBeforeStart");
        }
        if (!mandate.covers(day(startsAt))) {
            throw new DomainRuleViolation("council.rule.sessionOutsideMandate");
        }
        if (state == SessionState.CONVENED && kind != this.kind) {
            throw new DomainRuleViolation("council.rule.kindFixedOnceConvened");
        }
        boolean moved = !startsAt.equals(this.startsAt) || !java.util.Objects.equals(endsAt, this.endsAt)
                || !java.util.Objects.equals(place, this.place) || publicSession != this.publicSession;
        if (state == SessionState.CONVENED && moved) {
            sequence++;
        }
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place == null ? new LocalizedText() : place;
        this.publicSession = publicSession;
        this.updatedAt = now;
        return CouncilRules.DEFAULT.monthOf(kind, day(startsAt)).stream().toList();
    }

    /** Adds an item under a number no other item of the agenda has. */
    public AgendaItem addItem(int number, LocalizedText title, LocalizedText summary, Instant now) {
        requireAgendaEditable();
        checkNumber(null, number);
        checkTitle(title);
        AgendaItem item = new AgendaItem(this, number, title, summary == null ? new LocalizedText() : summary);
        items.add(item);
        items.sort(Comparator.comparingInt(AgendaItem::getNumber));
        updatedAt = now;
        return item;
    }

    public void editItem(AgendaItem item, int number, LocalizedText title, LocalizedText summary, Instant now) {
        requireAgendaEditable();
        requireOwn(item);
        checkNumber(item, number);
        checkTitle(title);
        item.describe(title, summary == null ? new LocalizedText() : summary, now);
        item.number(number, now);
        items.sort(Comparator.comparingInt(AgendaItem::getNumber));
        updatedAt = now;
    }

    /** Attaches a supporting document (a PDF) to an item, until the minutes are published. */
    public void attachToItem(AgendaItem item, StoredFile file, LocalizedText label, Instant now) {
        requireAgendaEditable();
        requireOwn(item);
        item.attach(file, label == null ? new LocalizedText() : label, now);
        updatedAt = now;
    }

    public void detachFromItem(AgendaItem item, long fileId, Instant now) {
        requireAgendaEditable();
        requireOwn(item);
        item.detach(fileId, now);
        updatedAt = now;
    }

    public void removeItem(AgendaItem item, Instant now) {
        if (state != SessionState.PLANNED) {
            throw new DomainRuleViolation("council.rule.itemsFixedOnceConvened");
        }
        requireOwn(item);
        items.remove(item);
        updatedAt = now;
    }

    /**
     * Puts the items in the given order, numbered from 1. The caller writes the numbers plus {@code offset}
     * first and then the final ones, so that the database never sees two items under one number.
     */
    public void reorder(List<Long> itemIds, int offset, Instant now) {
        requireAgendaEditable();
        Set<Long> own = new HashSet<>(items.stream().map(AgendaItem::getId).toList());
        if (itemIds.size() != items.size() || !own.equals(new HashSet<>(itemIds))) {
            throw new DomainRuleViolation("council.rule.reorderEveryItem");
        }
        for (AgendaItem item : items) {
            item.number(itemIds.indexOf(item.getId()) + 1 + offset, now);
        }
        items.sort(Comparator.comparingInt(AgendaItem::getNumber));
        updatedAt = now;
    }

    /**
     * Publishes the agenda, which convenes the session and posts it publicly; the day is the convocation
     * date. A session already past cannot be convened; a late notice or an ordinary session outside its
     * month are warnings the secretariat must confirm ({@code confirmed}), or nothing changes.
     */
    public List<RuleWarning> publishAgenda(Instant now, CouncilRules rules, boolean confirmed) {
        if (state != SessionState.PLANNED) {
            throw new DomainRuleViolation("council.rule.agendaAlreadyPublished");
        }
        if (!startsAt.isAfter(now)) {
            throw new DomainRuleViolation("council.rule.sessionInPast");
        }
        if (items.isEmpty()) {
            throw new DomainRuleViolation("council.rule.agendaEmpty");
        }
        if (!getPlace().isComplete()) {
            throw new DomainRuleViolation("council.rule.placeInBothLanguages");
        }
        items.forEach(item -> checkTitle(item.getTitle()));
        List<RuleWarning> warnings = new ArrayList<>();
        rules.monthOf(kind, day(startsAt)).ifPresent(warnings::add);
        rules.notice(kind, day(now), day(startsAt)).ifPresent(warnings::add);
        confirm(warnings, confirmed);
        state = SessionState.CONVENED;
        convocationDate = day(now);
        agendaPublishedAt = now;
        updatedAt = now;
        return warnings;
    }

    /** Cancels a convened session; calendars that hold it are told (STATUS:CANCELLED, a new sequence). */
    public void cancel(Instant now) {
        if (state != SessionState.CONVENED) {
            throw new DomainRuleViolation("council.rule.onlyConvenedCancelled");
        }
        state = SessionState.CANCELLED;
        sequence++;
        updatedAt = now;
    }

    /** Records who attended; the members must be in office on the day of the session. */
    public void recordAttendance(Map<CouncilMember, Presence> presences, Instant now) {
        requireRecording();
        LocalDate day = day(startsAt);
        for (CouncilMember member : presences.keySet()) {
            if (!member.isInOffice(day) || !sameMandate(member.getMandate())) {
                throw new DomainRuleViolation("council.rule.attendeeNotInOffice");
            }
        }
        attendance.clear();
        presences.forEach((member, presence) -> attendance.add(new Attendance(member, presence)));
        updatedAt = now;
    }

    private boolean sameMandate(Mandate other) {
        return other == mandate || other.getId() != null && other.getId().equals(mandate.getId());
    }

    public int present() {
        return (int) attendance.stream().filter(a -> a.getPresence() == Presence.PRESENT).count();
    }

    /**
     * Records the decision on an item while the minutes are not yet published. A decision whose figures
     * cannot be true is refused; a decision without quorum, or with more voters than members present,
     * is a warning to confirm.
     */
    public List<RuleWarning> recordDecision(AgendaItem item, Decision decision, int membersInOffice, CouncilRules rules,
                                            boolean confirmed, Instant now) {
        requireRecording();
        requireOwn(item);
        List<RuleWarning> warnings = checkDecision(decision, membersInOffice, rules);
        confirm(warnings, confirmed);
        item.record(decision, now);
        updatedAt = now;
        return warnings;
    }

    private List<RuleWarning> checkDecision(Decision decision, int membersInOffice, CouncilRules rules) {
        decision.check(membersInOffice);
        List<RuleWarning> warnings = new ArrayList<>();
        boolean voted = decision.getOutcome() == DecisionOutcome.ADOPTED || decision.getOutcome() == DecisionOutcome.REJECTED;
        if (voted) {
            rules.quorum(present(), membersInOffice).ifPresent(warnings::add);
            rules.votersPresent(decision.total(), present()).ifPresent(warnings::add);
        }
        return warnings;
    }

    /** The PDF of the minutes, until they are published (then corrections are new versions). */
    public void attachMinutes(StoredFile file, Instant now) {
        requireRecording();
        this.minutesDraft = file;
        updatedAt = now;
    }

    /**
     * Publishes the minutes and, with them, every decision as its first version: the session is concluded.
     * Each item needs its decision and the attendance must be recorded; publishing before the session's
     * date is a warning to confirm.
     */
    public MinutesVersion publishMinutes(Instant now, String by, boolean confirmed) {
        if (state == SessionState.CONCLUDED) {
            throw new DomainRuleViolation("council.rule.minutesAlreadyPublished");
        }
        requireRecording();
        if (minutesDraft == null) {
            throw new DomainRuleViolation("council.rule.minutesFileRequired");
        }
        if (attendance.isEmpty()) {
            throw new DomainRuleViolation("council.rule.attendanceRequired");
        }
        if (items.stream().anyMatch(item -> !item.getDraft().isRecorded())) {
            throw new DomainRuleViolation("council.rule.decisionMissing");
        }
        List<RuleWarning> warnings = new ArrayList<>();
        if (startsAt.isAfter(now)) {
            warnings.add(new RuleWarning("council.warning.minutesBeforeSession"));
        }
        confirm(warnings, confirmed);
        items.forEach(item -> item.publishDecision(item.getDraft(), null, now, by));
        MinutesVersion first = new MinutesVersion(this, 1, minutesDraft, null, now, by);
        minutes.add(first);
        state = SessionState.CONCLUDED;
        updatedAt = now;
        return first;
    }

    /** A corrected PDF of published minutes: the next version, with the reason; the earlier ones stay. */
    public MinutesVersion correctMinutes(StoredFile file, String reason, Instant now, String by) {
        requireConcluded(reason);
        MinutesVersion next = new MinutesVersion(this, minutes.size() + 1, file, reason.strip(), now, by);
        minutes.add(next);
        updatedAt = now;
        return next;
    }

    /** A correction of a published decision: the next version, with the reason; the earlier ones stay. */
    public DecisionVersion correctDecision(AgendaItem item, Decision decision, String reason, int membersInOffice,
                                           Instant now, String by) {
        requireConcluded(reason);
        requireOwn(item);
        decision.check(membersInOffice);
        item.record(decision, now);
        DecisionVersion next = item.publishDecision(decision, reason.strip(), now, by);
        updatedAt = now;
        return next;
    }

    private void requireConcluded(String reason) {
        if (state != SessionState.CONCLUDED) {
            throw new DomainRuleViolation("council.rule.correctOnlyPublished");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("council.rule.correctionReasonRequired");
        }
    }

    private static void confirm(List<RuleWarning> warnings, boolean confirmed) {
        if (!warnings.isEmpty() && !confirmed) {
            throw new WarningsToConfirm(warnings);
        }
    }

    private void requireOpen() {
        if (state == SessionState.CONCLUDED) {
            throw new DomainRuleViolation("council.rule.minutesPublished");
        }
        if (state == SessionState.CANCELLED) {
            throw new DomainRuleViolation("council.rule.sessionCancelled");
        }
    }

    private void requireAgendaEditable() {
        requireOpen();
    }

    /** Attendance and decisions are recorded once the session is convened and until its minutes are out. */
    private void requireRecording() {
        requireOpen();
        if (state == SessionState.PLANNED) {
            throw new DomainRuleViolation("council.rule.notConvened");
        }
    }

    private void requireOwn(AgendaItem item) {
        if (!items.contains(item)) {
            throw new DomainRuleViolation("error.notFound");
        }
    }

    private void checkNumber(AgendaItem item, int number) {
        if (number <= 0) {
            throw new DomainRuleViolation("council.rule.itemNumberPositive");
        }
        if (items.stream().anyMatch(other -> other != item && other.getNumber() == number)) {
            throw new DomainRuleViolation("council.rule.itemNumberRepeated");
        }
    }

    private static void checkTitle(LocalizedText title) {
        if (title == null || !title.isComplete()) {
            throw new DomainRuleViolation("council.rule.itemTitleInBothLanguages");
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(CommuneTime.ZONE).toLocalDate();
    }

    /** Month names as Moroccan Arabic writes them (ماي, يوليوز, غشت...), not the Levantine ones. */
    private static final String[] MONTHS_AR = {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
            "شتنبر", "أكتوبر", "نونبر", "دجنبر"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    /** "الدورة العادية لشهر ماي 2025" / "Session ordinaire de mai 2025": how the commune names its sessions. */
    public LocalizedText getTitle() {
        LocalDate day = getDate();
        int month = day.getMonthValue() - 1;
        boolean ordinary = kind == SessionKind.ORDINARY;
        String fr = (ordinary ? "Session ordinaire " : "Session extraordinaire ")
                + ("aeiouy".indexOf(MONTHS_FR[month].charAt(0)) >= 0 ? "d'" : "de ") + MONTHS_FR[month] + " " + day.getYear();
        String ar = (ordinary ? "الدورة العادية" : "الدورة الاستثنائية") + " لشهر " + MONTHS_AR[month] + " " + day.getYear();
        return LocalizedText.of(ar, fr);
    }

    /** The public sees a session once its agenda is published. */
    public boolean isPublic() {
        return state != SessionState.PLANNED;
    }

    public Optional<MinutesVersion> getCurrentMinutes() {
        return minutes.isEmpty() ? Optional.empty() : Optional.of(minutes.get(minutes.size() - 1));
    }

    public LocalDate getDate() {
        return day(startsAt);
    }

    public Long getId() {
        return id;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionState getState() {
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

    public boolean isPublicSession() {
        return publicSession;
    }

    public LocalDate getConvocationDate() {
        return convocationDate;
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public StoredFile getMinutesDraft() {
        return minutesDraft;
    }

    public int getSequence() {
        return sequence;
    }

    public List<AgendaItem> getItems() {
        return items;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    /** Every published version of the minutes, oldest first. */
    public List<MinutesVersion> getMinutes() {
        return minutes;
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
