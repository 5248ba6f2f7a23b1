package ma.commune.portal.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.CommuneBoundary;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.RefusalGround;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.RequestSettings;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.requests.entity.UrgencyGround;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.Outbox;
import ma.commune.portal.shared.entity.OutboxChannel;

/**
 * The case engine: residents submit and track their cases; staff register the cases that come by phone,
 * at the counter or by letter, and handle them. The rules of a case are the case's ({@link CitizenCase});
 * this service decides who may act on which case, on the server: an agent on the cases of their own
 * department, an information officer on information requests, an administrator on all. Every change is
 * audited (personal fields named, never their values) and the requester is told through the outbox, in
 * the language they used.
 */
@Stateless
@DeclareRoles({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
public class CaseEngine {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int RECOMPUTE_CHUNK = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @EJB
    FileStore files;

    @jakarta.inject.Inject
    CaseLinks links;

    @Resource
    SessionContext context;

    /** The receipt handed to whoever submitted or registered a case. */
    public record Receipt(String trackingCode, CaseKind kind, Instant receivedAt, Instant dueAt) implements java.io.Serializable {
    }

    /** At most this many files with a resident's case. */
    public static final int MAX_ATTACHMENTS = 3;

    /** A file a resident attaches to the case they submit: a photo (JPEG, PNG) or a PDF, by its bytes. */
    public record Attachment(String fileName, byte[] bytes) implements java.io.Serializable {
    }

    /** A resident submits a case themselves, on the web or through the API. */
    @PermitAll
    public Receipt submit(CaseForm form) {
        return submit(form, List.of());
    }

    /**
     * A resident submits a case with its attachments, in one transaction: a case refused for any reason
     * (a missing field, a point outside the commune, a file that is not a photo or a PDF, an invalid
     * address) leaves nothing behind, no case, no file, no message.
     */
    @PermitAll
    public Receipt submit(CaseForm form, List<Attachment> attachments) {
        return submit(form, null, attachments);
    }

    /**
     * The same, for an urgent information request with its ground (life, safety, liberty), which the
     * requester must give when they ask for the urgent delay.
     */
    @PermitAll
    public Receipt submit(CaseForm form, UrgencyGround urgency, List<Attachment> attachments) {
        if (form == null || form.channel() == null || !form.channel().isSelfService()) {
            throw new DomainRuleViolation("requests.rule.selfServiceChannel");
        }
        List<Attachment> given = attachments == null ? List.of()
                : attachments.stream().filter(a -> a != null && a.bytes() != null && a.bytes().length > 0).toList();
        if (given.size() > MAX_ATTACHMENTS) {
            throw new DomainRuleViolation("requests.rule.tooManyAttachments");
        }
        if (form.urgent() && form.kind() == CaseKind.INFORMATION && urgency == null) {
            throw new DomainRuleViolation("requests.rule.urgencyGroundRequired");
        }
        Instant now = Instant.now();
        Receipt receipt = open(form, now, now, CitizenCase.RESIDENT);
        if (urgency != null && form.urgent()) {
            byCode(receipt.trackingCode()).orElseThrow().urgentBecause(urgency);
        }
        if (!given.isEmpty()) {
            CitizenCase c = byCode(receipt.trackingCode()).orElseThrow();
            for (Attachment a : given) {
                c.attach(files.storeResidentAttachment(a.fileName(), a.bytes()).getId());
            }
            em.flush();
            audit.record("attach", "CitizenCase", c.getTrackingCode(), null, Map.of("attachments", given.size()));
        }
        return receipt;
    }

    /** Staff register a case that came by phone, at the counter or by letter, with the day it came. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public Receipt register(CaseForm form) {
        if (form == null || form.channel() == null || form.channel().isSelfService()) {
            throw new DomainRuleViolation("requests.rule.registeredChannel");
        }
        Instant now = Instant.now();
        Instant received = form.receivedAt() == null ? now : form.receivedAt();
        return open(form, received, now, caller());
    }

    private Receipt open(CaseForm form, Instant receivedAt, Instant now, String registeredBy) {
        if (form.kind() == null) {
            throw new DomainRuleViolation("requests.rule.required");
        }
        RequestCategory category = null;
        if (form.kind() == CaseKind.REPORT) {
            category = form.categoryCode() == null ? null : em.createQuery(
                            "select c from RequestCategory c where c.code = :code and c.active = true", RequestCategory.class)
                    .setParameter("code", form.categoryCode()).getResultStream().findFirst().orElse(null);
            if (category == null) {
                throw new DomainRuleViolation("requests.rule.categoryRequired");
            }
        }
        requireInsideCommune(form.location());
        CitizenCase.Requester requester = checkedContact(form.requester());
        Department department = routeOf(form.kind(), category);
        CitizenCase c = CitizenCase.open(newTrackingCode(), form.kind(), form.channel(), category, department, receivedAt,
                form.urgent(), form.language(), form.description(), requester, form.location(), form.consent(),
                registeredBy, now, calendar(), deadlines());
        em.persist(c);
        em.flush();
        Map<String, Object> after = snapshot(c);
        after.put("channel", c.getChannel().name());
        after.put("personalData", personalFields(c.getRequester()));
        audit.record("create", "CitizenCase", c.getTrackingCode(), null, after);
        tell(c, CaseLetters.acknowledgement(c, due(c)));
        return new Receipt(c.getTrackingCode(), c.getKind(), c.getReceivedAt(), c.getDueAt());
    }

    /**
     * A case is about the commune's territory, whatever its channel: a point outside the boundary of the
     * commune profile (when one is set) is refused, and a district must be one of the commune's.
     */
    private void requireInsideCommune(CitizenCase.Location location) {
        if (location == null) {
            return;
        }
        if (location.latitude() != null && location.longitude() != null) {
            CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
            Optional<CommuneBoundary> boundary = CommuneBoundary.parse(profile == null ? null : profile.getBoundary());
            if (boundary.isPresent() && !boundary.get().contains(location.latitude(), location.longitude())) {
                throw new DomainRuleViolation("requests.rule.outsideCommune");
            }
        }
        if (location.districtId() != null && em.find(District.class, location.districtId()) == null) {
            throw new DomainRuleViolation("requests.rule.unknownDistrict");
        }
    }

    /** The requester's email and phone as the outbox will use them; an unusable one is refused now, not on sending. */
    private static CitizenCase.Requester checkedContact(CitizenCase.Requester r) {
        if (r == null) {
            return null;
        }
        String email = r.email() == null ? null : OutboxChannel.EMAIL.normalise(r.email());
        String phone = r.phone() == null ? null : OutboxChannel.SMS.normalise(r.phone());
        return new CitizenCase.Requester(r.name(), email, phone, r.nationalId());
    }

    /**
     * Where a new case goes: a report to its category's department; an information request, a complaint or
     * a suggestion to the department the settings name (the information officer's, the general directorate).
     */
    private Department routeOf(CaseKind kind, RequestCategory category) {
        return kind == CaseKind.REPORT ? category.getDepartment() : department(settings().departmentCodeFor(kind));
    }

    /** The Allo Citizen categories residents choose from, in their order. */
    @PermitAll
    public List<RequestCategory> categories() {
        return em.createQuery("select c from RequestCategory c where c.active = true order by c.position, c.id", RequestCategory.class)
                .getResultList();
    }

    /** An active category by its code. */
    @PermitAll
    public Optional<RequestCategory> category(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        return em.createQuery("select c from RequestCategory c where c.code = :code and c.active = true", RequestCategory.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The commune's territory and map centre, for the residents' map (public data). */
    @PermitAll
    public CommuneProfile communeMap() {
        return em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
    }

    /**
     * What anyone holding a tracking code may see of the case; nothing when the code is wrong, mistyped
     * or unknown alike (so that a wrong code tells nothing about others).
     */
    @PermitAll
    public Optional<PublicCaseView> track(String typedCode) {
        if (typedCode == null || typedCode.isBlank() || typedCode.length() > 40) {
            return Optional.empty();
        }
        return TrackingCode.normalise(prefix(), typedCode).flatMap(this::byCode).map(CaseEngine::publicView);
    }

    private static PublicCaseView publicView(CitizenCase c) {
        List<PublicCaseView.Line> lines = c.publicEvents().stream()
                .map(e -> new PublicCaseView.Line(e.getAt(), e.getType(), e.getToStatus(), e.getText())).toList();
        return new PublicCaseView(c.getTrackingCode(), c.getKind(), c.getStatus(),
                c.getCategory() == null ? null : c.getCategory().getName(), c.getDepartment().getName(), c.getReceivedAt(),
                c.getDueAt(), c.isExtended(), c.getRefusalGround(), publicDescription(c),
                lines);
    }

    /**
     * The resident's description as the tracking page shows it: once reviewed, and never for a sensitive
     * category (health, a death: issue 12, finding 5), whose holder of the code sees the status and the
     * answers, which they need, and nothing that would tell another reader about the person.
     */
    private static String publicDescription(CitizenCase c) {
        boolean sensitive = c.getCategory() != null && c.getCategory().isSensitive();
        return c.isDescriptionReviewed() && !sensitive ? c.getDescription() : null;
    }

    /** The whole case, personal data included, for the staff who handle it. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public CitizenCase caseFile(String trackingCode) {
        CitizenCase c = handled(trackingCode);
        c.getEvents().size();
        c.getAttachments().size();
        c.getDepartment().getCode();
        if (c.getCategory() != null) {
            c.getCategory().getCode();
        }
        return c;
    }

    /** An agent takes the case: it is now theirs to handle. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void take(String trackingCode) {
        CitizenCase c = handled(trackingCode);
        Map<String, Object> before = snapshot(c);
        c.take(caller(), Instant.now());
        audit.record("take", "CitizenCase", c.getTrackingCode(), before, snapshot(c));
    }

    /** Moves the case along its statuses (a rejection with its reason); the requester is told. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void move(String trackingCode, CaseStatus next, String reason) {
        CitizenCase c = handled(trackingCode);
        Map<String, Object> before = snapshot(c);
        c.move(next, reason, caller(), Instant.now());
        audit.record("move", "CitizenCase", c.getTrackingCode(), before, snapshot(c));
        tell(c, CaseLetters.statusChanged(c, c.getStatusReason()));
    }

    /** A public answer: on the tracking page, and sent to the requester. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void answer(String trackingCode, String publicText) {
        CitizenCase c = handled(trackingCode);
        c.answer(publicText, caller(), Instant.now());
        audit.record("answer", "CitizenCase", c.getTrackingCode(), null, Map.of("publicAnswer", "added"));
        tell(c, CaseLetters.answer(c, publicText.strip()));
    }

    /** An internal note, for staff only. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void note(String trackingCode, String internalText) {
        CitizenCase c = handled(trackingCode);
        c.note(internalText, caller(), Instant.now());
        audit.record("note", "CitizenCase", c.getTrackingCode(), null, Map.of("internalNote", "added"));
    }

    /** Sends the case to another department, with the reason (internal). */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void reassign(String trackingCode, String departmentCode, String reason) {
        CitizenCase c = handled(trackingCode);
        Map<String, Object> before = snapshot(c);
        c.reassign(department(departmentCode), reason, caller(), Instant.now());
        audit.record("reassign", "CitizenCase", c.getTrackingCode(), before, snapshot(c));
    }

    /** Extends an information request, once, with the reasoned notice sent to the requester. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void extend(String trackingCode, String notice) {
        CitizenCase c = handled(trackingCode);
        Map<String, Object> before = snapshot(c);
        c.extend(notice, caller(), Instant.now(), calendar(), deadlines());
        audit.record("extend", "CitizenCase", c.getTrackingCode(), before, snapshot(c));
        tell(c, CaseLetters.extension(c, c.getStatusReason(), due(c)));
    }

    /** Refuses an information request on a legal ground of article 7, explained to the requester. */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void refuse(String trackingCode, RefusalGround ground, String text) {
        CitizenCase c = handled(trackingCode);
        Map<String, Object> before = snapshot(c);
        c.refuse(ground, text, caller(), Instant.now());
        Map<String, Object> after = snapshot(c);
        after.put("refusalGround", ground.name());
        audit.record("refuse", "CitizenCase", c.getTrackingCode(), before, after);
        tell(c, CaseLetters.refusal(c, ground, c.getStatusReason()));
    }

    /**
     * An agent reviewed the resident's own words, the description and the free-text address: they may be
     * public now (never for a sensitive category).
     */
    @RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
    public void reviewDescription(String trackingCode) {
        CitizenCase c = handled(trackingCode);
        c.reviewDescription(caller(), Instant.now());
        audit.record("reviewDescription", "CitizenCase", c.getTrackingCode(), null, Map.of("descriptionReviewed", true));
    }

    /**
     * The resident reopens a resolved case within 15 days of its resolution, holding its tracking code
     * and giving the email or phone of the request ({@link #requesters}).
     */
    @PermitAll
    public void reopen(String typedCode, String contact, String text) {
        CitizenCase c = requesters(typedCode, contact);
        Map<String, Object> before = snapshot(c);
        c.reopen(text, Instant.now());
        audit.record("reopen", "CitizenCase", c.getTrackingCode(), before, snapshot(c));
        tell(c, CaseLetters.statusChanged(c, null));
    }

    /**
     * The requester of an information request complains to the head of the commune (law 31.13, article
     * 19), holding its tracking code and giving the request's email or phone: within 20 working days of
     * the answer or of the deadline passing (the case decides); the requester is told.
     */
    @PermitAll
    public void appeal(String typedCode, String contact, String text) {
        CitizenCase c = requesters(typedCode, contact);
        Map<String, Object> before = snapshot(c);
        c.appeal(text, Instant.now(), calendar(), deadlines());
        audit.record("appeal", "CitizenCase", c.getTrackingCode(), before, snapshot(c));
        tell(c, CaseLetters.appealReceived(c, due(c)));
    }

    /**
     * The requester's own case: the code and the email or phone they gave must go together. A wrong
     * code, an unknown one and a contact that is not the requester's get the same refusal, so that a
     * listed code (Open311 publishes them) lets no one act in the requester's place, and nothing tells
     * which of the two was wrong.
     */
    private CitizenCase requesters(String typedCode, String contact) {
        return Optional.ofNullable(typedCode).flatMap(code -> TrackingCode.normalise(prefix(), code)).flatMap(this::byCode)
                .filter(c -> c.getRequester().isContact(contact))
                .orElseThrow(() -> new DomainRuleViolation("requests.rule.codeOrContact"));
    }

    /**
     * The due dates of the open cases again, after the holidays or a category's target changed. Runs by
     * chunks of ids, never loading every case at once. Returns how many due dates moved.
     */
    @RolesAllowed("ADMIN")
    public int recomputeOpenDueDates() {
        WorkingCalendar calendar = calendar();
        Deadlines deadlines = deadlines();
        List<CaseStatus> open = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
        int moved = 0;
        long after = 0;
        while (true) {
            List<CitizenCase> chunk = em.createQuery("select c from CitizenCase c where c.status in :open and c.id > :after"
                            + " order by c.id", CitizenCase.class)
                    .setParameter("open", open).setParameter("after", after).setMaxResults(RECOMPUTE_CHUNK).getResultList();
            if (chunk.isEmpty()) {
                break;
            }
            for (CitizenCase c : chunk) {
                Instant before = c.getDueAt();
                c.recomputeDue(calendar, deadlines);
                if (!before.equals(c.getDueAt())) {
                    moved++;
                }
                after = c.getId();
            }
            em.flush();
        }
        audit.record("recomputeDueDates", "CitizenCase", null, null, Map.of("moved", moved));
        return moved;
    }

    /** The case, if the caller may handle it: an agent of its department, an information officer for information requests, an admin. */
    private CitizenCase handled(String trackingCode) {
        CitizenCase c = Optional.ofNullable(trackingCode).flatMap(code -> TrackingCode.normalise(prefix(), code)).flatMap(this::byCode)
                .orElseThrow(() -> new DomainRuleViolation("requests.rule.unknownCode"));
        if (context.isCallerInRole("ADMIN")) {
            return c;
        }
        if (c.getKind() == CaseKind.INFORMATION && context.isCallerInRole("INFORMATION_OFFICER")) {
            return c;
        }
        if (context.isCallerInRole("AGENT")) {
            Department own = callerDepartment();
            if (own != null && own.getId().equals(c.getDepartment().getId())) {
                return c;
            }
        }
        throw new EJBAccessException("not a case of the caller's department");
    }

    private Department callerDepartment() {
        return em.createQuery("select a from Account a where a.username = :name and a.active = true", Account.class)
                .setParameter("name", caller()).getResultStream().findFirst().map(Account::getDepartment).orElse(null);
    }

    private Optional<CitizenCase> byCode(String code) {
        return em.createQuery("select c from CitizenCase c where c.trackingCode = :code", CitizenCase.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private String newTrackingCode() {
        String prefix = prefix();
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = TrackingCode.generate(prefix);
            if (byCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 5 attempts");
    }

    private String prefix() {
        CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
        return profile == null || profile.getCode() == null ? "BG" : profile.getCode();
    }

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new DomainRuleViolation("requests.rule.unknownDepartment"));
    }

    /** The working calendar of the years around now, from the holidays in the database. */
    WorkingCalendar calendar() {
        int year = LocalDateTime.now(CommuneTime.ZONE).getYear();
        List<PublicHoliday> holidays = em.createQuery("select h from PublicHoliday h", PublicHoliday.class).getResultList();
        return WorkingCalendar.of(holidays, year - 2, year + 2);
    }

    /** The legal clocks as the administrators set them (request_settings). */
    Deadlines deadlines() {
        return settings().deadlines();
    }

    private RequestSettings settings() {
        RequestSettings settings = em.find(RequestSettings.class, RequestSettings.THE_SETTINGS);
        if (settings == null) {
            throw new IllegalStateException("request_settings has no row: the schema migration V16 did not run");
        }
        return settings;
    }

    /** Every letter says where to follow the case: the tracking page with its code. */
    private void tell(CitizenCase c, CaseLetters.Letter letter) {
        CitizenCase.Requester requester = c.getRequester();
        String track = links.trackingPage(c.getTrackingCode());
        if (requester.email() != null) {
            outbox.enqueue(OutboxChannel.EMAIL, requester.email(), c.getLanguage(), letter.subject(),
                    letter.body() + CaseLetters.whereToTrack(c.getLanguage(), track), c.getTrackingCode());
        } else if (requester.phone() != null) {
            outbox.enqueue(OutboxChannel.SMS, requester.phone(), c.getLanguage(), letter.subject(), letter.subject() + " " + track,
                    c.getTrackingCode());
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String due(CitizenCase c) {
        return DUE.format(c.getDueAt().atZone(CommuneTime.ZONE));
    }

    private static Map<String, Object> snapshot(CitizenCase c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", c.getStatus().name());
        s.put("department", c.getDepartment().getCode());
        s.put("dueAt", c.getDueAt().toString());
        s.put("extended", c.isExtended());
        s.put("assignee", c.getAssignee());
        return s;
    }

    /** The personal fields a case holds, by name only (never their values). */
    private static List<String> personalFields(CitizenCase.Requester r) {
        List<String> fields = new ArrayList<>();
        if (r.name() != null) {
            fields.add("requesterName");
        }
        if (r.email() != null) {
            fields.add("requesterEmail");
        }
        if (r.phone() != null) {
            fields.add("requesterPhone");
        }
        if (r.nationalId() != null) {
            fields.add("requesterNationalId");
        }
        return fields;
    }
}
