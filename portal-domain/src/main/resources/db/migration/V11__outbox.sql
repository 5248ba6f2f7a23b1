-- The outbox: every message to a resident (email now, SMS through a gateway) is first a row here, written
-- in the transaction of the change that causes it, then sent by the outbox sender and retried until it
-- goes out. A mail server that is down delays a message; it never loses one nor fails a submission.
-- Several server instances share the table: an instance leases a message (claimed_by, claimed_until)
-- before sending it, so no message goes out twice and a crashed instance's lease simply expires.

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel         VARCHAR(10)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    subject         VARCHAR(300),
    body            LONGTEXT     NOT NULL,
    reference       VARCHAR(60),
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(500),
    claimed_by      VARCHAR(100),
    claimed_until   DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_outbox_language CHECK (language IN ('ar', 'fr', 'zgh')),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0)
);
-- The sender's question: which pending messages are due (status, then time).
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
-- The back office's: the messages of one case, and the newest first.
CREATE INDEX ix_outbox_reference ON outbox_message (reference);
CREATE INDEX ix_outbox_created ON outbox_message (created_at);
