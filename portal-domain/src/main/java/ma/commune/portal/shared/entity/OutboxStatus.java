package ma.commune.portal.shared.entity;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the mail server or the SMS gateway. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    FAILED
}
