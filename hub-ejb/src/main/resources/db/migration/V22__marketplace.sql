-- The marketplace of proven solutions (issue 13, parts 4 and 7): a startup's solution with its evidence (a cohort
-- outcome with a completed pilot, linked, or an accreditation against a checklist until an expiry date), its price
-- model and its security and data-protection facts; departments' requests worked through a pipeline; their reviews.

CREATE TABLE solution (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    created_by       VARCHAR(254)   NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(254)   NOT NULL,
    startup_id       BIGINT         NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    description      TEXT           NOT NULL,
    category         VARCHAR(30)    NOT NULL,
    price_model      VARCHAR(30)    NOT NULL,
    price_amount     DECIMAL(15,2)  NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    hosting_country  VARCHAR(100),
    certifications   VARCHAR(500),
    personal_data    BOOLEAN        NOT NULL,
    gdpr_compliant   BOOLEAN        NOT NULL,
    fz152_compliant  BOOLEAN        NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    outcome_id       BIGINT,
    accredited_on    DATE,
    accredited_until DATE,
    accredited_by    VARCHAR(254),
    published_at     DATETIME(6),
    CONSTRAINT fk_solution_startup FOREIGN KEY (startup_id) REFERENCES organisation (id),
    CONSTRAINT fk_solution_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id)
);
CREATE UNIQUE INDEX ux_solution_name ON solution (name);
CREATE INDEX ix_solution_listed ON solution (status, category, name);
CREATE INDEX ix_solution_startup ON solution (startup_id);

CREATE TABLE solution_accreditation_check (
    solution_id  BIGINT         NOT NULL,
    criterion    VARCHAR(40)    NOT NULL,
    note         VARCHAR(1000)  NOT NULL,
    CONSTRAINT fk_check_solution FOREIGN KEY (solution_id) REFERENCES solution (id)
);
CREATE INDEX ix_check_solution ON solution_accreditation_check (solution_id);

CREATE TABLE solution_request (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(254)   NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(254)   NOT NULL,
    solution_id     BIGINT         NOT NULL,
    department_id   BIGINT         NOT NULL,
    requested_by    VARCHAR(254)   NOT NULL,
    purpose         TEXT           NOT NULL,
    user_count      INT            NOT NULL,
    budget          DECIMAL(15,2)  NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    decline_reason  VARCHAR(2000),
    moved_at        DATETIME(6)    NOT NULL,
    moved_by        VARCHAR(254)   NOT NULL,
    CONSTRAINT fk_request_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT fk_request_department FOREIGN KEY (department_id) REFERENCES organisation (id)
);
CREATE INDEX ix_request_solution ON solution_request (solution_id, status);
CREATE INDEX ix_request_department ON solution_request (department_id);

CREATE TABLE solution_review (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(254)   NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(254)   NOT NULL,
    solution_id     BIGINT         NOT NULL,
    department_id   BIGINT         NOT NULL,
    author          VARCHAR(254)   NOT NULL,
    stars           INT            NOT NULL,
    text            VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_review_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT fk_review_department FOREIGN KEY (department_id) REFERENCES organisation (id),
    CONSTRAINT ux_review_once UNIQUE (solution_id, department_id)
);
