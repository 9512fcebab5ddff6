-- E-mail delivery of the notification outbox: every row is also mailed to its recipient.
-- PENDING until the mail server accepted it (SENT); a failure is retried with a growing delay
-- (mail_next_attempt_at) and never given up, so no notification is lost.
ALTER TABLE notification ADD COLUMN mail_status VARCHAR(20) NOT NULL DEFAULT 'PENDING';
ALTER TABLE notification ADD COLUMN mail_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN mail_next_attempt_at DATETIME(6);
ALTER TABLE notification ADD COLUMN mail_sent_at DATETIME(6);
ALTER TABLE notification ADD COLUMN mail_last_error VARCHAR(1000);
-- The rows written before mail existed were only ever meant for the home page: they count as SENT
-- (with no mail_sent_at, as none was mailed), so an upgrade does not mail people old notifications.
UPDATE notification SET mail_status = 'SENT';
-- The dispatcher's query: the PENDING rows whose next attempt is due.
CREATE INDEX ix_notification_mail_due ON notification (mail_status, mail_next_attempt_at);
