-- Mentoring: mentor profiles, startup needs, conflicts of interest, matching rounds and matches.

CREATE TABLE mentor_profile (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    person_id    BIGINT        NOT NULL,
    expertise    VARCHAR(1000) NOT NULL,
    sectors      VARCHAR(1000) NOT NULL,
    languages    VARCHAR(500)  NOT NULL,
    capacity     INT           NOT NULL,
    availability VARCHAR(500),
    bio          VARCHAR(2000),
    active       BOOLEAN       NOT NULL,
    CONSTRAINT uk_mentor_profile_person UNIQUE (person_id),
    CONSTRAINT fk_mentor_profile_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE startup_needs (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(254)  NOT NULL,
    startup_id       BIGINT        NOT NULL,
    wanted_expertise VARCHAR(1000) NOT NULL,
    sector           VARCHAR(100),
    language         VARCHAR(50),
    meeting_format   VARCHAR(20)   NOT NULL,
    mentors_wanted   INT           NOT NULL,
    CONSTRAINT uk_startup_needs_startup UNIQUE (startup_id),
    CONSTRAINT fk_startup_needs_startup FOREIGN KEY (startup_id) REFERENCES organisation (id)
);

CREATE TABLE conflict_of_interest (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    mentor_id   BIGINT        NOT NULL,
    startup_id  BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    declared_by VARCHAR(254)  NOT NULL,
    CONSTRAINT uk_conflict_pair UNIQUE (mentor_id, startup_id),
    CONSTRAINT fk_conflict_mentor FOREIGN KEY (mentor_id) REFERENCES person (id),
    CONSTRAINT fk_conflict_startup FOREIGN KEY (startup_id) REFERENCES organisation (id)
);

CREATE TABLE matching_round (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(254) NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(254) NOT NULL,
    name               VARCHAR(200) NOT NULL,
    weight_expertise   INT          NOT NULL,
    weight_sector      INT          NOT NULL,
    weight_language    INT          NOT NULL,
    weight_government  INT          NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    run_at             DATETIME(6),
    solve_millis       BIGINT,
    optimal            BOOLEAN
);

CREATE TABLE mentor_match (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    round_id    BIGINT        NOT NULL,
    mentor_id   BIGINT        NOT NULL,
    startup_id  BIGINT        NOT NULL,
    score       INT           NOT NULL,
    breakdown   VARCHAR(500)  NOT NULL,
    pinned      BOOLEAN       NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_match_round FOREIGN KEY (round_id) REFERENCES matching_round (id),
    CONSTRAINT fk_match_mentor FOREIGN KEY (mentor_id) REFERENCES person (id),
    CONSTRAINT fk_match_startup FOREIGN KEY (startup_id) REFERENCES organisation (id)
);
CREATE INDEX ix_match_mentor ON mentor_match (mentor_id, status);

-- why a startup did not get a best-scoring mentor (one row per missed mentor)
CREATE TABLE match_explanation (
    round_id   BIGINT        NOT NULL,
    startup_id BIGINT        NOT NULL,
    mentor_id  BIGINT,
    score      INT           NOT NULL,
    reason     VARCHAR(30)   NOT NULL,
    holders    VARCHAR(1000),
    CONSTRAINT fk_explanation_round FOREIGN KEY (round_id) REFERENCES matching_round (id) ON DELETE CASCADE
);
CREATE INDEX ix_explanation_round ON match_explanation (round_id);
