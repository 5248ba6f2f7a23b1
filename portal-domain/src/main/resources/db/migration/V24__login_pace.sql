-- Staff logins are paced per account and source address instead of locking the account after five
-- failures (issue 12, finding 3: anyone could lock staff out, admin included). One row per failed
-- login (kept for the pace's window) and one per address an account last logged in from (kept for
-- the "known address" rule, at most one per account and address). Neither the user name typed nor
-- the address is kept, only their SHA-256: a name typed may be a password typed in the wrong field.
CREATE TABLE login_attempt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_key CHAR(64)    NOT NULL,
    client_key  CHAR(64)    NOT NULL,
    succeeded   BOOLEAN     NOT NULL,
    at          DATETIME(6) NOT NULL
);
CREATE INDEX ix_login_attempt_account ON login_attempt (account_key, succeeded, at);
CREATE INDEX ix_login_attempt_pair ON login_attempt (account_key, client_key, succeeded);
CREATE INDEX ix_login_attempt_at ON login_attempt (at);

ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;
