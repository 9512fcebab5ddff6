-- The virtual incubator, seventh part: promotion. Posts by program managers (news, case studies, video interviews,
-- world digests) tagged with published projects, each at an address (slug) that never changes; and the subscribers of
-- the weekly e-mail digest: double opt-in by a secret token, one-click unsubscribe with the same token.

CREATE TABLE post (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(254)    NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(254)    NOT NULL,
    slug             VARCHAR(100)    NOT NULL,
    kind             VARCHAR(20)     NOT NULL,
    title            VARCHAR(200)    NOT NULL,
    summary          VARCHAR(500),
    body             TEXT,
    video_url        VARCHAR(500),
    status           VARCHAR(20)     NOT NULL,
    published_at     DATETIME(6),
    author_id        BIGINT          NOT NULL,
    CONSTRAINT uq_post_slug UNIQUE (slug),
    CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES person (id)
);
CREATE INDEX ix_post_published ON post (status, published_at);

CREATE TABLE post_project (
    post_id          BIGINT          NOT NULL,
    project_id       BIGINT          NOT NULL,
    PRIMARY KEY (post_id, project_id),
    CONSTRAINT fk_post_project_post FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT fk_post_project_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_post_project_project ON post_project (project_id);

CREATE TABLE subscriber (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(254)    NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(254)    NOT NULL,
    email            VARCHAR(254)    NOT NULL,
    language         VARCHAR(2)      NOT NULL,
    status           VARCHAR(20)     NOT NULL,
    token            VARCHAR(64)     NOT NULL,
    confirmed_at     DATETIME(6),
    last_digest_at   DATETIME(6),
    CONSTRAINT uq_subscriber_email UNIQUE (email),
    CONSTRAINT uq_subscriber_token UNIQUE (token)
);
CREATE INDEX ix_subscriber_status ON subscriber (status);
