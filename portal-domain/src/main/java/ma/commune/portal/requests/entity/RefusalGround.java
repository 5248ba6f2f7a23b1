package ma.commune.portal.requests.entity;

/**
 * The grounds on which law 31.13 lets the commune refuse to communicate information (its article 7
 * exceptions); a refusal must name one. The texts residents read are in the interface texts
 * ({@code requests.refusal.<NAME>}).
 */
public enum RefusalGround {
    NATIONAL_DEFENCE,
    INTERNAL_AND_EXTERNAL_SECURITY,
    PRIVATE_LIFE_AND_PERSONAL_DATA,
    FUNDAMENTAL_FREEDOMS,
    SOURCES_PROTECTED_BY_LAW,
    MONETARY_ECONOMIC_FINANCIAL_POLICY,
    INTELLECTUAL_PROPERTY,
    RIGHTS_AND_PROCEDURES_OF_JUSTICE,
    SECRECY_OF_DELIBERATIONS,
    COMPETITION_AND_COMMERCIAL_SECRETS
}
