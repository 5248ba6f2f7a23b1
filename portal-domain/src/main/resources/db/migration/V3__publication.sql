-- What the public windows share: the search index and the generation counter of published content.

-- One row per published item of any window, in both languages, with its search form (SearchText),
-- computed by the application so that H2 and MySQL find exactly the same things.
CREATE TABLE search_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(30)   NOT NULL,
    item_id     BIGINT        NOT NULL,
    path        VARCHAR(300)  NOT NULL,
    title_ar    VARCHAR(500),
    title_fr    VARCHAR(500),
    text_ar     LONGTEXT,
    text_fr     LONGTEXT,
    title_words VARCHAR(2000) NOT NULL,
    words       LONGTEXT      NOT NULL,
    item_date   DATETIME(6),
    CONSTRAINT uq_search_entry UNIQUE (kind, item_id)
);

-- Bumped in the transaction of every publication, withdrawal or edit of published content; every
-- server instance compares it with the generation of its cached public pages.
CREATE TABLE content_generation (
    id         INT    PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO content_generation (id, generation) VALUES (1, 0);
