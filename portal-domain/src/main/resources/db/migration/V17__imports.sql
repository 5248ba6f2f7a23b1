-- The nightly imports (issue 6): the files received, their executions, reject reports and leases, and
-- what they bring — budget lines, commitments and payment orders (GID), calls for tenders and awards
-- (procurement portal). The contract is shared/formats/IMPORTS.md.
--
-- Every imported row carries its natural key twice: in its columns, for the public pages' joins, and
-- as one `row_key` string (e.g. `2026|E-1`), unique and compared exactly (binary collation: `É` is not
-- `E`, on MariaDB as on H2), which the writer looks a chunk of rows up by. `source_record` is the row
-- as the contract writes it (its values in a fixed order) and `row_hash` its SHA-256: a row seen again
-- with the same hash is not written at all; a changed one is updated after its previous record is
-- copied into `import_row_history`.

CREATE TABLE import_file (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    charset     VARCHAR(20)  NOT NULL,
    source      VARCHAR(10)  NOT NULL,
    received_by VARCHAR(60),
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT ck_import_file_kind CHECK (kind IN ('CREDITS', 'ENGAGEMENTS', 'PAIEMENTS', 'AVIS', 'ATTRIBUTIONS')),
    CONSTRAINT ck_import_file_source CHECK (source IN ('INBOX', 'UPLOAD', 'API'))
);
CREATE INDEX ix_import_file_hash ON import_file (sha256);

