-- The legal clocks and the routing of the residents' cases, as data (issue 5; DESIGN.md "Legal clocks
-- (configurable; these are the defaults)"): one row, changed by administrators on the legal calendar page,
-- with a version for optimistic locking. The defaults are the law's: law 31.13 (information requests:
-- 20 working days, one extension of 20, 3 when urgent; a complaint to the head of the commune within 20
-- working days of the answer or of the deadline passing) and the commune's 60 calendar days for
-- complaints and suggestions. The routing names departments by code (the commune's seed creates them
-- after this schema, so no foreign key can hold here; the service refuses a code that does not exist).

CREATE TABLE request_settings (
    id                          BIGINT      NOT NULL PRIMARY KEY,
    information_days            INT         NOT NULL,
    information_extension_days  INT         NOT NULL,
    urgent_information_days     INT         NOT NULL,
    complaint_days              INT         NOT NULL,
    appeal_days                 INT         NOT NULL,
    complaints_department_code  VARCHAR(40) NOT NULL,
    information_department_code VARCHAR(40) NOT NULL,
    updated_at                  DATETIME(6) NOT NULL,
    version                     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_request_settings_one CHECK (id = 1),
    CONSTRAINT ck_request_settings_days CHECK (information_days > 0 AND information_extension_days > 0
        AND urgent_information_days > 0 AND complaint_days > 0 AND appeal_days > 0)
);

INSERT INTO request_settings (id, information_days, information_extension_days, urgent_information_days, complaint_days,
                              appeal_days, complaints_department_code, information_department_code, updated_at, version)
VALUES (1, 20, 20, 3, 60, 20, 'GENERAL_DIRECTORATE', 'COMMUNICATION', '2026-11-29 00:00:00', 0);
