package ma.commune.portal.requests.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.boundary.Outbox;
import ma.commune.portal.shared.control.Leases;
import ma.commune.portal.shared.entity.OutboxChannel;

/**
 * Writes the department heads' morning emails into the outbox and marks the day done, in one transaction:
 * the emails exist if and only if the day counts as sent. Staff accounts have no language of their own,
 * so the email is in Arabic then French. It names cases by tracking code, kind, category, status and due
 * date only: no requester's data leaves the back office by email.
 */
@Stateless
public class DigestLetters {

    /** More than that in one email is no longer read: the rest is counted, and the inbox has them all. */
    static final int MAX_LINES = 100;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    Leases leases;

    @EJB
    CommuneCalendar calendars;

    /** Queues the emails of {@code day} as things stand at {@code now}; the number queued. */
    public int send(LocalDate day, Instant now, String leaseKey, String holder) {
        Instant soon = CommuneCalendar.dueSoonLimit(calendars.around(now), now);
        List<Account> heads = em.createQuery("select a from Account a join fetch a.department where a.departmentHead = true"
                + " and a.active = true and a.email is not null order by a.department.code, a.id", Account.class).getResultList();
        Map<Long, List<CitizenCase>> byDepartment = new LinkedHashMap<>();
        int queued = 0;
        for (Account head : heads) {
            Department department = head.getDepartment();
            List<CitizenCase> cases = byDepartment.computeIfAbsent(department.getId(), id -> em.createQuery(
                            "select c from CitizenCase c left join fetch c.category where c.department.id = :department"
                                    + " and c.status in :open and c.dueAt <= :soon order by c.dueAt, c.id", CitizenCase.class)
                    .setParameter("department", id).setParameter("open", OPEN).setParameter("soon", soon)
                    .setMaxResults(MAX_LINES + 1).getResultList());
            if (cases.isEmpty() || head.getEmail().isBlank()) {
                continue;
            }
            long total = cases.size() <= MAX_LINES ? cases.size() : count(department.getId(), soon);
            outbox.enqueue(OutboxChannel.EMAIL, head.getEmail(), Language.AR, subject(department, total),
                    body(department, cases, total, now), "digest " + day + " " + department.getCode());
            queued++;
        }
        leases.dayDone(leaseKey, day, holder);
        return queued;
    }

    private long count(long department, Instant soon) {
        return em.createQuery("select count(c) from CitizenCase c where c.department.id = :department and c.status in :open"
                        + " and c.dueAt <= :soon", Long.class)
                .setParameter("department", department).setParameter("open", OPEN).setParameter("soon", soon).getSingleResult();
    }

    static String subject(Department department, long total) {
        return "الطلبات التي حل أجلها أو اقترب (" + total + ") — Dossiers en retard ou à échéance proche (" + total + ") — "
                + department.getCode();
    }

    static String body(Department department, List<CitizenCase> cases, long total, Instant now) {
        StringBuilder ar = new StringBuilder("السلام عليكم،\n\nهذه طلبات مصلحة ")
                .append(name(department, Language.AR)).append(" التي تجاوزت أجلها أو يحل أجلها خلال يومي عمل:\n\n");
        StringBuilder fr = new StringBuilder("Bonjour,\n\nVoici les dossiers du service ")
                .append(name(department, Language.FR)).append(" en retard ou à échéance dans les 2 jours ouvrables :\n\n");
        for (CitizenCase c : cases.subList(0, Math.min(MAX_LINES, cases.size()))) {
            boolean late = now.isAfter(c.getDueAt());
            String due = DUE.format(c.getDueAt().atZone(CommuneTime.ZONE));
            String category = c.getCategory() == null ? "" : " — " + c.getCategory().getName().in(Language.AR).text();
            String categoryFr = c.getCategory() == null ? "" : " — " + c.getCategory().getName().in(Language.FR).text();
            ar.append("• ").append(c.getTrackingCode()).append(" — ").append(kind(c.getKind(), false)).append(category)
                    .append(" — الأجل: ").append(due).append(late ? " — متأخر" : " — قريب الأجل").append('\n');
            fr.append("• ").append(c.getTrackingCode()).append(" — ").append(kind(c.getKind(), true)).append(categoryFr)
                    .append(" — échéance : ").append(due).append(late ? " — EN RETARD" : " — échéance proche").append('\n');
        }
        if (total > MAX_LINES) {
            ar.append("… و").append(total - MAX_LINES).append(" طلبات أخرى.\n");
            fr.append("… et ").append(total - MAX_LINES).append(" autres dossiers.\n");
        }
        String where = "\n/admin/requests/inbox\n";
        return ar.append("\nتجدونها في صندوق الطلبات بالفضاء الإداري:").append(where)
                .append("\n———\n\n")
                .append(fr.append("\nIls sont dans la boîte des dossiers du back-office :").append(where)).toString();
    }

    private static String name(Department department, Language language) {
        return department.getName() == null ? department.getCode() : department.getName().in(language).text();
    }

    private static String kind(CaseKind kind, boolean french) {
        return switch (kind) {
            case REPORT -> french ? "signalement" : "تبليغ";
            case COMPLAINT -> french ? "réclamation" : "شكاية";
            case SUGGESTION -> french ? "suggestion" : "اقتراح";
            case INFORMATION -> french ? "accès à l'information" : "طلب معلومات";
        };
    }
}
