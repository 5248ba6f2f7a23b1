-- One lease table for all the work that must not run twice across server instances: the daily runs (the
-- department heads' morning email), the imports and the nightly inbox run (issue 6) lease their row of
-- run_lease the same way. An import's lease is bound to the job execution holding it (execution_id) and
-- renewed as its chunks commit. The imports lease per family, not per kind: a kind's checks read what the
-- others of its family write (a commitment's budget line, a payment's commitment, an award's call for
-- tenders), so two imports of one family never run at once. Any lease held at this migration belonged
-- to a server that stopped (migrations run at start-up): the rows start free.
ALTER TABLE run_lease ADD COLUMN execution_id BIGINT;
INSERT INTO run_lease (lease_key) VALUES ('imports.spending'), ('imports.procurement'), ('nightly-inbox');
DROP TABLE import_lease;
