-- Work that must happen once whatever the number of servers (issue 14).
-- A scheduled job's row is locked by the run that does it, in the run's own transaction, and keeps the key of the
-- last run done (a day, a week): a second server's timer waits for the lock, sees the run done and does nothing; a
-- server that dies in the middle rolls back, and the next timer, on any server, does the run.
-- Start-up data (the first administrator, the demo data) spans several transactions: the server that loads it holds
-- a lease on its row (lease_owner, lease_until); the others wait until it is done, or take over once the lease ran out.
CREATE TABLE job_run (
    job              VARCHAR(60)     NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    last_run         VARCHAR(80),
    last_owner       VARCHAR(100),
    last_finished_at DATETIME(6),
    lease_owner      VARCHAR(100),
    lease_until      DATETIME(6)
);
INSERT INTO job_run (job, version) VALUES ('milestone-watch', 0), ('mentoring-reminders', 0), ('incubator-digest', 0),
    ('startup-data', 0);

-- The mail outbox: a server claims the rows it is about to mail (a token per run and a lease), so two servers never
-- mail the same row; a claim left by a server that died runs out and the row is mailed by another.
ALTER TABLE notification ADD COLUMN mail_claim VARCHAR(60);
ALTER TABLE notification ADD COLUMN mail_claimed_until DATETIME(6);
CREATE INDEX ix_notification_mail_claim ON notification (mail_claim);
