-- The city window: files, the commune's profile, key figures, districts and news.

CREATE TABLE stored_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL
);

CREATE TABLE commune_profile (
    id              BIGINT       PRIMARY KEY,
    code            VARCHAR(10)  NOT NULL,
    name_ar         VARCHAR(200),
    name_fr         VARCHAR(200),
    tagline_ar      VARCHAR(300),
    tagline_fr      VARCHAR(300),
    presentation_ar LONGTEXT,
    presentation_fr LONGTEXT,
    history_ar      LONGTEXT,
    history_fr      LONGTEXT,
    address_ar      VARCHAR(300),
    address_fr      VARCHAR(300),
    phone           VARCHAR(40),
    email           VARCHAR(190),
    arms_id         BIGINT,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_commune_profile_arms FOREIGN KEY (arms_id) REFERENCES stored_file (id)
);

CREATE TABLE key_figure (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    label_ar       VARCHAR(200),
    label_fr       VARCHAR(200),
    figure_value   DECIMAL(19, 2) NOT NULL,
    unit_ar        VARCHAR(60),
    unit_fr        VARCHAR(60),
    reference_year INT,
    source         VARCHAR(190),
    position       INT NOT NULL DEFAULT 0
);

CREATE TABLE district (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_ar        VARCHAR(200),
    name_fr        VARCHAR(200),
    description_ar VARCHAR(2000),
    description_fr VARCHAR(2000),
    population     INT,
    position       INT NOT NULL DEFAULT 0
);

CREATE TABLE news_article (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title_ar     VARCHAR(300),
    title_fr     VARCHAR(300),
    summary_ar   VARCHAR(1000),
    summary_fr   VARCHAR(1000),
    body_ar      LONGTEXT,
    body_fr      LONGTEXT,
    image_id     BIGINT,
    status       VARCHAR(20) NOT NULL,
    published_at DATETIME(6),
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_news_article_image FOREIGN KEY (image_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_news_article_public ON news_article (status, published_at);
