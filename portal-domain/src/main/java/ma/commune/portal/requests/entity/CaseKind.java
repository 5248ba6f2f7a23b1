package ma.commune.portal.requests.entity;

/** The four kinds of case residents bring to the commune; one engine handles them all. */
public enum CaseKind {
    /** An Allo Citizen report (ألو المواطن) in one of the commune's categories. */
    REPORT,
    COMPLAINT,
    SUGGESTION,
    /** An access-to-information request (law 31.13). */
    INFORMATION
}
