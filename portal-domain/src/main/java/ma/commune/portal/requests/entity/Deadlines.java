package ma.commune.portal.requests.entity;

import java.time.Instant;

/**
 * The legal clocks of the cases (configurable; these are the defaults of the design): an information
 * request is answered within 20 working days, extended once by 20 more with a reasoned notice, or within
 * 3 working days when urgent (life, safety, liberty: law 31.13); a complaint or a suggestion within 60
 * calendar days; an Allo Citizen report within its category's target, in working days or in hours.
 */
public record Deadlines(int informationDays, int informationExtensionDays, int urgentInformationDays, int complaintDays) {

    public static final Deadlines DEFAULT = new Deadlines(20, 20, 3, 60);

    /**
     * When a case is due, from its receipt (the day the resident contacted the commune), on the commune's
     * working calendar.
     */
    public Instant due(CaseKind kind, Instant receivedAt, boolean urgent, boolean extended, int categoryTarget,
                       TargetUnit categoryUnit, WorkingCalendar calendar) {
        return switch (kind) {
            case INFORMATION -> urgent
                    ? calendar.dueInWorkingDays(receivedAt, urgentInformationDays)
                    : calendar.dueInWorkingDays(receivedAt, informationDays + (extended ? informationExtensionDays : 0));
            case COMPLAINT, SUGGESTION -> calendar.dueInCalendarDays(receivedAt, complaintDays);
            case REPORT -> categoryUnit == TargetUnit.HOURS
                    ? calendar.dueInHours(receivedAt, categoryTarget)
                    : calendar.dueInWorkingDays(receivedAt, categoryTarget);
        };
    }
}
