-- The virtual incubator, second part: support. A project asks for support of a kind (funding, partners, a pilot
-- region, a business model, going abroad, volunteers, support at government level); program managers work each request
-- through a pipeline (new → in progress → introduced → done, or declined), with notes, introduce a mentor, an investor
-- or a partner organisation, and record the outcome, which the project's owner follows.

CREATE TABLE support_request (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    created_by        VARCHAR(254)   NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    updated_by        VARCHAR(254)   NOT NULL,
    project_id        BIGINT         NOT NULL,
    kind              VARCHAR(30)    NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    handler_id        BIGINT,
    introduction      VARCHAR(20),
    introduced_person_id        BIGINT,
    introduced_organisation_id  BIGINT,
    outcome           VARCHAR(2000),
    closed_at         DATETIME(6),
    CONSTRAINT fk_support_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_support_handler FOREIGN KEY (handler_id) REFERENCES person (id),
    CONSTRAINT fk_support_person FOREIGN KEY (introduced_person_id) REFERENCES person (id),
    CONSTRAINT fk_support_organisation FOREIGN KEY (introduced_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_support_status ON support_request (status, created_at);
CREATE INDEX ix_support_project ON support_request (project_id, kind, status);

CREATE TABLE support_note (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    request_id  BIGINT         NOT NULL,
    text        VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_support_note_request FOREIGN KEY (request_id) REFERENCES support_request (id)
);
CREATE INDEX ix_support_note_request ON support_note (request_id, created_at);
