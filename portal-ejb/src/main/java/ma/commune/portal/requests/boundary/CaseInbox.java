package ma.commune.portal.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.identity.entity.Account;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.control.CaseReceipt;
import ma.commune.portal.requests.control.CommuneCalendar;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.ListQuery;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The staff's inbox of cases, paged, filtered and sorted in the database. Who sees which case is decided
 * here, in the query, never by hiding rows in a page: an agent sees the cases of their own department
 * (their account's), an information officer the access-to-information requests, an administrator all.
 * The case file itself, its attachments and its printed receipt go through {@link CaseEngine#caseFile},
 * which refuses a case the caller does not handle.
 * <p>
 * Filters (names of {@link PageRequest#filters()}): {@code status} (a {@link CaseStatus}, or {@code OPEN}
 * for every status whose clock runs), {@code category} (a category's code), {@code kind}, {@code due}
 * ({@code soon}: falls due by the end of the second working day after today; {@code overdue}), {@code code}
 * (a part of the tracking code). Sorts: {@code dueAt} (the default, soonest first) and {@code receivedAt}.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "INFORMATION_OFFICER"})
public class CaseInbox {

    public static final String DUE_SOON = "soon";
    public static final String OVERDUE = "overdue";

    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    CaseEngine engine;

    @EJB
    CommuneCalendar calendars;

    /** How many cases of the caller's inbox are due soon and overdue, now: the inbox's header. */
    public static final class Counts implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final long dueSoon;
        private final long overdue;

        Counts(long dueSoon, long overdue) {
            this.dueSoon = dueSoon;
            this.overdue = overdue;
        }

        public long getDueSoon() {
            return dueSoon;
        }

        public long getOverdue() {
            return overdue;
        }
    }

    /** An attachment of a case, as the case page lists it (the bytes stay in the store). */
    public static final class Attachment implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String fileName;
        private final String contentType;

        Attachment(String key, String fileName, String contentType) {
            this.key = key;
            this.fileName = fileName;
            this.contentType = contentType;
        }

        /** The file's random key, which names it in the case's attachment address. */
        public String getKey() {
            return key;
        }

        public String getFileName() {
            return fileName;
        }

        public String getContentType() {
            return contentType;
        }
    }

    public List<InboxRow> search(PageRequest page) {
        return searchAt(page, Instant.now());
    }

    public long count(PageRequest page) {
        return countAt(page, Instant.now());
    }

    public Counts counts() {
        return countsAt(Instant.now());
    }

    /** One page of the caller's inbox, as it stands at {@code now}. */
    public List<InboxRow> searchAt(PageRequest page, Instant now) {
        WorkingCalendar calendar = calendars.around(now);
        Instant soon = CommuneCalendar.dueSoonLimit(calendar, now);
        Conditions where = conditions(page, now, soon);
        String order = "receivedAt".equals(page.sortField()) ? "c.receivedAt" : "c.dueAt";
        // The default is the deadline, soonest first; a sort the table asked for keeps its direction.
        boolean ascending = page.sortField() == null || page.ascending();
        TypedQuery<CitizenCase> query = em.createQuery("select c from CitizenCase c join fetch c.department left join fetch c.category"
                + where.clause() + " order by " + order + (ascending ? " asc" : " desc") + ", c.id", CitizenCase.class);
        return where.bind(query).setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(c -> new InboxRow(c, now, soon)).toList();
    }

    public long countAt(PageRequest page, Instant now) {
        Conditions where = conditions(page, now, CommuneCalendar.dueSoonLimit(calendars.around(now), now));
        return where.bind(em.createQuery("select count(c) from CitizenCase c" + where.clause(), Long.class)).getSingleResult();
    }

    /** The due-soon and overdue counts of the caller's whole inbox at {@code now}. */
    public Counts countsAt(Instant now) {
        return new Counts(countAt(new PageRequest(0, 1, Map.of("due", DUE_SOON), null, false), now),
                countAt(new PageRequest(0, 1, Map.of("due", OVERDUE), null, false), now));
    }

    /** The departments a case may be sent to, by code. */
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    /** The active Allo Citizen categories, in the order residents see them. */
    public List<RequestCategory> categories() {
        return em.createQuery("select c from RequestCategory c where c.active = true order by c.position, c.id", RequestCategory.class)
                .getResultList();
    }

    /** The attachments of a case the caller handles (refused like {@link CaseEngine#caseFile} otherwise). */
    public List<Attachment> attachments(String trackingCode) {
        List<Long> ids = engine.caseFile(trackingCode).getAttachments();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Attachment> byId = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select f.id, f.publicKey, f.fileName, f.contentType from StoredFile f where f.id in :ids",
                        Object[].class).setParameter("ids", ids).getResultList()) {
            byId.put((Long) row[0], new Attachment((String) row[1], (String) row[2], (String) row[3]));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One attachment of a case the caller handles, by the file's key; empty when the file is not the case's.
     * The only route to a resident's attachment: the case decides who may read it (issue 12, finding 1).
     */
    public Optional<StoredFile> attachment(String trackingCode, String fileKey) {
        if (!StoredFile.isKey(fileKey)) {
            return Optional.empty();
        }
        List<Long> attached = engine.caseFile(trackingCode).getAttachments();
        return em.createQuery("select f from StoredFile f where f.publicKey = :key", StoredFile.class)
                .setParameter("key", fileKey).getResultStream()
                .filter(file -> attached.contains(file.getId())).findFirst();
    }

    /**
     * The printed receipt of a case the caller handles, in the requester's language: the commune, the
     * tracking code, the kind, the receipt and due dates, and where to follow it ({@code trackUrl}).
     */
    public byte[] receipt(String trackingCode, String trackUrl) {
        CitizenCase c = registeredByCaller(trackingCode).orElseGet(() -> engine.caseFile(trackingCode));
        CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
        LocalizedText name = profile == null ? LocalizedText.of("الجماعة", "La commune") : profile.getName();
        return CaseReceipt.pdf(name.in(c.getLanguage()).text(), c.getTrackingCode(), c.getKind(), c.getReceivedAt(), c.getDueAt(),
                trackUrl, c.getLanguage());
    }

    /** Where a case stands against its deadline now: overdue, due soon, or neither (null). */
    public InboxRow.Flag flag(CitizenCase c) {
        Instant now = Instant.now();
        return InboxRow.flagOf(c, now, CommuneCalendar.dueSoonLimit(calendars.around(now), now));
    }

    /**
     * The case, when the caller registered it themselves: the agent at the counter prints the receipt of a
     * case they typed in even when it went to another department (which alone handles it afterwards).
     */
    private Optional<CitizenCase> registeredByCaller(String trackingCode) {
        String caller = context.getCallerPrincipal().getName();
        return em.createQuery("select c from CitizenCase c where c.trackingCode = :code and c.registeredBy = :caller", CitizenCase.class)
                .setParameter("code", trackingCode == null ? "" : trackingCode.strip().toUpperCase(Locale.ROOT))
                .setParameter("caller", caller).getResultStream().findFirst();
    }

    private Conditions conditions(PageRequest page, Instant now, Instant soon) {
        Conditions where = scope();
        String status = page.filter("status");
        if ("OPEN".equalsIgnoreCase(String.valueOf(status))) {
            where.add("c.status in :openStatuses", "openStatuses", OPEN);
        } else {
            where.add("c.status = :status", "status", ListQuery.constant(CaseStatus.class, status));
        }
        where.add("c.kind = :kind", "kind", page.filter("kind", CaseKind.class));
        where.add("c.category.code = :category", "category", page.filter("category"));
        String code = page.filter("code");
        where.add("upper(c.trackingCode) like :code", "code", code == null ? null : "%" + code.toUpperCase(Locale.ROOT) + "%");
        String due = page.filter("due");
        if (DUE_SOON.equalsIgnoreCase(String.valueOf(due))) {
            where.add("c.status in :dueOpen and c.dueAt >= :dueNow and c.dueAt <= :dueSoon", "dueOpen", OPEN);
            where.parameters.put("dueNow", now);
            where.parameters.put("dueSoon", soon);
        } else if (OVERDUE.equalsIgnoreCase(String.valueOf(due))) {
            where.add("c.status in :lateOpen and c.dueAt < :lateNow", "lateOpen", OPEN);
            where.parameters.put("lateNow", now);
        }
        return where;
    }

    /** Which cases the caller may see, as a condition of the query (an administrator: all). */
    private Conditions scope() {
        Conditions where = new Conditions();
        if (context.isCallerInRole("ADMIN")) {
            return where;
        }
        List<String> mine = new ArrayList<>();
        if (context.isCallerInRole("AGENT")) {
            Department own = callerDepartment();
            if (own != null) {
                mine.add("c.department.id = :ownDepartment");
                where.parameters.put("ownDepartment", own.getId());
            }
        }
        if (context.isCallerInRole("INFORMATION_OFFICER")) {
            mine.add("c.kind = :informationKind");
            where.parameters.put("informationKind", CaseKind.INFORMATION);
        }
        where.clauses.add(mine.isEmpty() ? "1 = 0" : "(" + String.join(" or ", mine) + ")");
        return where;
    }

    private Department callerDepartment() {
        return em.createQuery("select a from Account a where a.username = :name and a.active = true", Account.class)
                .setParameter("name", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .map(Account::getDepartment).orElse(null);
    }

    /** A where clause whose values are always bound, never spliced. */
    private static final class Conditions {
        final List<String> clauses = new ArrayList<>();
        final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String clause, String name, Object value) {
            if (value != null) {
                clauses.add(clause);
                parameters.put(name, value);
            }
        }

        String clause() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
