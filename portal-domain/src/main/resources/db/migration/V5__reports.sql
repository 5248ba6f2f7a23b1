-- Reports: technical and financial reports of the commune, per category and year, with their documents.

CREATE TABLE report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    category     VARCHAR(30)   NOT NULL,
    report_year  INT           NOT NULL,
    report_date  DATE,
    title_ar     VARCHAR(500),
    title_fr     VARCHAR(500),
    summary_ar   VARCHAR(3000),
    summary_fr   VARCHAR(3000),
    status       VARCHAR(20)   NOT NULL,
    published_at DATETIME(6),
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_report_public ON report (status, category, report_year);

CREATE TABLE report_document (
    report_id BIGINT       NOT NULL,
    file_id   BIGINT       NOT NULL,
    label_ar  VARCHAR(300),
    label_fr  VARCHAR(300),
    position  INT          NOT NULL,
    CONSTRAINT fk_report_document_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_report_document_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_report_document_file ON report_document (file_id);
