-- Staff identity: departments, accounts with PBKDF2 hashes and roles, and the audit log.
-- One migration set for MySQL/MariaDB and H2 in MySQL mode: keep to the SQL both understand.

CREATE TABLE department (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name_ar VARCHAR(200),
    name_fr VARCHAR(200),
    CONSTRAINT uk_department_code UNIQUE (code)
);

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    email           VARCHAR(190),
    password_hash   VARCHAR(255) NOT NULL,
    department_id   BIGINT       NOT NULL,
    department_head BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_department FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6) NOT NULL,
    actor        VARCHAR(60) NOT NULL,
    action       VARCHAR(60) NOT NULL,
    entity_type  VARCHAR(60) NOT NULL,
    entity_id    VARCHAR(60),
    before_state LONGTEXT,
    after_state  LONGTEXT
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
