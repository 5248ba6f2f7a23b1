-- The services catalogue: its groups, the services (what to bring, fees, delay, office, hours) and
-- their downloadable forms (PDF).

CREATE TABLE service_category (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug     VARCHAR(60)  NOT NULL,
    name_ar  VARCHAR(200),
    name_fr  VARCHAR(200),
    position INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_category_slug UNIQUE (slug)
);

CREATE TABLE admin_service (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_id  BIGINT,
    name_ar      VARCHAR(300),
    name_fr      VARCHAR(300),
    summary_ar   VARCHAR(1000),
    summary_fr   VARCHAR(1000),
    documents_ar LONGTEXT,
    documents_fr LONGTEXT,
    fee_amount   DECIMAL(19, 2),
    fee_note_ar  VARCHAR(1000),
    fee_note_fr  VARCHAR(1000),
    delay_ar     VARCHAR(500),
    delay_fr     VARCHAR(500),
    office_ar    VARCHAR(500),
    office_fr    VARCHAR(500),
    hours_ar     VARCHAR(500),
    hours_fr     VARCHAR(500),
    position     INT         NOT NULL DEFAULT 0,
    status       VARCHAR(20) NOT NULL,
    published_at DATETIME(6),
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_admin_service_category FOREIGN KEY (category_id) REFERENCES service_category (id)
);
CREATE INDEX ix_admin_service_public ON admin_service (status, category_id, position);

CREATE TABLE admin_service_form (
    service_id BIGINT NOT NULL,
    file_id    BIGINT NOT NULL,
    label_ar   VARCHAR(300),
    label_fr   VARCHAR(300),
    position   INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_admin_service_form_service FOREIGN KEY (service_id) REFERENCES admin_service (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_service_form_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_admin_service_form_file ON admin_service_form (file_id);
