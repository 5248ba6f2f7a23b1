-- Operations tokens (issue 6, item 2): what an operations script presents as "Authorization: Bearer" to
-- the imports API (/api/admin/imports). An administrator issues one to a FINANCE or ADMIN account in the
-- back office; the token acts as that account, with its roles as they are when it is used (a deactivated
-- account or one that lost both roles makes its tokens useless). Only the SHA-256 of a token is kept: it is
-- shown once, when it is issued. A revoked token stays on record and never works again.

CREATE TABLE operations_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(60)  NOT NULL,
    label        VARCHAR(60)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    revoked_by   VARCHAR(60),
    revoked_at   DATETIME(6),
    last_used_at DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_operations_token_hash UNIQUE (token_hash)
);

CREATE INDEX ix_operations_token_created ON operations_token (created_at);
