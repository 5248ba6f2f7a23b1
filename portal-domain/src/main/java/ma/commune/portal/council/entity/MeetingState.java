package ma.commune.portal.council.entity;

/** A committee meeting is prepared unseen, then announced (public), possibly cancelled. */
public enum MeetingState {
    PLANNED, ANNOUNCED, CANCELLED;
}
