-- The innovation funnel: every initiative on one timeline, whichever instruments carry it on (idea, challenge,
-- application, pilot, contract, adoption), with each stage transition recorded: who, when, why, time in stage.

CREATE TABLE initiative (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(254)    NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(254)    NOT NULL,
    title            VARCHAR(300)    NOT NULL,
    start_stage      VARCHAR(20)     NOT NULL,
    stage            VARCHAR(20)     NOT NULL,
    started_at       DATETIME(6)     NOT NULL,
    started_year     INT             NOT NULL,
    stage_since      DATETIME(6)     NOT NULL,
    department_id    BIGINT,
    programme_id     BIGINT,
    programme_name   VARCHAR(200),
    CONSTRAINT fk_initiative_department FOREIGN KEY (department_id) REFERENCES organisation (id),
    CONSTRAINT fk_initiative_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_initiative_year ON initiative (started_year, start_stage, stage);
CREATE INDEX ix_initiative_department ON initiative (department_id, started_year);
CREATE INDEX ix_initiative_programme ON initiative (programme_id, started_year);
CREATE INDEX ix_initiative_recent ON initiative (stage_since, id);

-- the instruments that carried an initiative: 'idea:5', 'challenge:7', 'application:12'…
CREATE TABLE initiative_ref (
    initiative_id    BIGINT          NOT NULL,
    ref              VARCHAR(60)     NOT NULL,
    PRIMARY KEY (initiative_id, ref),
    CONSTRAINT fk_ref_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_initiative_ref ON initiative_ref (ref);

CREATE TABLE stage_transition (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(254)    NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(254)    NOT NULL,
    initiative_id    BIGINT          NOT NULL,
    from_stage       VARCHAR(20),
    stage            VARCHAR(20)     NOT NULL,
    ref              VARCHAR(60)     NOT NULL,
    actor            VARCHAR(254)    NOT NULL,
    reason           VARCHAR(1000),
    entered_at       DATETIME(6)     NOT NULL,
    left_at          DATETIME(6),
    seconds_in_stage BIGINT,
    CONSTRAINT fk_transition_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_transition_initiative ON stage_transition (initiative_id, entered_at);
CREATE INDEX ix_transition_stage ON stage_transition (stage, left_at);
