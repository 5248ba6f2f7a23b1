-- The reference data of the residents' cases (issue 5): the public holidays that the legal clocks skip,
-- and the Allo Citizen categories, each routed to a department with its target delay.

CREATE TABLE public_holiday (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_ar     VARCHAR(200) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    fixed_month INT,
    fixed_day   INT,
    first_date  DATE         NOT NULL,
    days        INT          NOT NULL DEFAULT 1,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_holiday_kind CHECK (kind IN ('FIXED', 'ISLAMIC')),
    CONSTRAINT ck_holiday_fixed CHECK (kind <> 'FIXED' OR (fixed_month BETWEEN 1 AND 12 AND fixed_day BETWEEN 1 AND 31)),
    CONSTRAINT ck_holiday_days CHECK (days BETWEEN 1 AND 5)
);
CREATE INDEX ix_holiday_first_date ON public_holiday (first_date);

CREATE TABLE request_category (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    name_ar           VARCHAR(200) NOT NULL,
    name_fr           VARCHAR(200) NOT NULL,
    description_ar    VARCHAR(1000),
    description_fr    VARCHAR(1000),
    icon              VARCHAR(40)  NOT NULL,
    department_id     BIGINT       NOT NULL,
    target_value      INT          NOT NULL,
    target_unit       VARCHAR(20)  NOT NULL,
    emergency_numbers VARCHAR(200),
    position          INT          NOT NULL DEFAULT 0,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_request_category_code UNIQUE (code),
    CONSTRAINT fk_request_category_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_request_category_target CHECK (target_value > 0),
    CONSTRAINT ck_request_category_unit CHECK (target_unit IN ('WORKING_DAYS', 'HOURS'))
);
