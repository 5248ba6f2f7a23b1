-- The partnerships and projects windows: conventions with what each side commits, and the commune's
-- projects with their milestones, photos, location and funding partnerships.

CREATE TABLE partnership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_ar      VARCHAR(300),
    partner_fr      VARCHAR(300),
    subject_ar      VARCHAR(500),
    subject_fr      VARCHAR(500),
    description_ar  LONGTEXT,
    description_fr  LONGTEXT,
    kind            VARCHAR(20)  NOT NULL,
    stage           VARCHAR(20)  NOT NULL,
    signed_on       DATE,
    duration_months INT,
    convention_id   BIGINT,
    status          VARCHAR(20)  NOT NULL,
    published_at    DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_partnership_convention FOREIGN KEY (convention_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_partnership_public ON partnership (status, kind, stage, signed_on);

CREATE TABLE partnership_contribution (
    partnership_id BIGINT         NOT NULL,
    party_ar       VARCHAR(300),
    party_fr       VARCHAR(300),
    amount         DECIMAL(19, 2) NOT NULL,
    position       INT            NOT NULL DEFAULT 0,
    CONSTRAINT fk_contribution_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE
);
CREATE INDEX ix_contribution_partnership ON partnership_contribution (partnership_id);

CREATE TABLE project (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    title_ar       VARCHAR(300),
    title_fr       VARCHAR(300),
    description_ar LONGTEXT,
    description_fr LONGTEXT,
    stage          VARCHAR(20)    NOT NULL,
    district_id    BIGINT,
    budget         DECIMAL(19, 2),
    start_date     DATE,
    end_date       DATE,
    progress       INT            NOT NULL DEFAULT 0,
    latitude       DECIMAL(9, 6),
    longitude      DECIMAL(9, 6),
    status         VARCHAR(20)    NOT NULL,
    published_at   DATETIME(6),
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_project_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_project_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_project_public ON project (status, stage, district_id, start_date);

CREATE TABLE project_milestone (
    project_id BIGINT NOT NULL,
    label_ar   VARCHAR(300),
    label_fr   VARCHAR(300),
    planned_on DATE,
    done       BOOLEAN NOT NULL DEFAULT FALSE,
    position   INT     NOT NULL DEFAULT 0,
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_milestone_project ON project_milestone (project_id);

CREATE TABLE project_photo (
    project_id BIGINT NOT NULL,
    file_id    BIGINT NOT NULL,
    label_ar   VARCHAR(300),
    label_fr   VARCHAR(300),
    position   INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_photo_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_photo_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_photo_project ON project_photo (project_id);
CREATE INDEX ix_photo_file ON project_photo (file_id);

CREATE TABLE project_partnership (
    project_id     BIGINT NOT NULL,
    partnership_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, partnership_id),
    CONSTRAINT fk_pp_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_pp_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE
);
