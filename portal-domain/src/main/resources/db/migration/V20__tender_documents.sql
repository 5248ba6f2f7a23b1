-- The documents of a call for tenders (issue 6: "a page per tender with its documents"): the procurement
-- portal's export carries none, so the finance service attaches them in the back office (the consultation
-- file, the notice, the minutes of the bid opening), as PDFs kept in stored_file. A tender is public, so
-- its documents are too, as soon as they are attached; detaching one stops serving it.
CREATE TABLE tender_document (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tender_id BIGINT       NOT NULL,
    file_id   BIGINT       NOT NULL,
    label_ar  VARCHAR(300),
    label_fr  VARCHAR(300),
    added_by  VARCHAR(60)  NOT NULL,
    added_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_tender_document_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_tender_document_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_tender_document_tender ON tender_document (tender_id);
CREATE INDEX ix_tender_document_file ON tender_document (file_id);
