-- The residents' side of the cases (issue 5): the commune's territory (a case located outside it is
-- refused, on every channel) and the centre of the residents' map, both data of the commune profile;
-- the day an information request was appealed to the head of the commune (law 31.13, article 19), from
-- which the head's own delay is counted; and the recent submissions per client address that slow down
-- then refuse a flood of forms, shared by every server instance.

ALTER TABLE commune_profile ADD COLUMN map_center_lat DOUBLE;
ALTER TABLE commune_profile ADD COLUMN map_center_lon DOUBLE;
ALTER TABLE commune_profile ADD COLUMN map_zoom INT;
-- "latitude longitude" pairs separated by ";" (WGS 84), the polygon closed implicitly.
ALTER TABLE commune_profile ADD COLUMN boundary VARCHAR(4000);

ALTER TABLE citizen_case ADD COLUMN appealed_at DATETIME(6);
-- Why an information request is urgent (law 31.13: life, safety or liberty).
ALTER TABLE citizen_case ADD COLUMN urgency_ground VARCHAR(10);

-- One row per accepted submission (or bot caught by the honeypot): a SHA-256 of the client address,
-- never the address itself, kept only as long as the throttling window.
CREATE TABLE submission_attempt (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_key VARCHAR(64) NOT NULL,
    at         DATETIME(6) NOT NULL
);
CREATE INDEX ix_submission_attempt_client ON submission_attempt (client_key, at);
CREATE INDEX ix_submission_attempt_at ON submission_attempt (at);