-- A file's bytes, in pieces of at most 1 MiB: a nightly export of a million lines is over 100 MB, more
-- than one statement may carry (MariaDB's max_allowed_packet), and the shared database is the store
-- every server instance sees. Read back as one stream, in order.
CREATE TABLE import_file_chunk (
    file_id  BIGINT   NOT NULL,
    position INT      NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (file_id, position),
    CONSTRAINT fk_import_file_chunk_file FOREIGN KEY (file_id) REFERENCES import_file (id)
);

-- One Jakarta Batch execution of an import (a restart is a new execution of the same job instance).
CREATE TABLE import_execution (
    execution_id   BIGINT       PRIMARY KEY,
    instance_id    BIGINT       NOT NULL,
    file_id        BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    trigger_source VARCHAR(10)  NOT NULL,
    started_by     VARCHAR(60)  NOT NULL,
    server         VARCHAR(100) NOT NULL,
    forced         BOOLEAN      NOT NULL DEFAULT FALSE,
    restart_of     BIGINT,
    status         VARCHAR(20)  NOT NULL,
    records        BIGINT,
    rejected       BIGINT,
    inserted       BIGINT       NOT NULL DEFAULT 0,
    updated        BIGINT       NOT NULL DEFAULT 0,
    unchanged      BIGINT       NOT NULL DEFAULT 0,
    refusal_reason VARCHAR(40),
    refusal_line   BIGINT,
    refusal_detail VARCHAR(300),
    started_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_import_execution_file FOREIGN KEY (file_id) REFERENCES import_file (id),
    CONSTRAINT ck_import_execution_trigger CHECK (trigger_source IN ('INBOX', 'UPLOAD', 'API', 'RESTART'))
);
CREATE INDEX ix_import_execution_instance ON import_execution (instance_id);
CREATE INDEX ix_import_execution_started ON import_execution (started_at);
CREATE INDEX ix_import_execution_file ON import_execution (file_id, status);

-- The reject report of a job instance: written in the chunk's transaction, so a restart never repeats a line.
CREATE TABLE import_rejection (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    instance_id BIGINT       NOT NULL,
    line_no     BIGINT       NOT NULL,
    column_name VARCHAR(60),
    cell_value  VARCHAR(210),
    reason      VARCHAR(40)  NOT NULL
);
CREATE INDEX ix_import_rejection_instance ON import_rejection (instance_id, line_no);

-- Never two executions of one job at once, also across server instances: the lease is taken in the
-- database before a job starts, renewed as its chunks commit, and released when it ends; a lease that
-- stopped being renewed (a server that died) expires.
CREATE TABLE import_lease (
    job_name     VARCHAR(40)  PRIMARY KEY,
    holder       VARCHAR(100),
    execution_id BIGINT,
    leased_until DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO import_lease (job_name) VALUES
('import-credits'), ('import-engagements'), ('import-paiements'), ('import-avis'), ('import-attributions'),
('nightly-inbox');

CREATE TABLE import_row_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    row_key      VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    execution_id BIGINT        NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    previous     VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_import_row_history_key ON import_row_history (kind, row_key);

-- GID: the budget lines opened per year (CREDITS).
CREATE TABLE budget_line (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    row_key           VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    row_hash          CHAR(64)      NOT NULL,
    source_record     VARCHAR(4000) NOT NULL,
    fiscal_year       INT           NOT NULL,
    code              VARCHAR(30)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    section           VARCHAR(20)   NOT NULL,
    chapter           VARCHAR(4)    NOT NULL,
    article           VARCHAR(4)    NOT NULL,
    paragraph         VARCHAR(4)    NOT NULL,
    line_no           VARCHAR(4)    NOT NULL,
    label_fr          VARCHAR(500),
    label_ar          VARCHAR(500),
    credits_opened    DECIMAL(15,2) NOT NULL,
    last_execution_id BIGINT        NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_budget_line_key UNIQUE (row_key),
    CONSTRAINT ck_budget_line_section CHECK (section IN ('FONCTIONNEMENT', 'INVESTISSEMENT'))
);
CREATE INDEX ix_budget_line_year ON budget_line (fiscal_year, section, chapter, article);

-- GID: commitments (ENGAGEMENTS). A supplier without an ICE may be a natural person: never named publicly.
CREATE TABLE commitment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    row_key            VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    row_hash           CHAR(64)      NOT NULL,
    source_record      VARCHAR(4000) NOT NULL,
    fiscal_year        INT           NOT NULL,
    number             VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    committed_on       DATE          NOT NULL,
    budget_line_code   VARCHAR(30)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject            VARCHAR(1000) NOT NULL,
    supplier_name      VARCHAR(300)  NOT NULL,
    supplier_ice       VARCHAR(15),
    contract_reference VARCHAR(60)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    amount             DECIMAL(15,2) NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    last_execution_id  BIGINT        NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_commitment_key UNIQUE (row_key),
    CONSTRAINT ck_commitment_status CHECK (status IN ('VISE', 'REJETE', 'ANNULE'))
);
CREATE INDEX ix_commitment_line ON commitment (fiscal_year, budget_line_code);
CREATE INDEX ix_commitment_contract ON commitment (contract_reference);
CREATE INDEX ix_commitment_supplier ON commitment (supplier_ice);

-- GID: payment orders and payments (PAIEMENTS).
CREATE TABLE payment_order (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    row_key           VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    row_hash          CHAR(64)      NOT NULL,
    source_record     VARCHAR(4000) NOT NULL,
    fiscal_year       INT           NOT NULL,
    number            VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ordered_on        DATE          NOT NULL,
    commitment_number VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    amount_ordered    DECIMAL(15,2) NOT NULL,
    paid_on           DATE,
    amount_paid       DECIMAL(15,2),
    payment_mode      VARCHAR(10),
    status            VARCHAR(12)   NOT NULL,
    last_execution_id BIGINT        NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_payment_order_key UNIQUE (row_key),
    CONSTRAINT ck_payment_order_status CHECK (status IN ('ORDONNANCE', 'PAYE', 'REJETE')),
    CONSTRAINT ck_payment_order_mode CHECK (payment_mode IS NULL OR payment_mode IN ('VIREMENT', 'CHEQUE', 'ESPECES'))
);
CREATE INDEX ix_payment_order_commitment ON payment_order (fiscal_year, commitment_number);
CREATE INDEX ix_payment_order_paid ON payment_order (paid_on);

-- Procurement portal: calls for tenders (AVIS). Deadlines are instants (UTC), read as Casablanca time.
CREATE TABLE tender (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    row_key               VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    row_hash              CHAR(64)      NOT NULL,
    source_record         VARCHAR(4000) NOT NULL,
    reference             VARCHAR(60)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject_fr            VARCHAR(1000),
    subject_ar            VARCHAR(1000),
    category              VARCHAR(12)   NOT NULL,
    procedure_kind        VARCHAR(10)   NOT NULL,
    estimate              DECIMAL(15,2),
    provisional_guarantee DECIMAL(15,2),
    published_on          DATE          NOT NULL,
    deadline_at           DATETIME(6)   NOT NULL,
    bid_opening_at        DATETIME(6),
    bid_opening_place     VARCHAR(300),
    status                VARCHAR(12)   NOT NULL,
    last_execution_id     BIGINT        NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    CONSTRAINT uk_tender_key UNIQUE (row_key),
    CONSTRAINT ck_tender_category CHECK (category IN ('TRAVAUX', 'FOURNITURES', 'SERVICES')),
    CONSTRAINT ck_tender_procedure CHECK (procedure_kind IN ('AOO', 'AOR', 'CONCOURS', 'NEGOCIEE', 'BC')),
    CONSTRAINT ck_tender_status CHECK (status IN ('PUBLIE', 'INFRUCTUEUX', 'ANNULE', 'ATTRIBUE'))
);
CREATE INDEX ix_tender_reference ON tender (reference);
CREATE INDEX ix_tender_deadline ON tender (status, deadline_at);
CREATE INDEX ix_tender_published ON tender (published_on);

-- Procurement portal: awards and their contracts (ATTRIBUTIONS); commitments name the contract number.
CREATE TABLE award (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    row_key           VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    row_hash          CHAR(64)      NOT NULL,
    source_record     VARCHAR(4000) NOT NULL,
    tender_reference  VARCHAR(60)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    contract_number   VARCHAR(60)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    supplier_name     VARCHAR(300)  NOT NULL,
    supplier_ice      VARCHAR(15),
    amount            DECIMAL(15,2) NOT NULL,
    approved_on       DATE          NOT NULL,
    execution_days    INT,
    last_execution_id BIGINT        NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_award_key UNIQUE (row_key)
);
CREATE INDEX ix_award_tender ON award (tender_reference);
CREATE INDEX ix_award_contract ON award (contract_number);
CREATE INDEX ix_award_approved ON award (approved_on);
