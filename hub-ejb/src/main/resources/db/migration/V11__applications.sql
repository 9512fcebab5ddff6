-- Cohorts, second part: startups' profiles (the facts eligibility is checked on), the cohort's eligibility rules,
-- applications to challenges with their pitch decks, and the selection funnel.

CREATE TABLE startup_profile (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    organisation_id BIGINT        NOT NULL,
    legal_form      VARCHAR(30),
    registered_on   DATE,
    sector          VARCHAR(100),
    team_size       INT           NOT NULL DEFAULT 1,
    has_mvp         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_startup_profile UNIQUE (organisation_id),
    CONSTRAINT fk_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE startup_turnover (
    profile_id  BIGINT         NOT NULL,
    year_no     INT            NOT NULL,
    amount      DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (profile_id, year_no),
    CONSTRAINT fk_turnover_profile FOREIGN KEY (profile_id) REFERENCES startup_profile (id) ON DELETE CASCADE
);

ALTER TABLE cohort ADD COLUMN private_company_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cohort ADD COLUMN max_age_years INT;
ALTER TABLE cohort ADD COLUMN age_exceptions VARCHAR(500);
ALTER TABLE cohort ADD COLUMN max_turnover DECIMAL(15, 2);
ALTER TABLE cohort ADD COLUMN mvp_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE application (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(254)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(254)  NOT NULL,
    challenge_id      BIGINT        NOT NULL,
    startup_id        BIGINT        NOT NULL,
    author_id         BIGINT        NOT NULL,
    proposal          VARCHAR(8000),
    team              VARCHAR(2000),
    status            VARCHAR(20)   NOT NULL,
    submitted_at      DATETIME(6),
    rules_passed      BOOLEAN,
    override_eligible BOOLEAN,
    override_reason   VARCHAR(1000),
    override_by       VARCHAR(254),
    decided_at        DATETIME(6),
    CONSTRAINT uq_application UNIQUE (challenge_id, startup_id),
    CONSTRAINT fk_application_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_application_startup FOREIGN KEY (startup_id) REFERENCES organisation (id),
    CONSTRAINT fk_application_author FOREIGN KEY (author_id) REFERENCES person (id)
);
CREATE INDEX ix_application_status ON application (challenge_id, status);
CREATE INDEX ix_application_startup ON application (startup_id);

CREATE TABLE application_document (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    application_id  BIGINT        NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    size_bytes      INT           NOT NULL,
    content         LONGBLOB      NOT NULL,
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES application (id)
);
