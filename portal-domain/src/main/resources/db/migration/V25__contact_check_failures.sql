-- A reopen or appeal on /track whose email or phone matched not the case's requester (issue 12, finding
-- 4: tracking codes are public through Open311, so the contact is what a guesser tries). Counted per
-- client address and per case; after a few within the window, both refuse for a while. Only SHA-256
-- digests of the address and of the tracking code are kept, and only for the window; the database's
-- clock dates them.
CREATE TABLE contact_check_failure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_key CHAR(64)    NOT NULL,
    case_key   CHAR(64)    NOT NULL,
    at         DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
);
CREATE INDEX ix_contact_check_failure_client ON contact_check_failure (client_key, at);
CREATE INDEX ix_contact_check_failure_case ON contact_check_failure (case_key, at);
CREATE INDEX ix_contact_check_failure_at ON contact_check_failure (at);
