package ma.commune.portal.council.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRules;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionVersion;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.MinutesVersion;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.council.entity.RuleWarning;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.council.entity.WarningsToConfirm;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.StoredFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The council secretariat's work on sessions: plan a session, build and reorder its agenda with its
 * documents, publish the agenda (which convenes the session publicly), record attendance and decisions,
 * publish the minutes, and correct published minutes and decisions by new versions with a reason.
 * A rule of the law that is not met comes back as {@link WarningsToConfirm} unless the call confirms it;
 * every change is audited with the warnings that were confirmed, and the public pages follow at commit.
 * Only the secretariat and administrators change sessions (checked here, on the server).
 */
@Stateless
@RolesAllowed({"SECRETARIAT", "ADMIN"})
public class CouncilSessions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    @Inject
    FileStore files;

    @Inject
    CouncilWindow window;

    @Inject
    @ConfigProperty(name = "council.notice.ordinary-days", defaultValue = "10")
    int ordinaryNoticeDays;

    @Inject
    @ConfigProperty(name = "council.notice.extraordinary-days", defaultValue = "3")
    int extraordinaryNoticeDays;

    /** The notice periods this commune applies (MicroProfile Config; defaults from the law's practice). */
    public CouncilRules rules() {
        return new CouncilRules(ordinaryNoticeDays, extraordinaryNoticeDays);
    }

    // ---- reading (back office)

    /**
     * The back office's table. Filters: {@code year}, {@code kind}, {@code state}; sorted by date, newest
     * first unless asked otherwise.
     */
    public List<CouncilSession> search(PageRequest page) {
        QueryConditions where = conditions(page);
        String order = page.sortField() != null && page.ascending() ? " order by s.startsAt asc" : " order by s.startsAt desc";
        return where.bind(em.createQuery("select s from CouncilSession s" + where.where() + order + ", s.id desc", CouncilSession.class))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        QueryConditions where = conditions(page);
        return where.bind(em.createQuery("select count(s) from CouncilSession s" + where.where(), Long.class)).getSingleResult();
    }

    static QueryConditions conditions(PageRequest page) {
        QueryConditions where = new QueryConditions();
        Integer year = page.yearFilter("year");
        if (year != null) {
            where.add("s.startsAt >= :from and s.startsAt < :until",
                    "from", LocalDate.of(year, 1, 1).atStartOfDay(ma.commune.portal.shared.CommuneTime.ZONE).toInstant(),
                    "until", LocalDate.of(year + 1, 1, 1).atStartOfDay(ma.commune.portal.shared.CommuneTime.ZONE).toInstant());
        }
        SessionKind kind = page.filter("kind", SessionKind.class);
        if (kind != null) {
            where.add("s.kind = :kind", "kind", kind);
        }
        SessionState state = page.filter("state", SessionState.class);
        if (state != null) {
            where.add("s.state = :state", "state", state);
        }
        return where;
    }

    /** A session with everything its back-office page shows. */
    public CouncilSession find(long id) {
        CouncilSession session = em.find(CouncilSession.class, id);
        if (session == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return CouncilRecords.loaded(session);
    }

    /** The members in office on the day of the session, for its attendance sheet. */
    public List<CouncilMember> membersInOffice(long sessionId) {
        CouncilSession session = find(sessionId);
        return window.membersInOffice(session.getMandate(), session.getDate());
    }

    // ---- planning and the agenda

    public CouncilSession plan(SessionPlan plan, boolean confirmed) {
        Mandate mandate = window.mandateOn(day(plan.startsAt()))
                .orElseThrow(() -> new DomainRuleViolation("council.rule.sessionOutsideMandate"));
        CouncilSession session = new CouncilSession(mandate, plan.kind(), plan.startsAt(), plan.endsAt(), plan.place(), plan.open());
        List<RuleWarning> warnings = rules().monthOf(plan.kind(), session.getDate()).stream().toList();
        confirm(warnings, confirmed);
        em.persist(session);
        flush();
        audit.record("create", "CouncilSession", session.getId(), null, snapshot(session, warnings));
        return session;
    }

    public CouncilSession reschedule(long id, long version, SessionPlan plan, boolean confirmed) {
        CouncilSession session = editable(id, version);
        Map<String, Object> before = snapshot(session, List.of());
        List<RuleWarning> warnings = session.schedule(plan.kind(), plan.startsAt(), plan.endsAt(), plan.place(), plan.open(), Instant.now());
        confirm(warnings, confirmed);
        return changed(session, "update", before, warnings);
    }

    /** Deletes a session that was never convened (a mistake); a convened one is cancelled instead. */
    public void delete(long id) {
        CouncilSession session = find(id);
        if (session.getState() != SessionState.PLANNED) {
            throw new DomainRuleViolation("council.rule.onlyPlannedDeleted");
        }
        Map<String, Object> before = snapshot(session, List.of());
        em.remove(session);
        audit.record("delete", "CouncilSession", id, before, null);
    }

    public AgendaItem addItem(long sessionId, int number, LocalizedText title, LocalizedText summary) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        AgendaItem item = session.addItem(number, title, summary, Instant.now());
        changed(session, "agenda", before, List.of());
        return item;
    }

    public AgendaItem editItem(long itemId, int number, LocalizedText title, LocalizedText summary) {
        AgendaItem item = item(itemId);
        CouncilSession session = find(item.getSession().getId());
        Map<String, Object> before = snapshot(session, List.of());
        session.editItem(item, number, title, summary, Instant.now());
        changed(session, "agenda", before, List.of());
        return item;
    }

    public void removeItem(long itemId) {
        AgendaItem item = item(itemId);
        CouncilSession session = find(item.getSession().getId());
        Map<String, Object> before = snapshot(session, List.of());
        session.removeItem(item, Instant.now());
        changed(session, "agenda", before, List.of());
    }

    /** Puts the agenda in the given order of item ids, numbered from 1. */
    public CouncilSession reorder(long sessionId, List<Long> itemIds) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        Instant now = Instant.now();
        // Two passes, so that the unique (session, number) key never sees two items under one number.
        session.reorder(itemIds, CouncilSession.RENUMBERING_OFFSET, now);
        flush();
        session.reorder(itemIds, 0, now);
        return changed(session, "agenda", before, List.of());
    }

    /** Attaches a supporting document (a PDF, checked) to an item. */
    public AgendaItem attachDocument(long itemId, String fileName, byte[] pdf, LocalizedText label) {
        AgendaItem item = item(itemId);
        CouncilSession session = find(item.getSession().getId());
        Map<String, Object> before = snapshot(session, List.of());
        StoredFile file = files.storePdf(fileName, pdf);
        session.attachToItem(item, file, label, Instant.now());
        changed(session, "document", before, List.of());
        return item;
    }

    public AgendaItem detachDocument(long itemId, long fileId) {
        AgendaItem item = item(itemId);
        CouncilSession session = find(item.getSession().getId());
        Map<String, Object> before = snapshot(session, List.of());
        session.detachFromItem(item, fileId, Instant.now());
        changed(session, "document", before, List.of());
        return item;
    }

    /** Publishes the agenda: the session is convened and public from now, with today as convocation date. */
    public CouncilSession publishAgenda(long sessionId, boolean confirmed) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        List<RuleWarning> warnings = session.publishAgenda(Instant.now(), rules(), confirmed);
        return changed(session, "publishAgenda", before, warnings);
    }

    public CouncilSession cancel(long sessionId) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        session.cancel(Instant.now());
        return changed(session, "cancel", before, List.of());
    }

    // ---- during and after the session

    /** Records the attendance: each member in office on the day with present, excused or absent. */
    public CouncilSession recordAttendance(long sessionId, Map<Long, Presence> presences) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        Map<CouncilMember, Presence> byMember = new LinkedHashMap<>();
        presences.forEach((memberId, presence) -> {
            CouncilMember member = em.find(CouncilMember.class, memberId);
            if (member == null || presence == null) {
                throw new DomainRuleViolation("council.rule.attendeeNotInOffice");
            }
            byMember.put(member, presence);
        });
        session.recordAttendance(byMember, Instant.now());
        return changed(session, "attendance", before, List.of());
    }

    public AgendaItem recordDecision(long itemId, Decision decision, boolean confirmed) {
        AgendaItem item = item(itemId);
        CouncilSession session = find(item.getSession().getId());
        Map<String, Object> before = snapshot(session, List.of());
        int inOffice = window.membersInOffice(session.getMandate(), session.getDate()).size();
        List<RuleWarning> warnings = session.recordDecision(item, decision, inOffice, rules(), confirmed, Instant.now());
        changed(session, "decision", before, warnings);
        return item;
    }

    /** The PDF of the minutes (checked to be a PDF), before they are published. */
    public CouncilSession attachMinutes(long sessionId, String fileName, byte[] pdf) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        StoredFile file = files.storePdf(fileName, pdf);
        session.attachMinutes(file, Instant.now());
        return changed(session, "minutes", before, List.of());
    }

    /** Publishes the minutes and the decisions (their first version): the session is concluded. */
    public MinutesVersion publishMinutes(long sessionId, boolean confirmed) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        MinutesVersion minutes = session.publishMinutes(Instant.now(), caller(), confirmed);
        changed(session, "publishMinutes", before, confirmed && session.getStartsAt().isAfter(Instant.now())
                ? List.of(new RuleWarning("council.warning.minutesBeforeSession")) : List.of());
        return minutes;
    }

    /** A corrected PDF of published minutes, as a new version with its reason. */
    public MinutesVersion correctMinutes(long sessionId, String fileName, byte[] pdf, String reason) {
        CouncilSession session = find(sessionId);
        Map<String, Object> before = snapshot(session, List.of());
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("council.rule.correctionReasonRequired");
        }
        StoredFile file = files.storePdf(fileName, pdf);
        MinutesVersion version = session.correctMinutes(file, reason, Instant.now(), caller());
        changed(session, "correctMinutes", before, List.of());
        return version;
    }

    /** A corrected published decision, as a new version with its reason. */
    public DecisionVersion correctDecision(long itemId, Decision decision, String reason) {
        AgendaItem item = item(itemId);
        CouncilSession session = find(item.getSession().getId());
        Map<String, Object> before = snapshot(session, List.of());
        int inOffice = window.membersInOffice(session.getMandate(), session.getDate()).size();
        DecisionVersion version = session.correctDecision(item, decision, reason, inOffice, Instant.now(), caller());
        changed(session, "correctDecision", before, List.of());
        return version;
    }

    // ---- plumbing

    private AgendaItem item(long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return item;
    }

    private CouncilSession editable(long id, long version) {
        CouncilSession session = find(id);
        if (session.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        return session;
    }

    private CouncilSession changed(CouncilSession session, String action, Map<String, Object> before, List<RuleWarning> warnings) {
        flush();
        audit.record(action, "CouncilSession", session.getId(), before, snapshot(session, warnings));
        if (session.isPublic()) {
            publication.published(window.searchDocument(session));
        }
        return session;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
    }

    private static void confirm(List<RuleWarning> warnings, boolean confirmed) {
        if (!warnings.isEmpty() && !confirmed) {
            throw new WarningsToConfirm(warnings);
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDate day(Instant instant) {
        if (instant == null) {
            throw new DomainRuleViolation("council.rule.sessionDateRequired");
        }
        return instant.atZone(ma.commune.portal.shared.CommuneTime.ZONE).toLocalDate();
    }

    /** What the audit log keeps of a session: its state, schedule, agenda, decisions, minutes, and the warnings confirmed. */
    static Map<String, Object> snapshot(CouncilSession s, List<RuleWarning> confirmedWarnings) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", s.getKind());
        map.put("state", s.getState());
        map.put("startsAt", s.getStartsAt());
        map.put("endsAt", s.getEndsAt());
        map.put("placeAr", s.getPlace().getAr());
        map.put("placeFr", s.getPlace().getFr());
        map.put("public", s.isPublicSession());
        map.put("convocationDate", s.getConvocationDate());
        List<String> items = new ArrayList<>();
        for (AgendaItem item : s.getItems()) {
            Decision d = item.getDraft();
            items.add(item.getNumber() + ". " + item.getTitle().getFr() + " | " + item.getDocuments().size() + " doc"
                    + (d.isRecorded() ? " | " + d.getOutcome() + " " + d.getVotesFor() + "/" + d.getVotesAgainst() + "/" + d.getAbstentions() : "")
                    + (item.getDecisions().isEmpty() ? "" : " | v" + item.getDecisions().size()));
        }
        map.put("items", items);
        map.put("present", s.present());
        map.put("attendance", s.getAttendance().size());
        map.put("minutesVersions", s.getMinutes().size());
        if (!confirmedWarnings.isEmpty()) {
            map.put("confirmedWarnings", confirmedWarnings.stream().map(w -> w.code() + w.args()).toList());
        }
        return map;
    }
}
