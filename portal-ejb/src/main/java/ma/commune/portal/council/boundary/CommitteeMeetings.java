package ma.commune.portal.council.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;

/**
 * The secretariat's work on committee meetings: plan, announce (public from then on), cancel, record
 * attendance, attach the report, and link the session items the meeting prepared. Audited; the public
 * pages and the calendar follow at commit.
 */
@Stateless
@RolesAllowed({"SECRETARIAT", "ADMIN"})
public class CommitteeMeetings {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    @Inject
    FileStore files;

    /** The back office's table, newest first. Filter: {@code committee} (id). */
    public List<CommitteeMeeting> search(PageRequest page) {
        Long committee = committeeFilter(page);
        return em.createQuery("select m from CommitteeMeeting m where (:committee is null or m.committee.id = :committee)"
                        + " order by m.startsAt desc, m.id desc", CommitteeMeeting.class)
                .setParameter("committee", committee).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        return em.createQuery("select count(m) from CommitteeMeeting m where (:committee is null or m.committee.id = :committee)",
                Long.class).setParameter("committee", committeeFilter(page)).getSingleResult();
    }

    private static Long committeeFilter(PageRequest page) {
        try {
            return page.filter("committee") == null ? null : Long.valueOf(page.filter("committee"));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    public CommitteeMeeting find(long id) {
        return CouncilRecords.loaded(meeting(id));
    }

    /** Plans a meeting ({@code id} null) or changes its date, place and agenda. */
    public CommitteeMeeting save(Long id, long committeeId, SessionPlan plan, LocalizedText agenda) {
        Committee committee = em.find(Committee.class, committeeId);
        if (committee == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        CommitteeMeeting meeting;
        Map<String, Object> before = null;
        if (id == null) {
            meeting = new CommitteeMeeting(committee, plan.startsAt(), plan.endsAt(), plan.place(), plan.open(), agenda);
            em.persist(meeting);
        } else {
            meeting = meeting(id);
            before = snapshot(meeting);
            meeting.schedule(plan.startsAt(), plan.endsAt(), plan.place(), plan.open(), agenda, Instant.now());
        }
        return changed(meeting, id == null ? "create" : "update", before);
    }

    public CommitteeMeeting announce(long id) {
        CommitteeMeeting meeting = meeting(id);
        Map<String, Object> before = snapshot(meeting);
        meeting.announce(Instant.now());
        return changed(meeting, "announce", before);
    }

    public CommitteeMeeting cancel(long id) {
        CommitteeMeeting meeting = meeting(id);
        Map<String, Object> before = snapshot(meeting);
        meeting.cancel(Instant.now());
        return changed(meeting, "cancel", before);
    }

    public CommitteeMeeting recordAttendance(long id, Map<Long, Presence> presences) {
        CommitteeMeeting meeting = meeting(id);
        Map<String, Object> before = snapshot(meeting);
        Map<CouncilMember, Presence> byMember = new LinkedHashMap<>();
        presences.forEach((memberId, presence) -> {
            CouncilMember member = em.find(CouncilMember.class, memberId);
            if (member == null || presence == null) {
                throw new DomainRuleViolation("council.rule.attendeeNotInCommittee");
            }
            byMember.put(member, presence);
        });
        meeting.recordAttendance(byMember, Instant.now());
        return changed(meeting, "attendance", before);
    }

    /** The committee's report (a PDF, checked). */
    public CommitteeMeeting attachReport(long id, String fileName, byte[] pdf) {
        CommitteeMeeting meeting = meeting(id);
        Map<String, Object> before = snapshot(meeting);
        meeting.attachReport(files.storePdf(fileName, pdf), Instant.now());
        return changed(meeting, "report", before);
    }

    /** The session items the meeting prepared. */
    public CommitteeMeeting prepares(long id, List<Long> itemIds) {
        CommitteeMeeting meeting = meeting(id);
        Map<String, Object> before = snapshot(meeting);
        List<AgendaItem> items = itemIds.stream().map(itemId -> {
            AgendaItem item = em.find(AgendaItem.class, itemId);
            if (item == null) {
                throw new DomainRuleViolation("error.notFound");
            }
            return item;
        }).toList();
        meeting.prepares(items, Instant.now());
        return changed(meeting, "prepares", before);
    }

    private CommitteeMeeting meeting(long id) {
        CommitteeMeeting meeting = em.find(CommitteeMeeting.class, id);
        if (meeting == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return meeting;
    }

    private CommitteeMeeting changed(CommitteeMeeting meeting, String action, Map<String, Object> before) {
        em.flush();
        audit.record(action, "CommitteeMeeting", meeting.getId(), before, snapshot(meeting));
        if (meeting.isPublic()) {
            publication.changed();
        }
        return meeting;
    }

    private static Map<String, Object> snapshot(CommitteeMeeting m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("committee", m.getCommittee().getId());
        map.put("state", m.getState());
        map.put("startsAt", m.getStartsAt());
        map.put("placeFr", m.getPlace().getFr());
        map.put("public", m.isPublicMeeting());
        map.put("agendaFr", m.getAgenda().getFr());
        map.put("report", m.getReport() == null ? null : m.getReport().getId());
        map.put("attendance", m.getAttendance().size());
        map.put("items", m.getPreparedItems().stream().map(AgendaItem::getId).toList());
        return map;
    }
}
