package ma.commune.portal.requests.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.WorkingCalendar;
import ma.commune.portal.shared.CommuneTime;

/**
 * The commune's working calendar from the holidays in the database, and the inboxes' "due soon" line:
 * a case is due soon when it falls due by the end of the second working day after today (issue 5,
 * "cases due within 2 working days ... are flagged in the inboxes and reported ... each morning").
 */
@Stateless
public class CommuneCalendar {

    /** How many working days ahead a case counts as due soon. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The calendar of the years around {@code at}. */
    public WorkingCalendar around(Instant at) {
        int year = at.atZone(CommuneTime.ZONE).getYear();
        List<PublicHoliday> holidays = em.createQuery("select h from PublicHoliday h", PublicHoliday.class).getResultList();
        return WorkingCalendar.of(holidays, year - 2, year + 2);
    }

    /** The last moment a case may fall due and still count as "due soon" at {@code now}. */
    public static Instant dueSoonLimit(WorkingCalendar calendar, Instant now) {
        LocalDate today = now.atZone(CommuneTime.ZONE).toLocalDate();
        return calendar.plusWorkingDays(today, DUE_SOON_WORKING_DAYS).atTime(23, 59, 59)
                .atZone(CommuneTime.ZONE).toInstant();
    }
}
