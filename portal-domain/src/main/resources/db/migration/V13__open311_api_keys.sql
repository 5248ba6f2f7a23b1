-- Open311 GeoReport v2 (issue 5, item 7): the keys the back office issues to the applications that file
-- residents' reports through the API. Only the SHA-256 of a key is kept: the key itself is shown once, when
-- it is issued, and cannot be read back from the database.

CREATE TABLE api_key (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_name  VARCHAR(60)  NOT NULL,
    key_hash     CHAR(64)     NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    revoked_by   VARCHAR(60),
    revoked_at   DATETIME(6),
    last_used_at DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash)
);

-- GET requests.{format}: the reports of a date window, newest first, across the categories.
CREATE INDEX ix_case_kind_received ON citizen_case (kind, received_at);
