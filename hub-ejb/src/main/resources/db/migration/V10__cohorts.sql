-- Cohorts, first part: programmes, cohorts (intakes) with dated phases, and departments' challenges.

CREATE TABLE programme (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000),
    kind         VARCHAR(40)   NOT NULL,
    owner_id     BIGINT,
    CONSTRAINT uq_programme_name UNIQUE (name),
    CONSTRAINT fk_programme_owner FOREIGN KEY (owner_id) REFERENCES organisation (id)
);

CREATE TABLE cohort (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(254)  NOT NULL,
    programme_id  BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    capacity      INT           NOT NULL,
    time_zone     VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_cohort_name UNIQUE (programme_id, name),
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE cohort_phase (
    cohort_id           BIGINT       NOT NULL,
    position            INT          NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NOT NULL,
    teams_per_challenge INT,
    PRIMARY KEY (cohort_id, position),
    CONSTRAINT fk_phase_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);

CREATE TABLE challenge (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    created_by       VARCHAR(254)   NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(254)   NOT NULL,
    cohort_id        BIGINT         NOT NULL,
    department_id    BIGINT         NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    problem          VARCHAR(4000),
    goal_target      DECIMAL(19, 2),
    goal_unit        VARCHAR(100),
    goal_metric      VARCHAR(500),
    goal_deadline    DATE,
    resources        VARCHAR(2000),
    budget           DECIMAL(19, 2),
    prize            VARCHAR(500),
    status           VARCHAR(20)    NOT NULL,
    review_comment   VARCHAR(2000),
    published_at     DATETIME(6),
    CONSTRAINT fk_challenge_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_challenge_department FOREIGN KEY (department_id) REFERENCES organisation (id)
);
CREATE INDEX ix_challenge_status ON challenge (status, cohort_id);

CREATE TABLE challenge_team_limit (
    challenge_id  BIGINT       NOT NULL,
    phase         VARCHAR(40)  NOT NULL,
    teams         INT          NOT NULL,
    PRIMARY KEY (challenge_id, phase),
    CONSTRAINT fk_team_limit_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id) ON DELETE CASCADE
);
