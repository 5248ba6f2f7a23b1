-- One lease table for all the work that must not run twice across server instances: the daily runs (the
-- department heads' morning email) and the import jobs and the nightly inbox run (issue 6) lease their row of
-- run_lease the same way. An import's lease is also bound to the job execution holding it (execution_id),
-- renewed as its chunks commit. The import leases move over; any lease held at this migration belongs to a
-- server that stopped (the migration runs at start-up), so the rows start free.
ALTER TABLE run_lease ADD COLUMN execution_id BIGINT;
INSERT INTO run_lease (lease_key) SELECT job_name FROM import_lease;
DROP TABLE import_lease;
