-- The residents' cases (issue 5): Allo Citizen reports, complaints, suggestions and access-to-information
-- requests in one table, their history (status changes, public answers, internal notes, reassignments,
-- extensions) and their attachments. The requester's contact is personal data (law 09-08): it is read by
-- the staff who handle the case only, never by the public tracking page.

CREATE TABLE citizen_case (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_code         VARCHAR(30)   NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    channel               VARCHAR(10)   NOT NULL,
    category_id           BIGINT,
    department_id         BIGINT        NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    received_at           DATETIME(6)   NOT NULL,
    registered_at         DATETIME(6)   NOT NULL,
    registered_by         VARCHAR(60),
    due_at                DATETIME(6)   NOT NULL,
    extended              BOOLEAN       NOT NULL DEFAULT FALSE,
    urgent                BOOLEAN       NOT NULL DEFAULT FALSE,
    language              VARCHAR(5)    NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    description_reviewed  BOOLEAN       NOT NULL DEFAULT FALSE,
    latitude              DOUBLE,
    longitude             DOUBLE,
    district_id           BIGINT,
    address               VARCHAR(300),
    requester_name        VARCHAR(120),
    requester_email       VARCHAR(254),
    requester_phone       VARCHAR(30),
    requester_national_id VARCHAR(20),
    consent_at            DATETIME(6)   NOT NULL,
    assignee              VARCHAR(60),
    refusal_ground        VARCHAR(60),
    status_reason         VARCHAR(2000),
    resolved_at           DATETIME(6),
    closed_at             DATETIME(6),
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_case_category FOREIGN KEY (category_id) REFERENCES request_category (id),
    CONSTRAINT fk_case_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_case_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_case_kind CHECK (kind IN ('REPORT', 'COMPLAINT', 'SUGGESTION', 'INFORMATION')),
    CONSTRAINT ck_case_channel CHECK (channel IN ('WEB', 'PHONE', 'COUNTER', 'LETTER', 'API')),
    CONSTRAINT ck_case_language CHECK (language IN ('ar', 'fr', 'zgh')),
    CONSTRAINT ck_case_national_id CHECK (kind = 'INFORMATION' OR requester_national_id IS NULL)
);
-- The inboxes: a department's cases by status, sorted by due date; the overdue and due-soon reports.
CREATE INDEX ix_case_inbox ON citizen_case (department_id, status, due_at);
CREATE INDEX ix_case_due ON citizen_case (status, due_at);
CREATE INDEX ix_case_category ON citizen_case (category_id, received_at);

CREATE TABLE case_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(60)   NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    from_status VARCHAR(30),
    to_status   VARCHAR(30),
    text        VARCHAR(4000),
    public_flag BOOLEAN       NOT NULL DEFAULT FALSE,
    position    INT           NOT NULL,
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES citizen_case (id),
    CONSTRAINT ck_case_event_type CHECK (type IN ('STATUS', 'PUBLIC_ANSWER', 'INTERNAL_NOTE', 'REASSIGNED', 'EXTENDED', 'REGISTERED'))
);
CREATE INDEX ix_case_event_case ON case_event (case_id, position);

CREATE TABLE case_attachment (
    case_id  BIGINT NOT NULL,
    file_id  BIGINT NOT NULL,
    position INT    NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES citizen_case (id),
    CONSTRAINT fk_case_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
