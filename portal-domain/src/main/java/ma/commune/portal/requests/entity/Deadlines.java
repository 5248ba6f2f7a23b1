package ma.commune.portal.requests.entity;

import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * The legal clocks of the cases (configurable: {@link RequestSettings}; {@link #DEFAULT} holds the law's):
 * an information request is answered within 20 working days, extended once by 20 more with a reasoned
 * notice, or within 3 working days when urgent (life, safety, liberty: law 31.13); the requester may complain
 * to the head of the commune within 20 working days of the answer or of the deadline passing; a complaint or
 * a suggestion is answered within 60 calendar days; an Allo Citizen report within its category's target,
 * in working days or in hours.
 *
 * <p>Every clock is a positive number of days, bounded so that a typing slip (2000 for 20) is refused
 * rather than silently promising residents an answer in five years; an urgent request is never given longer
 * than an ordinary one.
 */
public record Deadlines(int informationDays, int informationExtensionDays, int urgentInformationDays, int complaintDays,
                        int appealDays) {

    /** The largest number of working days a clock of law 31.13 may be set to (three months of working days). */
    public static final int MAX_WORKING_DAYS = 60;
    /** The largest number of calendar days for complaints and suggestions (half a year). */
    public static final int MAX_CALENDAR_DAYS = 180;

    public static final Deadlines DEFAULT = new Deadlines(20, 20, 3, 60, 20);

    public Deadlines {
        within(informationDays, MAX_WORKING_DAYS, "requests.settings.rule.informationDays");
        within(informationExtensionDays, MAX_WORKING_DAYS, "requests.settings.rule.extensionDays");
        within(urgentInformationDays, MAX_WORKING_DAYS, "requests.settings.rule.urgentDays");
        within(complaintDays, MAX_CALENDAR_DAYS, "requests.settings.rule.complaintDays");
        within(appealDays, MAX_WORKING_DAYS, "requests.settings.rule.appealDays");
        if (urgentInformationDays > informationDays) {
            throw new DomainRuleViolation("requests.settings.rule.urgentLonger");
        }
    }

    private static void within(int value, int max, String rule) {
        if (value <= 0 || value > max) {
            throw new DomainRuleViolation(rule);
        }
    }

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

    /**
     * Until when an information request's requester may complain to the head of the commune (law 31.13):
     * {@link #appealDays} working days after the answer, or after the due date when none came in time.
     */
    public Instant appealUntil(Instant answeredOrDue, WorkingCalendar calendar) {
        return calendar.dueInWorkingDays(answeredOrDue, appealDays);
    }
}
