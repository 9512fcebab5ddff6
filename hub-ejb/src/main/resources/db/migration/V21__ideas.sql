-- Ideas (issue 13, parts 1 and 2): citizens register themselves and verify their e-mail; citizens and civil servants
-- submit problems and ideas (the public service concerned, the district, attachments), others support them once
-- each and comment; program managers moderate (hide with a reason, merge duplicates) and assign an idea to a
-- department, which answers it and may turn ideas into a draft challenge of a cohort (the link is kept).

-- everyone who had an account before could sign in: they count as verified; self-registered citizens start unverified
ALTER TABLE person ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE email_verification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    person_id    BIGINT        NOT NULL,
    token        VARCHAR(64)   NOT NULL,
    expires_at   DATETIME(6)   NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT uq_verification_token UNIQUE (token),
    CONSTRAINT fk_verification_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE idea (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    created_by        VARCHAR(254)   NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    updated_by        VARCHAR(254)   NOT NULL,
    author_id         BIGINT         NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    problem           TEXT           NOT NULL,
    public_service    VARCHAR(30)    NOT NULL,
    district          VARCHAR(30),
    district_text     VARCHAR(200),
    status            VARCHAR(20)    NOT NULL,
    moderation_reason VARCHAR(1000),
    merged_with_id    BIGINT,          -- the idea it was merged into (a column named "…_into_…" makes Connector/J take a SELECT for SELECT … INTO)
    department_id     BIGINT,
    assigned_at       DATETIME(6),
    answer            VARCHAR(20),
    answer_text       VARCHAR(2000),
    answered_at       DATETIME(6),
    supporters        INT            NOT NULL DEFAULT 0,
    published_at      DATETIME(6)    NOT NULL,
    CONSTRAINT fk_idea_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_idea_merged FOREIGN KEY (merged_with_id) REFERENCES idea (id),
    CONSTRAINT fk_idea_department FOREIGN KEY (department_id) REFERENCES organisation (id)
);
CREATE INDEX ix_idea_status_new ON idea (status, published_at);
CREATE INDEX ix_idea_status_support ON idea (status, supporters, id);
CREATE INDEX ix_idea_author ON idea (author_id, id);
CREATE INDEX ix_idea_department ON idea (department_id, id);

-- one vote per person and idea
CREATE TABLE idea_vote (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    idea_id      BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    CONSTRAINT uq_idea_vote UNIQUE (idea_id, person_id),
    CONSTRAINT fk_vote_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT fk_vote_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE idea_comment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(254)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(254)   NOT NULL,
    idea_id        BIGINT         NOT NULL,
    author_id      BIGINT         NOT NULL,
    text           VARCHAR(2000)  NOT NULL,
    hidden         BOOLEAN        NOT NULL DEFAULT FALSE,
    hidden_reason  VARCHAR(1000),
    CONSTRAINT fk_comment_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
);
CREATE INDEX ix_comment_idea ON idea_comment (idea_id, id);

CREATE TABLE idea_attachment (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(254)   NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    VARCHAR(254)   NOT NULL,
    idea_id       BIGINT         NOT NULL,
    file_name     VARCHAR(200)   NOT NULL,
    content_type  VARCHAR(50)    NOT NULL,
    size_bytes    INT            NOT NULL,
    content       LONGBLOB       NOT NULL,
    CONSTRAINT fk_attachment_idea FOREIGN KEY (idea_id) REFERENCES idea (id)
);
CREATE INDEX ix_attachment_idea ON idea_attachment (idea_id, id);

-- the challenge an idea was turned into (one challenge may be made of several ideas)
CREATE TABLE idea_challenge (
    idea_id       BIGINT         NOT NULL PRIMARY KEY,
    challenge_id  BIGINT         NOT NULL,
    CONSTRAINT fk_idea_challenge_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT fk_idea_challenge_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_idea_challenge ON idea_challenge (challenge_id);
