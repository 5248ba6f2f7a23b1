package ma.commune.portal.council.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeRole;
import ma.commune.portal.council.entity.CommitteeSeat;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.ProgrammeAction;
import ma.commune.portal.council.entity.ProgrammeAxis;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * Who the council is, kept by the secretariat: mandates, members with their office, party, photo and
 * term; committees with their remit and seats; the action programme (axes, actions, yearly progress).
 * Each change is audited and the public pages follow at commit.
 */
@Stateless
@RolesAllowed({"SECRETARIAT", "ADMIN"})
public class CouncilDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    @Inject
    FileStore files;

    public Mandate createMandate(String name, LocalDate start, LocalDate end, int seats) {
        Mandate mandate = new Mandate(name, start, end, seats);
        em.persist(mandate);
        em.flush();
        audit.record("create", "Mandate", mandate.getId(), null, Map.of("name", name, "start", start, "end", end, "seats", seats));
        publication.changed();
        return mandate;
    }

    /** Adds or edits a member ({@code id} null to add). */
    public CouncilMember saveMember(Long id, long mandateId, LocalizedText name, LocalizedText party, CouncilRole role, int rank,
                                    LocalDate inOfficeFrom, LocalDate inOfficeUntil) {
        Mandate mandate = find(Mandate.class, mandateId);
        CouncilMember member = id == null ? new CouncilMember(mandate, name, role, inOfficeFrom) : find(CouncilMember.class, id);
        Map<String, Object> before = id == null ? null : snapshot(member);
        member.setName(name);
        member.setParty(party);
        member.setOffice(role, rank);
        member.setTerm(inOfficeFrom, inOfficeUntil);
        if (!mandate.covers(inOfficeFrom)) {
            throw new DomainRuleViolation("council.rule.memberTerm");
        }
        member.edited(Instant.now());
        if (id == null) {
            em.persist(member);
        }
        em.flush();
        audit.record(id == null ? "create" : "update", "CouncilMember", member.getId(), before, snapshot(member));
        publication.changed();
        return member;
    }

    /** A member's photo (JPEG or PNG, re-encoded so that it carries no metadata). */
    public CouncilMember photo(long memberId, String fileName, byte[] image) {
        CouncilMember member = find(CouncilMember.class, memberId);
        Map<String, Object> before = snapshot(member);
        member.setPhoto(files.storeImage(fileName, image));
        member.edited(Instant.now());
        em.flush();
        audit.record("photo", "CouncilMember", memberId, before, snapshot(member));
        publication.changed();
        return member;
    }

    /** Adds or edits a committee ({@code id} null to add). */
    public Committee saveCommittee(Long id, long mandateId, LocalizedText name, LocalizedText remit, boolean permanent, int position) {
        Mandate mandate = find(Mandate.class, mandateId);
        Committee committee = id == null ? new Committee(mandate, name, remit, permanent, position) : find(Committee.class, id);
        Map<String, Object> before = id == null ? null : snapshot(committee);
        committee.setName(name);
        committee.setRemit(remit);
        committee.setPermanent(permanent);
        committee.setPosition(position);
        committee.edited(Instant.now());
        if (id == null) {
            em.persist(committee);
        }
        em.flush();
        audit.record(id == null ? "create" : "update", "Committee", committee.getId(), before, snapshot(committee));
        publication.changed();
        return committee;
    }

    public CommitteeSeat seat(long committeeId, long memberId, CommitteeRole role, LocalDate from) {
        Committee committee = find(Committee.class, committeeId);
        CouncilMember member = find(CouncilMember.class, memberId);
        if (!member.getMandate().getId().equals(committee.getMandate().getId())) {
            throw new DomainRuleViolation("council.rule.attendeeNotInOffice");
        }
        Map<String, Object> before = snapshot(committee);
        CommitteeSeat seat = committee.seat(member, role, from, Instant.now());
        committee.edited(Instant.now());
        em.flush();
        audit.record("seat", "Committee", committeeId, before, snapshot(committee));
        publication.changed();
        return seat;
    }

    public void unseat(long seatId, LocalDate lastDay) {
        CommitteeSeat seat = find(CommitteeSeat.class, seatId);
        Map<String, Object> before = snapshot(seat.getCommittee());
        seat.end(lastDay, Instant.now());
        seat.getCommittee().edited(Instant.now());
        em.flush();
        audit.record("unseat", "Committee", seat.getCommittee().getId(), before, snapshot(seat.getCommittee()));
        publication.changed();
    }

    // ---- the action programme

    public ProgrammeAxis addAxis(long mandateId, LocalizedText title) {
        Mandate mandate = find(Mandate.class, mandateId);
        long axes = em.createQuery("select count(a) from ProgrammeAxis a where a.mandate = :mandate", Long.class)
                .setParameter("mandate", mandate).getSingleResult();
        if (title == null || !title.isComplete()) {
            throw new DomainRuleViolation("council.rule.titleInBothLanguages");
        }
        ProgrammeAxis axis = new ProgrammeAxis(mandate, (int) axes + 1, title);
        em.persist(axis);
        em.flush();
        audit.record("create", "ProgrammeAxis", axis.getId(), null, Map.of("title", title.getFr()));
        publication.changed();
        return axis;
    }

    public ProgrammeAction addAction(long axisId, LocalizedText title, BigDecimal budget, LocalizedText responsible, Long projectId) {
        ProgrammeAxis axis = find(ProgrammeAxis.class, axisId);
        if (title == null || !title.isComplete()) {
            throw new DomainRuleViolation("council.rule.titleInBothLanguages");
        }
        ProgrammeAction action = axis.addAction(title, budget, responsible);
        action.setProject(projectId == null ? null : find(Project.class, projectId));
        em.flush();
        audit.record("create", "ProgrammeAction", action.getId(), null, actionSnapshot(action));
        publication.changed();
        return action;
    }

    public ProgrammeAction progress(long actionId, int year, int percent) {
        ProgrammeAction action = find(ProgrammeAction.class, actionId);
        Map<String, Object> before = actionSnapshot(action);
        action.progressIn(year, percent);
        em.flush();
        audit.record("progress", "ProgrammeAction", actionId, before, actionSnapshot(action));
        publication.changed();
        return action;
    }

    private <T> T find(Class<T> type, Object id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return found;
    }

    private static Map<String, Object> snapshot(CouncilMember m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nameAr", m.getName().getAr());
        map.put("nameFr", m.getName().getFr());
        map.put("partyFr", m.getParty().getFr());
        map.put("role", m.getRole());
        map.put("rank", m.getRank());
        map.put("from", m.getInOfficeFrom());
        map.put("until", m.getInOfficeUntil());
        map.put("photo", m.getPhoto() == null ? null : m.getPhoto().getId());
        return map;
    }

    private static Map<String, Object> snapshot(Committee c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nameAr", c.getName().getAr());
        map.put("nameFr", c.getName().getFr());
        map.put("permanent", c.isPermanent());
        map.put("seats", c.getSeats().stream().map(s -> s.getMember().getId() + ":" + s.getRole() + ":" + s.getStartDate()
                + (s.getEndDate() == null ? "" : "-" + s.getEndDate())).toList());
        return map;
    }

    private static Map<String, Object> actionSnapshot(ProgrammeAction a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("titleFr", a.getTitle().getFr());
        map.put("budget", a.getBudget());
        map.put("project", a.getProject() == null ? null : a.getProject().getId());
        map.put("progress", a.getProgress().stream().map(p -> p.getYear() + ":" + p.getPercent()).toList());
        return map;
    }
}
