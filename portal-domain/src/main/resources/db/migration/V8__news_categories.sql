-- News categories: each article is filed under one (optional for drafts written before they existed).

CREATE TABLE news_category (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug     VARCHAR(60) NOT NULL,
    name_ar  VARCHAR(200),
    name_fr  VARCHAR(200),
    position INT         NOT NULL DEFAULT 0,
    version  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_news_category_slug UNIQUE (slug)
);

ALTER TABLE news_article ADD COLUMN category_id BIGINT;
ALTER TABLE news_article ADD CONSTRAINT fk_news_article_category FOREIGN KEY (category_id) REFERENCES news_category (id);
CREATE INDEX ix_news_article_category ON news_article (category_id, status, published_at);
