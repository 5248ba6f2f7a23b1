package ma.commune.portal.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.RequestSettings;
import ma.commune.portal.requests.entity.TargetUnit;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * The administrators' legal calendar: the public holidays the clocks skip (the Islamic ones entered each
 * year once announced), the Allo Citizen categories' targets, and the legal clocks and routing of the other
 * cases ({@link RequestSettings}). Every change is audited and, in the same
 * transaction, moves the due dates of the open cases ("changing the calendar recomputes open deadlines").
 */
@Stateless
@RolesAllowed("ADMIN")
public class DeadlineCalendar {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    CaseEngine engine;

    /** One day off of a year, with the holiday that gives it (a class with getters: the pages' EL reads no record). */
    public static final class DayOff implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final LocalDate date;
        private final PublicHoliday holiday;

        public DayOff(LocalDate date, PublicHoliday holiday) {
            this.date = date;
            this.holiday = holiday;
        }

        public LocalDate getDate() {
            return date;
        }

        public PublicHoliday getHoliday() {
            return holiday;
        }
    }

    public List<PublicHoliday> holidays() {
        return em.createQuery("select h from PublicHoliday h order by h.firstDate, h.id", PublicHoliday.class).getResultList();
    }

    /** The days off of a year, in date order. */
    public List<DayOff> daysOff(int year) {
        return holidays().stream().flatMap(h -> h.daysIn(year).map(d -> new DayOff(d, h)))
                .sorted(Comparator.comparing(DayOff::getDate)).toList();
    }

    public List<RequestCategory> categories() {
        return em.createQuery("select c from RequestCategory c join fetch c.department order by c.position, c.id", RequestCategory.class)
                .getResultList();
    }

    /** An Islamic holiday of one year, once announced: from its first day, for one to five days. */
    public PublicHoliday addIslamic(LocalizedText name, LocalDate firstDay, int days) {
        PublicHoliday holiday = PublicHoliday.islamic(name, firstDay, days);
        refuseOverlap(holiday, null);
        em.persist(holiday);
        changed("create", holiday, null, holiday);
        return holiday;
    }

    /** A fixed holiday, the same day every year from {@code since} on (Yennayer since 2024, ...). */
    public PublicHoliday addFixed(LocalizedText name, int month, int day, LocalDate since) {
        PublicHoliday holiday = PublicHoliday.fixed(name, monthDay(month, day), since);
        em.persist(holiday);
        changed("create", holiday, null, holiday);
        return holiday;
    }

    /** Corrects a holiday (an Islamic one whose date the Ministry announced differently, ...). */
    public PublicHoliday change(long id, long version, LocalizedText name, Integer month, Integer day, LocalDate firstDate, int days) {
        PublicHoliday holiday = em.find(PublicHoliday.class, id);
        if (holiday == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        if (holiday.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        Map<String, Object> before = snapshot(holiday);
        MonthDay fixedDay = holiday.getKind() == PublicHoliday.Kind.FIXED
                ? monthDay(month == null ? 0 : month, day == null ? 0 : day) : null;
        PublicHoliday candidate = holiday.getKind() == PublicHoliday.Kind.FIXED
                ? PublicHoliday.fixed(name, fixedDay, firstDate) : PublicHoliday.islamic(name, firstDate, days);
        refuseOverlap(candidate, holiday.getId());
        holiday.change(name, fixedDay, firstDate, days, Instant.now());
        changed("update", holiday, before, holiday);
        return holiday;
    }

    public void delete(long id) {
        PublicHoliday holiday = em.find(PublicHoliday.class, id);
        if (holiday == null) {
            return;
        }
        Map<String, Object> before = snapshot(holiday);
        em.remove(holiday);
        em.flush();
        audit.record("delete", "PublicHoliday", id, before, null);
        engine.recomputeOpenDueDates();
    }

    /** A category's target: a number of working days, or of hours around the clock for the urgent services. */
    public RequestCategory target(long categoryId, int value, TargetUnit unit) {
        RequestCategory category = em.find(RequestCategory.class, categoryId);
        if (category == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        Map<String, Object> before = target(category);
        category.target(value, unit, Instant.now());
        em.flush();
        audit.record("target", "RequestCategory", category.getCode(), before, target(category));
        engine.recomputeOpenDueDates();
        return category;
    }

    /** The legal clocks and the routing of the cases that have no category. */
    public RequestSettings settings() {
        RequestSettings settings = em.find(RequestSettings.class, RequestSettings.THE_SETTINGS);
        if (settings == null) {
            throw new IllegalStateException("request_settings has no row: the schema migration V16 did not run");
        }
        return settings;
    }

    /** The departments a case may be routed to, by name. */
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    /**
     * New legal clocks and routing (law 31.13's delays, complaints' calendar days, the departments that
     * receive complaints and information requests): checked by the domain, refused when another administrator
     * changed them meanwhile or a department does not exist; audited; the open cases' due dates follow in the
     * same transaction.
     */
    public RequestSettings changeSettings(long version, Deadlines deadlines, String complaintsDepartment, String informationDepartment) {
        RequestSettings settings = settings();
        if (settings.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        Map<String, Object> before = snapshot(settings);
        settings.change(deadlines, complaintsDepartment, informationDepartment, Instant.now());
        for (String code : List.of(settings.getComplaintsDepartmentCode(), settings.getInformationDepartmentCode())) {
            if (em.createQuery("select count(d) from Department d where d.code = :code", Long.class).setParameter("code", code)
                    .getSingleResult() == 0) {
                throw new DomainRuleViolation("requests.settings.rule.unknownDepartment");
            }
        }
        em.flush();
        audit.record("update", "RequestSettings", settings.getId(), before, snapshot(settings));
        engine.recomputeOpenDueDates();
        return settings;
    }

    static Map<String, Object> snapshot(RequestSettings settings) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("informationDays", settings.getInformationDays());
        state.put("informationExtensionDays", settings.getInformationExtensionDays());
        state.put("urgentInformationDays", settings.getUrgentInformationDays());
        state.put("complaintDays", settings.getComplaintDays());
        state.put("appealDays", settings.getAppealDays());
        state.put("complaintsDepartment", settings.getComplaintsDepartmentCode());
        state.put("informationDepartment", settings.getInformationDepartmentCode());
        return state;
    }

    /** Two Islamic holidays of one family (Aïd al-Fitr 1447 and a second Aïd al-Fitr) never share a day. */
    private void refuseOverlap(PublicHoliday candidate, Long self) {
        if (candidate.getKind() != PublicHoliday.Kind.ISLAMIC) {
            return;
        }
        String family = family(candidate);
        Set<LocalDate> days = candidate.allDays().collect(Collectors.toSet());
        boolean overlaps = holidays().stream()
                .filter(h -> h.getKind() == PublicHoliday.Kind.ISLAMIC && !h.getId().equals(self) && family.equals(family(h)))
                .flatMap(PublicHoliday::allDays).anyMatch(days::contains);
        if (overlaps) {
            throw new DomainRuleViolation("calendar.rule.overlap");
        }
    }

    /** A holiday's family: its French name without the year (« Aïd al-Fitr 1447 » → « aïd al-fitr »). */
    static String family(PublicHoliday holiday) {
        return holiday.getName().getFr().replaceAll("\\d", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static MonthDay monthDay(int month, int day) {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException invalid) {
            throw new DomainRuleViolation("holiday.rule.date");
        }
    }

    private void changed(String action, PublicHoliday holiday, Map<String, Object> before, PublicHoliday after) {
        em.flush();
        audit.record(action, "PublicHoliday", holiday.getId(), before, snapshot(after));
        engine.recomputeOpenDueDates();
    }

    static Map<String, Object> snapshot(PublicHoliday holiday) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", holiday.getKind().name());
        state.put("nameAr", holiday.getName().getAr());
        state.put("nameFr", holiday.getName().getFr());
        state.put("month", holiday.getMonth());
        state.put("day", holiday.getDay());
        state.put("firstDate", String.valueOf(holiday.getFirstDate()));
        state.put("days", holiday.getDays());
        return state;
    }

    private static Map<String, Object> target(RequestCategory category) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("targetValue", category.getTargetValue());
        state.put("targetUnit", String.valueOf(category.getTargetUnit()));
        return state;
    }
}
