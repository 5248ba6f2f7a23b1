package ma.commune.portal.requests.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import ma.commune.portal.shared.CommuneTime;

/**
 * The commune's working days (Monday to Friday, minus the public holidays) and the legal clocks counted
 * on them, by the design's "Counting" rule: day 0 is the day of receipt in Africa/Casablanca; a case is due
 * at 23:59 of its last day; a period in calendar days that ends on a day off moves to the next working
 * day; a period in hours runs around the clock. Waiting for the requester never stops a clock.
 */
public final class WorkingCalendar {

    /** A case is due at the end of its last day, 23:59 in Morocco. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final Set<LocalDate> holidays;

    private WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = holidays;
    }

    /** The calendar of the given holidays, for the years {@code from} to {@code until}. */
    public static WorkingCalendar of(Collection<PublicHoliday> holidays, int from, int until) {
        Set<LocalDate> days = holidays.stream()
                .flatMap(holiday -> java.util.stream.IntStream.rangeClosed(from, until).boxed().flatMap(holiday::daysIn))
                .collect(Collectors.toUnmodifiableSet());
        return new WorkingCalendar(days);
    }

    public static WorkingCalendar ofDays(Set<LocalDate> holidays) {
        return new WorkingCalendar(Set.copyOf(holidays));
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code n}-th working day after {@code day} (day 0 not counted). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** Working days received → due: at 23:59 of the n-th working day after the day of receipt. */
    public Instant dueInWorkingDays(Instant receivedAt, int n) {
        return endOf(plusWorkingDays(dayOf(receivedAt), n));
    }

    /** Calendar days: day of receipt + n, moved to the next working day when it is a day off. */
    public Instant dueInCalendarDays(Instant receivedAt, int n) {
        LocalDate last = dayOf(receivedAt).plusDays(n);
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return endOf(last);
    }

    /** Hours, around the clock (the urgent services: ambulance, transport of the deceased, dialysis). */
    public Instant dueInHours(Instant receivedAt, int hours) {
        return receivedAt.plus(Duration.ofHours(hours));
    }

    /** Working days left from {@code now} to {@code due}: 0 on the last day, negative once overdue. */
    public int workingDaysLeft(Instant now, Instant due) {
        LocalDate today = dayOf(now);
        LocalDate last = dayOf(due);
        if (now.isAfter(due)) {
            int late = 0;
            for (LocalDate d = last; d.isBefore(today); d = d.plusDays(1)) {
                if (isWorkingDay(d.plusDays(1))) {
                    late++;
                }
            }
            return -Math.max(1, late);
        }
        int left = 0;
        for (LocalDate d = today; d.isBefore(last); d = d.plusDays(1)) {
            if (isWorkingDay(d.plusDays(1))) {
                left++;
            }
        }
        return left;
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(CommuneTime.ZONE).toLocalDate();
    }

    static Instant endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(CommuneTime.ZONE).toInstant();
    }
}
