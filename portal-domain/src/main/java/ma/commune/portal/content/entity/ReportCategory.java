package ma.commune.portal.content.entity;

/** The kinds of reports the commune publishes on its management. */
public enum ReportCategory {
    /** The administrative account (الحساب الإداري), voted by the council each year. */
    ADMINISTRATIVE_ACCOUNT,
    /** Budget execution reports during the year. */
    BUDGET_EXECUTION,
    /** Technical reports of the commune's services (lighting, sanitation, roads). */
    TECHNICAL,
    /** Audits and inspections (regional court of accounts, ministry of the interior's inspectorate). */
    AUDIT,
    /** The yearly activity report. */
    ACTIVITY
}
