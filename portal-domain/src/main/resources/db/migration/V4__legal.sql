-- The legal space: decisions, orders (arrêtés), bylaws and conventions, with their PDF and related documents.

CREATE TABLE legal_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_type     VARCHAR(20)   NOT NULL,
    doc_number   VARCHAR(60),
    doc_date     DATE,
    title_ar     VARCHAR(500),
    title_fr     VARCHAR(500),
    summary_ar   VARCHAR(3000),
    summary_fr   VARCHAR(3000),
    pdf_id       BIGINT,
    status       VARCHAR(20)   NOT NULL,
    published_at DATETIME(6),
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_legal_document_pdf FOREIGN KEY (pdf_id) REFERENCES stored_file (id)
);
-- The public list filters published texts by type and year and sorts them by date.
CREATE INDEX ix_legal_document_public ON legal_document (status, doc_type, doc_date);

CREATE TABLE legal_document_attachment (
    legal_document_id BIGINT       NOT NULL,
    file_id           BIGINT       NOT NULL,
    label_ar          VARCHAR(300),
    label_fr          VARCHAR(300),
    position          INT          NOT NULL,
    CONSTRAINT fk_legal_attachment_document FOREIGN KEY (legal_document_id) REFERENCES legal_document (id),
    CONSTRAINT fk_legal_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_legal_attachment_file ON legal_document_attachment (file_id);
