package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ma.commune.portal.council.boundary.SessionPlan;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.LocalizedText;

/**
 * When and where a session (or a committee meeting) is held, as the secretariat types it: a day and
 * times on the commune's clock (Africa/Casablanca), which become instants for the service.
 */
public class SessionSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    private SessionKind kind = SessionKind.ORDINARY;
    private LocalDate day;
    private LocalTime startTime = LocalTime.of(10, 0);
    private LocalTime endTime;
    private String placeAr;
    private String placeFr;
    private boolean open = true;

    public static SessionSchedule of(SessionKind kind, Instant startsAt, Instant endsAt, LocalizedText place, boolean open) {
        SessionSchedule schedule = new SessionSchedule();
        schedule.kind = kind;
        schedule.day = startsAt.atZone(CommuneTime.ZONE).toLocalDate();
        schedule.startTime = startsAt.atZone(CommuneTime.ZONE).toLocalTime();
        schedule.endTime = endsAt == null ? null : endsAt.atZone(CommuneTime.ZONE).toLocalTime();
        schedule.placeAr = place.getAr();
        schedule.placeFr = place.getFr();
        schedule.open = open;
        return schedule;
    }

    /** The plan for the service; no day gives no start, which the service refuses with its message. */
    public SessionPlan plan() {
        Instant startsAt = day == null ? null : day.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime).atZone(CommuneTime.ZONE).toInstant();
        Instant endsAt = day == null || endTime == null ? null : day.atTime(endTime).atZone(CommuneTime.ZONE).toInstant();
        return new SessionPlan(kind, startsAt, endsAt, LocalizedText.of(blankToNull(placeAr), blankToNull(placeFr)), open);
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlaceAr() {
        return placeAr;
    }

    public void setPlaceAr(String placeAr) {
        this.placeAr = placeAr;
    }

    public String getPlaceFr() {
        return placeFr;
    }

    public void setPlaceFr(String placeFr) {
        this.placeFr = placeFr;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }
}
