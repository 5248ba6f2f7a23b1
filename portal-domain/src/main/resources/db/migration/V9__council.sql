-- The council (organic law 113-14): its mandates, members, permanent committees, action programme (PAC),
-- sessions with their agendas, attendance and decisions, committee meetings, and the minutes.
-- Published minutes and decisions are never changed in place: council_minutes and council_decision only
-- ever receive new rows (a correction is a new version with its reason).

CREATE TABLE council_mandate (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE         NOT NULL,
    seats      INT          NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT ck_mandate_period CHECK (end_date > start_date),
    CONSTRAINT ck_mandate_seats CHECK (seats > 0)
);

CREATE TABLE council_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    mandate_id      BIGINT       NOT NULL,
    name_ar         VARCHAR(200),
    name_fr         VARCHAR(200),
    party_ar        VARCHAR(200),
    party_fr        VARCHAR(200),
    council_role    VARCHAR(30)  NOT NULL,
    role_rank       INT          NOT NULL DEFAULT 0,
    photo_id        BIGINT,
    in_office_from  DATE         NOT NULL,
    in_office_until DATE,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_mandate FOREIGN KEY (mandate_id) REFERENCES council_mandate (id),
    CONSTRAINT fk_member_photo FOREIGN KEY (photo_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_member_mandate ON council_member (mandate_id, council_role, role_rank);

CREATE TABLE council_committee (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    mandate_id BIGINT      NOT NULL,
    name_ar    VARCHAR(300),
    name_fr    VARCHAR(300),
    remit_ar   LONGTEXT,
    remit_fr   LONGTEXT,
    permanent  BOOLEAN     NOT NULL DEFAULT TRUE,
    position   INT         NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_committee_mandate FOREIGN KEY (mandate_id) REFERENCES council_mandate (id)
);

CREATE TABLE council_committee_seat (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    committee_id BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    seat_role    VARCHAR(20) NOT NULL,
    start_date   DATE        NOT NULL,
    end_date     DATE,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_seat_committee FOREIGN KEY (committee_id) REFERENCES council_committee (id) ON DELETE CASCADE,
    CONSTRAINT fk_seat_member FOREIGN KEY (member_id) REFERENCES council_member (id),
    CONSTRAINT uq_seat UNIQUE (committee_id, member_id, start_date)
);
CREATE INDEX ix_seat_member ON council_committee_seat (member_id);

-- The action programme of the commune (programme d'action communal).
CREATE TABLE council_programme_axis (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    mandate_id BIGINT       NOT NULL,
    position   INT          NOT NULL DEFAULT 0,
    title_ar   VARCHAR(300),
    title_fr   VARCHAR(300),
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_axis_mandate FOREIGN KEY (mandate_id) REFERENCES council_mandate (id)
);

CREATE TABLE council_programme_action (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    axis_id           BIGINT         NOT NULL,
    position          INT            NOT NULL DEFAULT 0,
    title_ar          VARCHAR(500),
    title_fr          VARCHAR(500),
    budget            DECIMAL(19, 2),
    responsible_ar    VARCHAR(300),
    responsible_fr    VARCHAR(300),
    project_id        BIGINT,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    CONSTRAINT fk_action_axis FOREIGN KEY (axis_id) REFERENCES council_programme_axis (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE SET NULL,
    CONSTRAINT ck_action_budget CHECK (budget IS NULL OR budget >= 0)
);
CREATE INDEX ix_action_axis ON council_programme_action (axis_id, position);

CREATE TABLE council_programme_progress (
    action_id BIGINT NOT NULL,
    progress_year INT NOT NULL,
    percent   INT    NOT NULL,
    CONSTRAINT fk_progress_action FOREIGN KEY (action_id) REFERENCES council_programme_action (id) ON DELETE CASCADE,
    CONSTRAINT uq_progress UNIQUE (action_id, progress_year),
    CONSTRAINT ck_progress_percent CHECK (percent BETWEEN 0 AND 100)
);

CREATE TABLE council_session (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    mandate_id          BIGINT       NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    starts_at           DATETIME(6)  NOT NULL,
    ends_at             DATETIME(6),
    place_ar            VARCHAR(300),
    place_fr            VARCHAR(300),
    public_session      BOOLEAN      NOT NULL DEFAULT TRUE,
    convocation_date    DATE,
    agenda_published_at DATETIME(6),
    minutes_draft_id    BIGINT,
    sequence            INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_mandate FOREIGN KEY (mandate_id) REFERENCES council_mandate (id),
    CONSTRAINT fk_session_minutes_draft FOREIGN KEY (minutes_draft_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_session_public ON council_session (state, starts_at);

CREATE TABLE council_attendance (
    session_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    presence   VARCHAR(20) NOT NULL,
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES council_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES council_member (id),
    CONSTRAINT uq_attendance UNIQUE (session_id, member_id)
);

CREATE TABLE council_agenda_item (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id           BIGINT      NOT NULL,
    number               INT         NOT NULL,
    title_ar             VARCHAR(500),
    title_fr             VARCHAR(500),
    summary_ar           LONGTEXT,
    summary_fr           LONGTEXT,
    draft_outcome        VARCHAR(20),
    draft_votes_for      INT,
    draft_votes_against  INT,
    draft_abstentions    INT,
    draft_text_ar        LONGTEXT,
    draft_text_fr        LONGTEXT,
    created_at           DATETIME(6) NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    CONSTRAINT fk_item_session FOREIGN KEY (session_id) REFERENCES council_session (id) ON DELETE CASCADE,
    CONSTRAINT uq_item_number UNIQUE (session_id, number),
    CONSTRAINT ck_item_number CHECK (number > 0)
);

CREATE TABLE council_agenda_document (
    item_id  BIGINT NOT NULL,
    file_id  BIGINT NOT NULL,
    label_ar VARCHAR(300),
    label_fr VARCHAR(300),
    position INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_agenda_document_item FOREIGN KEY (item_id) REFERENCES council_agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_document_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_agenda_document_item ON council_agenda_document (item_id);

-- Published decisions: one row per version, never updated.
CREATE TABLE council_decision (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id           BIGINT        NOT NULL,
    version_number    INT           NOT NULL,
    outcome           VARCHAR(20)   NOT NULL,
    votes_for         INT,
    votes_against     INT,
    abstentions       INT,
    text_ar           LONGTEXT,
    text_fr           LONGTEXT,
    correction_reason VARCHAR(1000),
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_decision_item FOREIGN KEY (item_id) REFERENCES council_agenda_item (id),
    CONSTRAINT uq_decision_version UNIQUE (item_id, version_number)
);

-- Published minutes (procès-verbal): one row per version, never updated.
CREATE TABLE council_minutes (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id        BIGINT        NOT NULL,
    version_number    INT           NOT NULL,
    file_id           BIGINT        NOT NULL,
    correction_reason VARCHAR(1000),
    published_at      DATETIME(6)   NOT NULL,
    published_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_minutes_session FOREIGN KEY (session_id) REFERENCES council_session (id),
    CONSTRAINT fk_minutes_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT uq_minutes_version UNIQUE (session_id, version_number)
);

CREATE TABLE council_committee_meeting (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    committee_id   BIGINT      NOT NULL,
    state          VARCHAR(20) NOT NULL,
    starts_at      DATETIME(6) NOT NULL,
    ends_at        DATETIME(6),
    place_ar       VARCHAR(300),
    place_fr       VARCHAR(300),
    public_meeting BOOLEAN     NOT NULL DEFAULT FALSE,
    agenda_ar      LONGTEXT,
    agenda_fr      LONGTEXT,
    report_id      BIGINT,
    sequence       INT         NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES council_committee (id),
    CONSTRAINT fk_meeting_report FOREIGN KEY (report_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_meeting_public ON council_committee_meeting (state, starts_at);

CREATE TABLE council_committee_attendance (
    meeting_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    presence   VARCHAR(20) NOT NULL,
    CONSTRAINT fk_committee_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES council_committee_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_attendance_member FOREIGN KEY (member_id) REFERENCES council_member (id),
    CONSTRAINT uq_committee_attendance UNIQUE (meeting_id, member_id)
);

-- Which session items a committee meeting prepared.
CREATE TABLE council_meeting_item (
    meeting_id BIGINT NOT NULL,
    item_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, item_id),
    CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id) REFERENCES council_committee_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_item_item FOREIGN KEY (item_id) REFERENCES council_agenda_item (id) ON DELETE CASCADE
);
