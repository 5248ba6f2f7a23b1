package ma.commune.portal.council.entity;

/** Ordinary sessions are held in February, May and October; extraordinary ones when convened. */
public enum SessionKind {
    ORDINARY, EXTRAORDINARY;
}
