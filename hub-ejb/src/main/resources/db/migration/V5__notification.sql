-- The notification outbox: messages for people (bundle key + parameters), shown on their home page.
CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    message_key VARCHAR(100)  NOT NULL,
    parameters  VARCHAR(2000),
    read_at     DATETIME(6)
);
CREATE INDEX ix_notification_recipient ON notification (recipient, id);
