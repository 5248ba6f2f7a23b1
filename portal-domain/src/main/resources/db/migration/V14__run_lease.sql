-- Work that must run once a day across all server instances (the department heads' morning email, issue 5):
-- an instance leases the row (holder, until_at) with a conditional UPDATE before doing the work, and records
-- the day it was done (last_run_day) in the same transaction as the work itself. Another instance finds the
-- row leased or the day done and does nothing; a lease left by an instance that died expires by itself.

CREATE TABLE run_lease (
    lease_key    VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(100),
    until_at     DATETIME(6),
    last_run_day DATE
);

-- The department heads' morning email of the cases due soon and overdue.
INSERT INTO run_lease (lease_key) VALUES ('requests.digest');
