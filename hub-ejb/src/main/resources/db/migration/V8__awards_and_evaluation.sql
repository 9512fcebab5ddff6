-- Awards (editions, nominations, entries, attachments, jury) and the evaluation context
-- (rounds, criteria, the frozen set of entries, scoresheets, declared conflicts), shared with cohort pitches.

CREATE TABLE award_edition (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(254)  NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    updated_by            VARCHAR(254)  NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    description           VARCHAR(2000),
    call_opens            DATETIME(6)   NOT NULL,
    call_closes           DATETIME(6)   NOT NULL,
    live_event_on         DATE,
    announcement_on       DATE,
    previous_edition_id   BIGINT,
    jurors_per_entry      INT           NOT NULL,
    max_entries_per_juror INT           NOT NULL,
    trimmed_mean          BOOLEAN       NOT NULL,
    published_at          DATETIME(6),
    CONSTRAINT uq_award_edition_name UNIQUE (name),
    CONSTRAINT fk_edition_previous FOREIGN KEY (previous_edition_id) REFERENCES award_edition (id)
);

CREATE TABLE award_nomination (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(254)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(254)  NOT NULL,
    edition_id     BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    description    VARCHAR(2000),
    entrant_types  VARCHAR(200)  NOT NULL,
    finalists      INT           NOT NULL,
    winners        INT           NOT NULL,
    CONSTRAINT uq_nomination_name UNIQUE (edition_id, name),
    CONSTRAINT fk_nomination_edition FOREIGN KEY (edition_id) REFERENCES award_edition (id)
);

CREATE TABLE award_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    nomination_id   BIGINT        NOT NULL,
    entrant_type    VARCHAR(20)   NOT NULL,
    author_id       BIGINT        NOT NULL,
    organisation_id BIGINT,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(4000),
    results         VARCHAR(4000),
    team            VARCHAR(2000),
    topics          VARCHAR(500)  NOT NULL DEFAULT '',
    status          VARCHAR(20)   NOT NULL,
    submitted_at    DATETIME(6),
    finalist        BOOLEAN       NOT NULL DEFAULT FALSE,
    prize           VARCHAR(20),
    prize_note      VARCHAR(1000),
    CONSTRAINT fk_entry_nomination FOREIGN KEY (nomination_id) REFERENCES award_nomination (id),
    CONSTRAINT fk_entry_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_entry_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_award_entry_author ON award_entry (author_id);

CREATE TABLE award_attachment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    entry_id    BIGINT        NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    size_bytes  INT           NOT NULL,
    content     LONGBLOB      NOT NULL,
    CONSTRAINT fk_attachment_entry FOREIGN KEY (entry_id) REFERENCES award_entry (id)
);

CREATE TABLE award_jury_member (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    edition_id  BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    expertise   VARCHAR(500)  NOT NULL DEFAULT '',
    chair       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_jury_member UNIQUE (edition_id, person_id),
    CONSTRAINT fk_jury_edition FOREIGN KEY (edition_id) REFERENCES award_edition (id),
    CONSTRAINT fk_jury_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE evaluation_round (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    owner        VARCHAR(100)  NOT NULL,
    round_no     INT           NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    trimmed_mean BOOLEAN       NOT NULL,
    chair_order  VARCHAR(2000) NOT NULL DEFAULT '',
    opened_at    DATETIME(6),
    closed_at    DATETIME(6),
    CONSTRAINT uq_round_owner UNIQUE (owner, round_no)
);

CREATE TABLE evaluation_criterion (
    round_id  BIGINT        NOT NULL,
    position  INT           NOT NULL,
    code      VARCHAR(40)   NOT NULL,
    name      VARCHAR(200)  NOT NULL,
    weight    INT           NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT fk_criterion_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id) ON DELETE CASCADE
);

CREATE TABLE evaluation_subject (
    round_id    BIGINT NOT NULL,
    subject_id  BIGINT NOT NULL,
    PRIMARY KEY (round_id, subject_id),
    CONSTRAINT fk_subject_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id) ON DELETE CASCADE
);

CREATE TABLE evaluation_sheet (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(254)  NOT NULL,
    round_id      BIGINT        NOT NULL,
    juror_id      BIGINT        NOT NULL,
    subject_id    BIGINT        NOT NULL,
    affinity      INT           NOT NULL,
    affinity_note VARCHAR(500),
    status        VARCHAR(20)   NOT NULL,
    submitted_at  DATETIME(6),
    recused_at    DATETIME(6),
    CONSTRAINT uq_sheet UNIQUE (round_id, juror_id, subject_id),
    CONSTRAINT fk_sheet_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_sheet_juror FOREIGN KEY (juror_id) REFERENCES person (id)
);
CREATE INDEX ix_sheet_juror ON evaluation_sheet (juror_id, round_id);

CREATE TABLE evaluation_score (
    sheet_id   BIGINT        NOT NULL,
    criterion  VARCHAR(40)   NOT NULL,
    score      INT           NOT NULL,
    comment    VARCHAR(2000),
    PRIMARY KEY (sheet_id, criterion),
    CONSTRAINT fk_score_sheet FOREIGN KEY (sheet_id) REFERENCES evaluation_sheet (id) ON DELETE CASCADE
);

CREATE TABLE evaluation_conflict (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    juror_id    BIGINT        NOT NULL,
    subject_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_conflict UNIQUE (owner, juror_id, subject_id),
    CONSTRAINT fk_conflict_juror FOREIGN KEY (juror_id) REFERENCES person (id)
);
