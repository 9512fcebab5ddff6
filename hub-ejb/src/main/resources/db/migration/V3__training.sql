-- Training: skills framework, self-assessments, tracks, courses, sessions, enrolments, certificates.
-- Every entity table carries the BaseEntity columns: id, version, created_at/by, updated_at/by.

CREATE TABLE skill (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    code         VARCHAR(50)   NOT NULL,
    category     VARCHAR(20)   NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    name_ru      VARCHAR(200)  NOT NULL,
    sort_order   INT           NOT NULL,
    CONSTRAINT uk_skill_code UNIQUE (code)
);

-- four levels per skill: what the level means, and the self-assessment statement for it
CREATE TABLE skill_level (
    skill_id      BIGINT        NOT NULL,
    level_number  INT           NOT NULL,
    descriptor_en VARCHAR(1000) NOT NULL,
    descriptor_ru VARCHAR(1000) NOT NULL,
    statement_en  VARCHAR(500)  NOT NULL,
    statement_ru  VARCHAR(500)  NOT NULL,
    PRIMARY KEY (skill_id, level_number),
    CONSTRAINT fk_skill_level_skill FOREIGN KEY (skill_id) REFERENCES skill (id) ON DELETE CASCADE
);

CREATE TABLE position_family (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(254) NOT NULL,
    code       VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_ru    VARCHAR(200) NOT NULL,
    CONSTRAINT uk_position_family_code UNIQUE (code)
);

CREATE TABLE position_family_target (
    position_family_id BIGINT NOT NULL,
    skill_id           BIGINT NOT NULL,
    target_level       INT    NOT NULL,
    PRIMARY KEY (position_family_id, skill_id),
    CONSTRAINT fk_pft_family FOREIGN KEY (position_family_id) REFERENCES position_family (id) ON DELETE CASCADE,
    CONSTRAINT fk_pft_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE training_profile (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(254) NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(254) NOT NULL,
    person_id          BIGINT       NOT NULL,
    position_family_id BIGINT,
    line_manager_id    BIGINT,
    yearly_hours_quota INT,
    CONSTRAINT uk_training_profile_person UNIQUE (person_id),
    CONSTRAINT fk_tp_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_tp_family FOREIGN KEY (position_family_id) REFERENCES position_family (id),
    CONSTRAINT fk_tp_manager FOREIGN KEY (line_manager_id) REFERENCES person (id)
);

CREATE TABLE assessment (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(254) NOT NULL,
    person_id  BIGINT       NOT NULL,
    taken_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_assessment_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_assessment_person ON assessment (person_id, taken_at);

-- the answer (1-4) to each level statement, keyed "skill code.level"
CREATE TABLE assessment_answer (
    assessment_id BIGINT      NOT NULL,
    statement_key VARCHAR(60) NOT NULL,
    answer        INT         NOT NULL,
    PRIMARY KEY (assessment_id, statement_key),
    CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);

-- the level per skill that the answers gave
CREATE TABLE assessment_level (
    assessment_id BIGINT NOT NULL,
    skill_id      BIGINT NOT NULL,
    level_number  INT    NOT NULL,
    PRIMARY KEY (assessment_id, skill_id),
    CONSTRAINT fk_alevel_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_alevel_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE track (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT uk_track_name UNIQUE (name)
);

CREATE TABLE course (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    version                    BIGINT        NOT NULL,
    created_at                 DATETIME(6)   NOT NULL,
    created_by                 VARCHAR(254)  NOT NULL,
    updated_at                 DATETIME(6)   NOT NULL,
    updated_by                 VARCHAR(254)  NOT NULL,
    track_id                   BIGINT        NOT NULL,
    title                      VARCHAR(200)  NOT NULL,
    description                VARCHAR(4000),
    format                     VARCHAR(20)   NOT NULL,
    hours                      INT           NOT NULL,
    approval_required          BOOLEAN       NOT NULL,
    attendance_required_pct    INT           NOT NULL,
    assessment_required        BOOLEAN       NOT NULL,
    practice_projects_required INT           NOT NULL,
    CONSTRAINT fk_course_track FOREIGN KEY (track_id) REFERENCES track (id)
);

CREATE TABLE course_skill (
    course_id      BIGINT NOT NULL,
    skill_id       BIGINT NOT NULL,
    raises_to      INT    NOT NULL,
    PRIMARY KEY (course_id, skill_id),
    CONSTRAINT fk_course_skill_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE course_prerequisite (
    course_id       BIGINT NOT NULL,
    prerequisite_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, prerequisite_id),
    CONSTRAINT fk_prereq_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_prereq_prereq FOREIGN KEY (prerequisite_id) REFERENCES course (id)
);

CREATE TABLE course_session (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(254) NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    updated_by            VARCHAR(254) NOT NULL,
    course_id             BIGINT       NOT NULL,
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    place                 VARCHAR(500) NOT NULL,
    instructor_id         BIGINT,
    capacity              INT          NOT NULL,
    enrolment_deadline    DATE         NOT NULL,
    cancellation_deadline DATE         NOT NULL,
    waitlist_counter      INT          NOT NULL,
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_session_instructor FOREIGN KEY (instructor_id) REFERENCES person (id)
);

CREATE TABLE enrolment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(254)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(254)  NOT NULL,
    session_id         BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    queue_number       INT           NOT NULL,
    decision_comment   VARCHAR(1000),
    decided_by         VARCHAR(254),
    attendance_pct     INT,
    assessment_passed  BOOLEAN,
    completed_at       DATETIME(6),
    CONSTRAINT uk_enrolment_session_person UNIQUE (session_id, person_id),
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_enrolment_person ON enrolment (person_id, status);

CREATE TABLE practice_project (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(254)  NOT NULL,
    enrolment_id  BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_project_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

CREATE TABLE certificate (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(254)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(254)  NOT NULL,
    enrolment_id   BIGINT        NOT NULL,
    code           VARCHAR(64)   NOT NULL,
    issued_at      DATETIME(6)   NOT NULL,
    revoked        BOOLEAN       NOT NULL,
    revoked_reason VARCHAR(1000),
    CONSTRAINT uk_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
