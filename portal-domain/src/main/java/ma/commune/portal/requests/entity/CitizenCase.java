package ma.commune.portal.requests.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LanguageAsTag;
import ma.commune.portal.shared.Texts;

/**
 * A resident's case: an Allo Citizen report, a complaint, a suggestion or an access-to-information
 * request (law 31.13), from its receipt to its closing. Every rule of the case is here: it moves only along
 * {@link CaseStatus}; a rejection gives a reason and a refusal a legal ground; an information request is
 * extended once, with a reasoned notice; a resident reopens a resolved case within 15 days; the due date
 * follows the legal clocks. The requester's contact is personal data (law 09-08): staff who handle the case
 * read it, the public never does, and the resident's own words are public only once an agent reviewed them.
 */
@Entity
@Table(name = "citizen_case")
public class CitizenCase implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long after its resolution a resident may reopen a case. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(15);
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 30;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_NATIONAL_ID = 20;
    public static final String RESIDENT = "resident";
    /** What an anonymised description reads (the column may not be empty). */
    public static final String ANONYMISED = "—";
    /** Law 31.13, article 19: the requester may complain to the head of the commune within 20 working days. */
    public static final int APPEAL_WINDOW_WORKING_DAYS = 20;
    /** Law 31.13, article 19: the head of the commune answers the complaint within 15 days of its receipt. */
    public static final int APPEAL_ANSWER_DAYS = 15;
    public static final int MAX_HOLD_REASON = 500;
    /** The requester's name, email, phone and address as the rectification corrects them. */
    public enum PersonalField { NAME, EMAIL, PHONE, ADDRESS }

    /** Who asked, and how to tell them (personal data). The national ID is for information requests only. */
    public record Requester(String name, String email, String phone, String nationalId) {
        public Requester {
            name = caseText(name);
            email = caseText(email);
            phone = caseText(phone);
            nationalId = caseText(nationalId);
        }

        /**
         * Whether {@code typed} is this requester's email (whatever its case) or phone (whatever its
         * spacing, and {@code 06…} or {@code +212 6…} alike: the nine digits after the country code or the
         * leading zero). A tracking code is not a secret — Open311 lists the reports' codes, as the
         * standard does — so what only the requester may do (reopen, appeal) also asks for their contact.
         */
        public boolean isContact(String typed) {
            String t = caseText(typed);
            if (t == null) {
                return false;
            }
            if (email != null && email.equalsIgnoreCase(t)) {
                return true;
            }
            String digits = t.replaceAll("\\D", "");
            return phone != null && digits.length() >= 9 && significant(phone).equals(significant(digits));
        }

        private static String significant(String phone) {
            String digits = phone.replaceAll("\\D", "");
            return digits.length() <= 9 ? digits : digits.substring(digits.length() - 9);
        }
    }

    /** Where the problem is: a point on the map, a district, an address (all optional). */
    public record Location(Double latitude, Double longitude, Long districtId, String address) {
        public static final Location NONE = new Location(null, null, null, null);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 30)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CaseChannel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private RequestCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", length = 60)
    private String registeredBy;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false)
    private boolean extended;

    @Column(nullable = false)
    private boolean urgent;

    @Convert(converter = LanguageAsTag.class)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "description_reviewed", nullable = false)
    private boolean descriptionReviewed;

    private Double latitude;

    private Double longitude;

    @Column(name = "district_id")
    private Long districtId;

    @Column(length = 300)
    private String address;

    @Column(name = "requester_name", length = 120)
    private String requesterName;

    @Column(name = "requester_email", length = 254)
    private String requesterEmail;

    @Column(name = "requester_phone", length = 30)
    private String requesterPhone;

    @Column(name = "requester_national_id", length = 20)
    private String requesterNationalId;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(length = 60)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground", length = 60)
    private RefusalGround refusalGround;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency_ground", length = 10)
    private UrgencyGround urgencyGround;

    /** When the case was closed (its last move to a status that owes nothing); null while open. Its retention counts from here. */
    @Column(name = "retention_from")
    private Instant retentionFrom;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** Why an administrator keeps the case whole beyond its retention (a dispute, an appeal in progress); null when not held. */
    @Column(name = "legal_hold", length = MAX_HOLD_REASON)
    private String legalHold;

    @Column(name = "legal_hold_by", length = 60)
    private String legalHoldBy;

    @Column(name = "legal_hold_at")
    private Instant legalHoldAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "citizenCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseEvent> events = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_attachment", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id", nullable = false)
    private List<Long> attachments = new ArrayList<>();

    protected CitizenCase() {
    }

    /**
     * A new case, received on {@code receivedAt} (the day the resident contacted the commune; for a case
     * registered by staff, not the day it was typed) and registered {@code now} by {@code registeredBy}
     * ({@link #RESIDENT} for the resident's own submission). Its due date follows the legal clocks.
     */
    public static CitizenCase open(String trackingCode, CaseKind kind, CaseChannel channel, RequestCategory category,
                                   Department department, Instant receivedAt, boolean urgent, Language language,
                                   String description, Requester requester, Location location, boolean consent,
                                   String registeredBy, Instant now, WorkingCalendar calendar, Deadlines deadlines) {
        if (trackingCode == null || kind == null || channel == null || department == null || language == null || now == null) {
            throw new DomainRuleViolation("requests.rule.required");
        }
        if (kind == CaseKind.REPORT && category == null) {
            throw new DomainRuleViolation("requests.rule.categoryRequired");
        }
        if (receivedAt == null || receivedAt.isAfter(now)) {
            throw new DomainRuleViolation("requests.rule.receivedInFuture");
        }
        String text = caseText(description);
        if (text == null) {
            throw new DomainRuleViolation("requests.rule.descriptionRequired");
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new DomainRuleViolation("requests.rule.descriptionTooLong");
        }
        if (!consent) {
            throw new DomainRuleViolation("requests.rule.consentRequired");
        }
        Requester who = requester == null ? new Requester(null, null, null, null) : requester;
        // The columns' sizes, checked here so that a form posted without the page's maxlength gets a message.
        if (who.name() != null && who.name().length() > MAX_NAME) {
            throw new DomainRuleViolation("requests.rule.nameTooLong");
        }
        if ((who.email() != null && who.email().length() > MAX_EMAIL) || (who.phone() != null && who.phone().length() > MAX_PHONE)) {
            throw new DomainRuleViolation("requests.rule.contactTooLong");
        }
        if (location != null && caseText(location.address()) != null && caseText(location.address()).length() > MAX_ADDRESS) {
            throw new DomainRuleViolation("requests.rule.addressTooLong");
        }
        if (who.nationalId() != null && kind != CaseKind.INFORMATION) {
            throw new DomainRuleViolation("requests.rule.nationalIdOnlyForInformation");
        }
        if (channel.isSelfService() && who.email() == null && who.phone() == null) {
            throw new DomainRuleViolation("requests.rule.contactRequired");
        }
        if (urgent && kind != CaseKind.INFORMATION) {
            throw new DomainRuleViolation("requests.rule.urgentOnlyForInformation");
        }
        if (kind == CaseKind.INFORMATION && channel.isSelfService()) {
            // Law 31.13, article 14: the request names the requester and gives their national ID number.
            if (who.name() == null) {
                throw new DomainRuleViolation("requests.rule.nameRequired");
            }
            if (who.nationalId() == null) {
                throw new DomainRuleViolation("requests.rule.nationalIdRequired");
            }
        }
        if (who.nationalId() != null && (who.nationalId().length() > MAX_NATIONAL_ID
                || !who.nationalId().replace(" ", "").matches("[A-Za-z0-9]{4,20}"))) {
            throw new DomainRuleViolation("requests.rule.nationalIdFormat");
        }
        Location where = location == null ? Location.NONE : location;
        if ((where.latitude() == null) != (where.longitude() == null)) {
            throw new DomainRuleViolation("requests.rule.pointIncomplete");
        }
        CitizenCase c = new CitizenCase();
        c.trackingCode = trackingCode;
        c.kind = kind;
        c.channel = channel;
        c.category = category;
        c.department = department;
        c.status = CaseStatus.RECEIVED;
        c.receivedAt = receivedAt;
        c.registeredAt = now;
        c.registeredBy = registeredBy == null ? RESIDENT : registeredBy;
        c.urgent = urgent;
        c.language = language;
        c.description = text;
        c.latitude = where.latitude();
        c.longitude = where.longitude();
        c.districtId = where.districtId();
        c.address = caseText(where.address());
        c.requesterName = who.name();
        c.requesterEmail = who.email();
        c.requesterPhone = who.phone();
        c.requesterNationalId = who.nationalId();
        c.consentAt = now;
        c.createdAt = now;
        c.updatedAt = now;
        c.recomputeDue(calendar, deadlines);
        c.record(now, c.registeredBy, CaseEvent.Type.REGISTERED, null, CaseStatus.RECEIVED, null, true);
        return c;
    }

    /** The ground of an urgent information request (life, safety or liberty), shown to the staff who handle it. */
    public void urgentBecause(UrgencyGround ground) {
        if (!urgent) {
            throw new DomainRuleViolation("requests.rule.urgentOnlyForInformation");
        }
        if (ground == null) {
            throw new DomainRuleViolation("requests.rule.urgencyGroundRequired");
        }
        this.urgencyGround = ground;
    }

    /** Moves the case to {@code next}; a rejection must give its reason (told to the requester). */
    public void move(CaseStatus next, String reason, String actor, Instant now) {
        if (next == CaseStatus.REFUSED) {
            throw new DomainRuleViolation("requests.rule.refusalNeedsGround");
        }
        if (next == CaseStatus.EXTENDED) {
            throw new DomainRuleViolation("requests.rule.extensionNeedsNotice");
        }
        if (next == CaseStatus.APPEALED) {
            throw new DomainRuleViolation("requests.rule.appealByRequester");
        }
        String why = caseText(reason);
        if (next == CaseStatus.REJECTED && why == null) {
            throw new DomainRuleViolation("requests.rule.rejectionNeedsReason");
        }
        changeStatus(next, why, actor, now);
    }

    /** Refuses an information request on a ground of article 7 of law 31.13, explained to the requester. */
    public void refuse(RefusalGround ground, String text, String actor, Instant now) {
        if (kind != CaseKind.INFORMATION) {
            throw new DomainRuleViolation("requests.rule.refusalOnlyForInformation");
        }
        String why = caseText(text);
        if (ground == null || why == null) {
            throw new DomainRuleViolation("requests.rule.refusalNeedsGround");
        }
        changeStatus(CaseStatus.REFUSED, why, actor, now);
        this.refusalGround = ground;
    }

    /**
     * Extends an information request, once, with the reasoned notice sent to the requester: the due date
     * moves by the extension.
     */
    public void extend(String notice, String actor, Instant now, WorkingCalendar calendar, Deadlines deadlines) {
        if (kind != CaseKind.INFORMATION) {
            throw new DomainRuleViolation("requests.rule.extensionOnlyForInformation");
        }
        if (extended) {
            throw new DomainRuleViolation("requests.rule.extensionOnce");
        }
        if (urgent) {
            throw new DomainRuleViolation("requests.rule.noExtensionWhenUrgent");
        }
        String why = caseText(notice);
        if (why == null) {
            throw new DomainRuleViolation("requests.rule.extensionNeedsNotice");
        }
        requireMove(CaseStatus.EXTENDED);
        CaseStatus from = status;
        this.status = CaseStatus.EXTENDED;
        this.statusReason = why;
        this.extended = true;
        this.updatedAt = now;
        recomputeDue(calendar, deadlines);
        record(now, actor, CaseEvent.Type.EXTENDED, from, CaseStatus.EXTENDED, why, true);
    }

    /** The resident reopens a resolved case, within {@link #REOPEN_WINDOW} of its resolution. */
    public void reopen(String text, Instant now) {
        if (status != CaseStatus.RESOLVED || resolvedAt == null) {
            throw new DomainRuleViolation("requests.rule.reopenOnlyResolved");
        }
        if (now.isAfter(resolvedAt.plus(REOPEN_WINDOW))) {
            throw new DomainRuleViolation("requests.rule.reopenTooLate");
        }
        String why = caseText(text);
        if (why == null) {
            throw new DomainRuleViolation("requests.rule.reopenNeedsText");
        }
        CaseStatus from = status;
        requireMove(CaseStatus.IN_PROGRESS);
        this.status = CaseStatus.IN_PROGRESS;
        this.resolvedAt = null;
        this.retentionFrom = null;
        this.statusReason = null;
        this.updatedAt = now;
        // The resident's own words: not public until reviewed.
        record(now, RESIDENT, CaseEvent.Type.STATUS, from, CaseStatus.IN_PROGRESS, limit(why), false);
    }

    /**
     * The requester of an information request complains to the head of the commune (law 31.13, article
     * 19): within {@link #APPEAL_WINDOW_WORKING_DAYS} working days of the answer (answered, partially
     * answered, refused or rejected), or of the deadline passing without an answer; once. The head answers
     * within {@link #APPEAL_ANSWER_DAYS} days of the complaint: the case is open again with that due date.
     * The requester's words are kept for staff (not public until reviewed).
     */
    public void appeal(String text, Instant now, WorkingCalendar calendar, Deadlines deadlines) {
        if (kind != CaseKind.INFORMATION) {
            throw new DomainRuleViolation("requests.rule.appealOnlyForInformation");
        }
        if (appealedAt != null || status == CaseStatus.APPEALED) {
            throw new DomainRuleViolation("requests.rule.appealOnce");
        }
        Instant from;
        if (status == CaseStatus.ANSWERED || status == CaseStatus.PARTIALLY_ANSWERED || status == CaseStatus.REFUSED
                || status == CaseStatus.REJECTED) {
            from = decidedAt();
        } else if (status.isOpen() && now.isAfter(dueAt)) {
            from = dueAt;
        } else {
            throw new DomainRuleViolation(status.isOpen() ? "requests.rule.appealBeforeDeadline" : "requests.rule.appealNotNow");
        }
        if (now.isAfter(calendar.dueInWorkingDays(from, APPEAL_WINDOW_WORKING_DAYS))) {
            throw new DomainRuleViolation("requests.rule.appealTooLate");
        }
        String why = caseText(text);
        if (why == null) {
            throw new DomainRuleViolation("requests.rule.appealNeedsText");
        }
        requireMove(CaseStatus.APPEALED);
        CaseStatus before = status;
        this.status = CaseStatus.APPEALED;
        this.statusReason = null;
        this.retentionFrom = null;
        this.appealedAt = now;
        this.updatedAt = now;
        recomputeDue(calendar, deadlines);
        record(now, RESIDENT, CaseEvent.Type.STATUS, before, CaseStatus.APPEALED, null, true);
        // The requester's own words: for the staff, not public until reviewed.
        record(now, RESIDENT, CaseEvent.Type.INTERNAL_NOTE, null, null, limit(why), false);
    }

    /** When the case reached its current status (the answer an appeal is counted from). */
    private Instant decidedAt() {
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent e = events.get(i);
            if (e.getType() == CaseEvent.Type.STATUS && e.getToStatus() == status) {
                return e.getAt();
            }
        }
        return updatedAt;
    }

    /** An agent takes the case: it is theirs to handle. */
    public void take(String actor, Instant now) {
        requireNotClosed();
        this.assignee = actor;
        this.updatedAt = now;
    }

    /** A public answer, shown to the requester and on the tracking page. */
    public void answer(String text, String actor, Instant now) {
        requireNotClosed();
        record(now, actor, CaseEvent.Type.PUBLIC_ANSWER, null, null, requireText(text), true);
        this.updatedAt = now;
    }

    /** An internal note, for staff only. */
    public void note(String text, String actor, Instant now) {
        requireNotClosed();
        record(now, actor, CaseEvent.Type.INTERNAL_NOTE, null, null, requireText(text), false);
        this.updatedAt = now;
    }

    /** Sends the case to another department, with the reason (kept internal); nobody holds it any more. */
    public void reassign(Department to, String reason, String actor, Instant now) {
        requireNotClosed();
        if (to == null || to.equals(department) || Objects.equals(to.getCode(), department.getCode())) {
            throw new DomainRuleViolation("requests.rule.reassignElsewhere");
        }
        String why = caseText(reason);
        if (why == null) {
            throw new DomainRuleViolation("requests.rule.reassignNeedsReason");
        }
        String text = department.getCode() + " → " + to.getCode() + ": " + why;
        this.department = to;
        this.assignee = null;
        this.updatedAt = now;
        record(now, actor, CaseEvent.Type.REASSIGNED, null, null, limit(text), false);
    }

    /** An agent reviewed the resident's description: it may be shown publicly now. */
    public void reviewDescription(String actor, Instant now) {
        this.descriptionReviewed = true;
        this.updatedAt = now;
    }

    /**
     * An administrator keeps the case whole beyond its retention, for the reason given (a dispute before a
     * court, an appeal in progress): the daily anonymisation skips it until the hold is lifted.
     */
    public void holdLegally(String reason, String actor, Instant now) {
        requireNotAnonymised();
        String why = caseText(reason);
        if (why == null) {
            throw new DomainRuleViolation("retention.rule.holdNeedsReason");
        }
        if (why.length() > MAX_HOLD_REASON) {
            throw new DomainRuleViolation("retention.rule.holdTooLong");
        }
        this.legalHold = why;
        this.legalHoldBy = actor;
        this.legalHoldAt = now;
    }

    /** The hold is over: the case's retention applies again (at once, if it has passed). */
    public void liftLegalHold() {
        if (legalHold == null) {
            throw new DomainRuleViolation("retention.rule.notHeld");
        }
        this.legalHold = null;
        this.legalHoldBy = null;
        this.legalHoldAt = null;
    }

    /** What an anonymisation removed: the personal fields by name, and how many lines and files went. */
    public record Anonymisation(List<String> fields, int internalNotes, List<Long> attachments) {
    }

    /**
     * Removes the requester's personal data (law 09-08) and keeps the case's facts for the statistics: kind,
     * category, department, dates, statuses, public answers and the district stay; the name, email, phone and
     * national ID number and the free-text address go; the point on the map is rounded to three decimals
     * (about 100 m: still in its district, no longer at a door). What may quote the resident goes too: the
     * internal notes (staff write down what the resident told them; the resident's own appeal is one), the
     * resident's words when reopening (the line stays, its text goes), and the description unless an agent
     * reviewed it for publication. The attachments are detached; the caller deletes their files. Once only;
     * refused while a legal hold is on.
     */
    public Anonymisation anonymise(Instant now) {
        requireNotAnonymised();
        if (legalHold != null) {
            throw new DomainRuleViolation("retention.rule.held");
        }
        List<String> fields = new ArrayList<>();
        if (requesterName != null) {
            fields.add("requesterName");
        }
        if (requesterEmail != null) {
            fields.add("requesterEmail");
        }
        if (requesterPhone != null) {
            fields.add("requesterPhone");
        }
        if (requesterNationalId != null) {
            fields.add("requesterNationalId");
        }
        if (address != null) {
            fields.add("address");
        }
        if (latitude != null || longitude != null) {
            fields.add("coordinates");
        }
        if (!descriptionReviewed) {
            fields.add("description");
            this.description = ANONYMISED;
        }
        this.requesterName = null;
        this.requesterEmail = null;
        this.requesterPhone = null;
        this.requesterNationalId = null;
        this.address = null;
        this.latitude = roundedTo100m(latitude);
        this.longitude = roundedTo100m(longitude);
        int before = events.size();
        events.removeIf(e -> e.getType() == CaseEvent.Type.INTERNAL_NOTE);
        int notes = before - events.size();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            e.renumber(i);
            if (!e.isPublic() && RESIDENT.equals(e.getActor()) && e.getText() != null) {
                e.forgetText();
            }
        }
        List<Long> files = List.copyOf(attachments);
        attachments.clear();
        this.anonymisedAt = now;
        this.updatedAt = now;
        return new Anonymisation(List.copyOf(fields), notes, files);
    }

    /**
     * The requester asks for a correction of their data (law 09-08, article 8): one field, the new value
     * already checked by the caller (an email or phone as the outbox normalises them). A name or address may
     * be emptied; the national ID is not corrected here (it is the one law 31.13 asks for). Whether it changed.
     */
    public boolean rectify(PersonalField field, String value, Instant now) {
        requireNotAnonymised();
        String v = caseText(value);
        String before = switch (field) {
            case NAME -> requesterName;
            case EMAIL -> requesterEmail;
            case PHONE -> requesterPhone;
            case ADDRESS -> address;
        };
        if (Objects.equals(before, v)) {
            return false;
        }
        if (field == PersonalField.NAME && v != null && v.length() > 120) {
            throw new DomainRuleViolation("rights.rule.nameTooLong");
        }
        if (field == PersonalField.ADDRESS && v != null && v.length() > 300) {
            throw new DomainRuleViolation("rights.rule.addressTooLong");
        }
        String email = field == PersonalField.EMAIL ? v : requesterEmail;
        String phone = field == PersonalField.PHONE ? v : requesterPhone;
        if (channel.isSelfService() && email == null && phone == null) {
            // The resident must still be reachable about the case they filed themselves.
            throw new DomainRuleViolation("requests.rule.contactRequired");
        }
        switch (field) {
            case NAME -> this.requesterName = v;
            case EMAIL -> this.requesterEmail = v;
            case PHONE -> this.requesterPhone = v;
            case ADDRESS -> this.address = v;
        }
        this.updatedAt = now;
        return true;
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new DomainRuleViolation("retention.rule.anonymised");
        }
    }

    /** A coordinate kept to three decimals, about 100 m (110 m of latitude, 95 m of longitude at Ben Guerir). */
    static Double roundedTo100m(Double coordinate) {
        return coordinate == null ? null : Math.round(coordinate * 1000d) / 1000d;
    }

    /** The due date again, from the receipt, the kind, the extension and the category's target. */
    public void recomputeDue(WorkingCalendar calendar, Deadlines deadlines) {
        if (appealedAt != null) {
            this.dueAt = calendar.dueInCalendarDays(appealedAt, APPEAL_ANSWER_DAYS);
            return;
        }
        int target = category == null ? 0 : category.getTargetValue();
        TargetUnit unit = category == null ? TargetUnit.WORKING_DAYS : category.getTargetUnit();
        this.dueAt = deadlines.due(kind, receivedAt, urgent, extended, target, unit, calendar);
    }

    /** The case is past its due date and still owed an answer. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }

    /** The public lines of the history (status changes, answers, extensions). */
    public List<CaseEvent> publicEvents() {
        return events.stream().filter(CaseEvent::isPublic).toList();
    }

    public void attach(long fileId) {
        attachments.add(fileId);
    }

    private void changeStatus(CaseStatus next, String reason, String actor, Instant now) {
        requireMove(next);
        CaseStatus from = status;
        this.status = next;
        this.statusReason = reason == null ? null : limit2000(reason);
        this.updatedAt = now;
        if (next == CaseStatus.RESOLVED) {
            this.resolvedAt = now;
        }
        if (next == CaseStatus.CLOSED) {
            this.closedAt = now;
        }
        this.retentionFrom = next.isOpen() ? null : now;
        record(now, actor, CaseEvent.Type.STATUS, from, next, reason == null ? null : limit(reason), true);
    }

    private void requireMove(CaseStatus next) {
        if (next == null || !status.mayMoveTo(kind, next)) {
            throw new DomainRuleViolation("requests.rule.transition");
        }
    }

    private void requireNotClosed() {
        if (status == CaseStatus.CLOSED) {
            throw new DomainRuleViolation("requests.rule.closed");
        }
    }

    private static String requireText(String text) {
        String t = caseText(text);
        if (t == null) {
            throw new DomainRuleViolation("requests.rule.textRequired");
        }
        if (t.length() > MAX_TEXT) {
            throw new DomainRuleViolation("requests.rule.textTooLong");
        }
        return t;
    }

    private void record(Instant at, String actor, CaseEvent.Type type, CaseStatus from, CaseStatus to, String text, boolean isPublic) {
        events.add(new CaseEvent(this, events.size(), at, Objects.requireNonNullElse(actor, RESIDENT), type, from, to, text, isPublic));
    }

    private static String limit(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static String limit2000(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /**
     * A text of the case (the resident's, or the reason or notice staff give them) as it is kept: without control
     * characters (other than tabs and line breaks), which no form needs and which would make the Open311 XML
     * malformed for every client, then as {@link Texts#blankToNull} keeps any text.
     */
    private static String caseText(String s) {
        return s == null ? null : Texts.blankToNull(CONTROL.matcher(s).replaceAll(""));
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    public Long getId() {
        return id;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public CaseKind getKind() {
        return kind;
    }

    public CaseChannel getChannel() {
        return channel;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public Department getDepartment() {
        return department;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isExtended() {
        return extended;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Language getLanguage() {
        return language;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDescriptionReviewed() {
        return descriptionReviewed;
    }

    public Location getLocation() {
        return new Location(latitude, longitude, districtId, address);
    }

    public Requester getRequester() {
        return new Requester(requesterName, requesterEmail, requesterPhone, requesterNationalId);
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public UrgencyGround getUrgencyGround() {
        return urgencyGround;
    }

    public Instant getAppealedAt() {
        return appealedAt;
    }

    public Instant getRetentionFrom() {
        return retentionFrom;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public String getLegalHold() {
        return legalHold;
    }

    public String getLegalHoldBy() {
        return legalHoldBy;
    }

    public Instant getLegalHoldAt() {
        return legalHoldAt;
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

    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<Long> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
