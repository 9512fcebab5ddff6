-- Throttling instead of lockout (issue 15, OWASP ASVS 4.0.3 2.2.1): failed sign-ins count per account at a client
-- address and per client address, with growing delays; nobody's guesses lock the account's owner out any more.
CREATE TABLE sign_in_throttle (
    throttle_key    CHAR(64)    NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    scope           VARCHAR(20) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6),
    blocked_until   DATETIME(6)
);
CREATE INDEX ix_sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);
ALTER TABLE person DROP COLUMN failed_logins;
ALTER TABLE person DROP COLUMN locked_until;

-- A forgotten password: a link mailed through the outbox, good once and for an hour; only the token's SHA-256 is kept.
CREATE TABLE password_reset (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    person_id    BIGINT        NOT NULL,
    token_hash   CHAR(64)      NOT NULL,
    expires_at   DATETIME(6)   NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_person FOREIGN KEY (person_id) REFERENCES person (id)
);
