package ma.commune.portal.requests.entity;

/**
 * Why an information request is urgent (law 31.13: the information is needed to protect someone's life,
 * safety or liberty; answered within 3 working days).
 */
public enum UrgencyGround {
    LIFE, SAFETY, LIBERTY
}
