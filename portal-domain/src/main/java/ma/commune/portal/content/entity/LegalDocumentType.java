package ma.commune.portal.content.entity;

/** The kinds of legal texts the commune publishes (organic law 113-14 on communes, art. 94-101, 149). */
public enum LegalDocumentType {
    /** مقرر: a decision of the council, voted in session. */
    DECISION,
    /** قرار: an order (arrêté) of the president, e.g. a traffic or parking regulation. */
    ORDER,
    /** نظام: a bylaw (règlement), e.g. the council's internal rules or the road bylaw. */
    BYLAW,
    /** اتفاقية: a convention with a partner (the province, a foundation, a university). */
    CONVENTION
}
