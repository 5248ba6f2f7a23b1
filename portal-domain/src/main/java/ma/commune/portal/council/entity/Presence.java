package ma.commune.portal.council.entity;

/** A member's attendance at a session or a committee meeting. */
public enum Presence {
    PRESENT, EXCUSED, ABSENT;
}
