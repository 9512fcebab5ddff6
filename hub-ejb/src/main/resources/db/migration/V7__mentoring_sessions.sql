-- Mentoring session logs, agreed actions, fit checks, and the mentors' calendar feed tokens.
ALTER TABLE mentor_profile ADD COLUMN calendar_token VARCHAR(64);
ALTER TABLE mentor_match ADD COLUMN mentor_fit VARCHAR(20);
ALTER TABLE mentor_match ADD COLUMN startup_fit VARCHAR(20);
ALTER TABLE mentor_match ADD COLUMN mentor_fit_after INT NOT NULL DEFAULT 0;
ALTER TABLE mentor_match ADD COLUMN startup_fit_after INT NOT NULL DEFAULT 0;

CREATE TABLE mentoring_session (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(254)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(254)  NOT NULL,
    match_id           BIGINT        NOT NULL,
    held_on            DATE          NOT NULL,
    duration_minutes   INT           NOT NULL,
    meeting_format     VARCHAR(20)   NOT NULL,
    topics             VARCHAR(1000) NOT NULL,
    notes              VARCHAR(4000),
    next_meeting_at    DATETIME(6),
    attendance_confirmed BOOLEAN,
    rating             INT,
    startup_comment    VARCHAR(2000),
    CONSTRAINT fk_session_match FOREIGN KEY (match_id) REFERENCES mentor_match (id)
);
CREATE INDEX ix_mentoring_session_match ON mentoring_session (match_id, held_on);

CREATE TABLE agreed_action (
    session_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    due_on      DATE,
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_action_session FOREIGN KEY (session_id) REFERENCES mentoring_session (id) ON DELETE CASCADE
);

-- the customer department of a startup, and the round's rule about mentors from it
ALTER TABLE startup_needs ADD COLUMN customer_department_id BIGINT;
ALTER TABLE startup_needs ADD CONSTRAINT fk_needs_department FOREIGN KEY (customer_department_id) REFERENCES organisation (id);
ALTER TABLE matching_round ADD COLUMN department_rule VARCHAR(20) NOT NULL DEFAULT 'NONE';

-- a mentor's skills, beside their expertise areas
ALTER TABLE mentor_profile ADD COLUMN skills VARCHAR(1000) NOT NULL DEFAULT '';
