-- Retention of the residents' personal data (law 09-08, article 3: data kept no longer than the purpose
-- needs; issue 12). A retention per kind of case, set by administrators, counted from the day the case was
-- closed (its last move to a status that owes nothing: closed, resolved, answered, refused, rejected).
-- The default, two years for every kind, outlasts every window in which the case may still be needed in
-- the resident's name: the 15 days to reopen a report, the 20 working days to complain to the head of the
-- commune about an information request (law 31.13, article 19), the 60 days of an appeal for abuse of
-- power before the administrative court (law 41-90, article 23) and the time such a dispute takes to come
-- up; longer disputes are what the legal hold is for. Beyond ten years it would be archiving (law 69-99),
-- not retention: refused (months between 1 and 120).

CREATE TABLE case_retention (
    kind       VARCHAR(20) NOT NULL PRIMARY KEY,
    months     INT         NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_case_retention_kind CHECK (kind IN ('REPORT', 'COMPLAINT', 'SUGGESTION', 'INFORMATION')),
    CONSTRAINT ck_case_retention_months CHECK (months BETWEEN 1 AND 120)
);
INSERT INTO case_retention (kind, months, updated_at) VALUES
    ('REPORT', 24, '2026-12-07 00:00:00'), ('COMPLAINT', 24, '2026-12-07 00:00:00'),
    ('SUGGESTION', 24, '2026-12-07 00:00:00'), ('INFORMATION', 24, '2026-12-07 00:00:00');

-- When the retention started (the last move to a status that owes nothing; empty while the case is open),
-- when the case was anonymised (never twice), and the legal hold an administrator put on it (a dispute, an
-- appeal in progress): a held case is kept whole until the hold is lifted.
ALTER TABLE citizen_case ADD COLUMN retention_from DATETIME(6);
ALTER TABLE citizen_case ADD COLUMN anonymised_at DATETIME(6);
ALTER TABLE citizen_case ADD COLUMN legal_hold VARCHAR(500);
ALTER TABLE citizen_case ADD COLUMN legal_hold_by VARCHAR(60);
ALTER TABLE citizen_case ADD COLUMN legal_hold_at DATETIME(6);

UPDATE citizen_case SET retention_from = COALESCE(
        (SELECT MAX(e.at) FROM case_event e WHERE e.case_id = citizen_case.id AND e.type = 'STATUS' AND e.to_status = citizen_case.status),
        updated_at)
    WHERE status IN ('RESOLVED', 'REJECTED', 'CLOSED', 'ANSWERED', 'PARTIALLY_ANSWERED', 'REFUSED');

-- The daily run's question (the cases not yet anonymised whose retention started), and the administrators'
-- search of a person's cases by email or phone (law 09-08's rights of access, rectification, opposition).
CREATE INDEX ix_case_retention ON citizen_case (anonymised_at, retention_from);
CREATE INDEX ix_case_requester_email ON citizen_case (requester_email);
CREATE INDEX ix_case_requester_phone ON citizen_case (requester_phone);

-- The daily anonymisation runs once across the server instances (Leases).
INSERT INTO run_lease (lease_key) VALUES ('requests.retention');
