-- The virtual incubator, third part: expert evaluations. Experts (a new role) declare their expertise and how many
-- reviews they take at once; the manager invites them to published projects as the jury assignment proposes. A review
-- is a scoresheet of the evaluation context (one round per project, scored 1..5 on five criteria) plus what is the
-- incubator's own: the recommendation, whether the expert signs it, its release by a manager and the founder's answer.

-- a round's scale: the juries' 1..10 unless it says less
ALTER TABLE evaluation_round ADD COLUMN scale_max INT NOT NULL DEFAULT 10;

CREATE TABLE incubator_expert (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    person_id   BIGINT         NOT NULL,
    capacity    INT            NOT NULL,
    biography   VARCHAR(1000),
    CONSTRAINT uq_incubator_expert_person UNIQUE (person_id),
    CONSTRAINT fk_incubator_expert_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE incubator_expert_sector (
    expert_id  BIGINT       NOT NULL,
    sector     VARCHAR(30)  NOT NULL,
    PRIMARY KEY (expert_id, sector),
    CONSTRAINT fk_expert_sector_expert FOREIGN KEY (expert_id) REFERENCES incubator_expert (id)
);

CREATE TABLE incubator_expert_need (
    expert_id  BIGINT       NOT NULL,
    need       VARCHAR(30)  NOT NULL,
    PRIMARY KEY (expert_id, need),
    CONSTRAINT fk_expert_need_expert FOREIGN KEY (expert_id) REFERENCES incubator_expert (id)
);

CREATE TABLE incubator_review (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(254)   NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(254)   NOT NULL,
    project_id      BIGINT         NOT NULL,
    sheet_id        BIGINT         NOT NULL,
    expert_id       BIGINT         NOT NULL,
    recommendation  VARCHAR(30),
    anonymous       BOOLEAN        NOT NULL,
    -- the sum of the five scores once submitted (5..25): the rating is points / 5
    points          INT,
    submitted_at    DATETIME(6),
    released_at     DATETIME(6),
    released_by     VARCHAR(254),
    answer          TEXT,
    answered_at     DATETIME(6),
    CONSTRAINT uq_incubator_review_sheet UNIQUE (sheet_id),
    CONSTRAINT fk_review_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_review_sheet FOREIGN KEY (sheet_id) REFERENCES evaluation_sheet (id),
    CONSTRAINT fk_review_expert FOREIGN KEY (expert_id) REFERENCES person (id)
);
CREATE INDEX ix_review_project ON incubator_review (project_id, released_at);
CREATE INDEX ix_review_expert ON incubator_review (expert_id, submitted_at);
CREATE INDEX ix_review_release ON incubator_review (submitted_at, released_at);

-- the project's released reviews, added up as they are released: its rating is review_points / (5 × review_count)
ALTER TABLE project ADD COLUMN review_count INT NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN review_points INT NOT NULL DEFAULT 0;
