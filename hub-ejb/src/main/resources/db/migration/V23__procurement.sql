-- Open contracts for SMEs and pre-commercial procurement (issue 13, parts 5 and 6). A department publishes a contract
-- opportunity (a tender) in lots, with documents, weighted criteria and public questions and answers; startups
-- subscribe to categories and bid per lot before the deadline, one bid per startup and lot, sealed until the deadline;
-- every opening of a lot's bids is logged. A PCP call is a tender of one lot whose bidders pass three stage gates,
-- each judged by an evaluation round of that lot; the money awarded per supplier and phase is recorded.

CREATE TABLE procurement_tender (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(254)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(254)   NOT NULL,
    department_id  BIGINT         NOT NULL,
    challenge_id   BIGINT,
    title          VARCHAR(300)   NOT NULL,
    description    TEXT,
    budget_amount  DECIMAL(15, 2) NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    deadline       DATETIME(6)    NOT NULL,
    procedure_kind VARCHAR(30)    NOT NULL,
    category       VARCHAR(40)    NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    published_at   DATETIME(6),
    CONSTRAINT fk_tender_department FOREIGN KEY (department_id) REFERENCES organisation (id),
    CONSTRAINT fk_tender_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
);
CREATE INDEX ix_tender_open ON procurement_tender (status, deadline);
CREATE INDEX ix_tender_department ON procurement_tender (department_id);

CREATE TABLE procurement_lot (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(254)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(254)   NOT NULL,
    tender_id      BIGINT         NOT NULL,
    position       INT            NOT NULL,
    title          VARCHAR(300)   NOT NULL,
    budget_amount  DECIMAL(15, 2) NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    cancel_reason  VARCHAR(1000),
    opened_at      DATETIME(6),
    winner_bid_id  BIGINT,
    awarded_price  DECIMAL(15, 2),
    awarded_at     DATETIME(6),
    CONSTRAINT fk_lot_tender FOREIGN KEY (tender_id) REFERENCES procurement_tender (id)
);
CREATE INDEX ix_lot_tender ON procurement_lot (tender_id, position);

CREATE TABLE procurement_criterion (
    tender_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    code       VARCHAR(40)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    weight     INT           NOT NULL,
    PRIMARY KEY (tender_id, position),
    CONSTRAINT fk_criterion_tender FOREIGN KEY (tender_id) REFERENCES procurement_tender (id)
);

CREATE TABLE procurement_tender_juror (
    tender_id  BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (tender_id, person_id),
    CONSTRAINT fk_tjuror_tender FOREIGN KEY (tender_id) REFERENCES procurement_tender (id),
    CONSTRAINT fk_tjuror_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE procurement_document (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    tender_id   BIGINT         NOT NULL,
    file_name   VARCHAR(200)   NOT NULL,
    size_bytes  INT            NOT NULL,
    content     LONGBLOB       NOT NULL,
    CONSTRAINT fk_document_tender FOREIGN KEY (tender_id) REFERENCES procurement_tender (id)
);

CREATE TABLE procurement_question (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(254)   NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    updated_by   VARCHAR(254)   NOT NULL,
    tender_id    BIGINT         NOT NULL,
    asker_email  VARCHAR(254)   NOT NULL,
    question     TEXT           NOT NULL,
    answer       TEXT,
    answered_at  DATETIME(6),
    CONSTRAINT fk_question_tender FOREIGN KEY (tender_id) REFERENCES procurement_tender (id)
);
CREATE INDEX ix_question_tender ON procurement_question (tender_id);

CREATE TABLE procurement_subscription (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    email       VARCHAR(254)   NOT NULL,
    category    VARCHAR(40)    NOT NULL,
    CONSTRAINT uq_subscription UNIQUE (email, category)
);
CREATE INDEX ix_subscription_category ON procurement_subscription (category);

CREATE TABLE procurement_bid (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(254)   NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    VARCHAR(254)   NOT NULL,
    lot_id        BIGINT         NOT NULL,
    bidder_id     BIGINT         NOT NULL,
    submitted_by  VARCHAR(254)   NOT NULL,
    price         DECIMAL(15, 2) NOT NULL,
    summary       TEXT,
    status        VARCHAR(20)    NOT NULL,
    submitted_at  DATETIME(6)    NOT NULL,
    CONSTRAINT fk_bid_lot FOREIGN KEY (lot_id) REFERENCES procurement_lot (id),
    CONSTRAINT fk_bid_bidder FOREIGN KEY (bidder_id) REFERENCES organisation (id),
    CONSTRAINT uq_bid_lot_bidder UNIQUE (lot_id, bidder_id)
);

CREATE TABLE procurement_bid_document (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    bid_id      BIGINT         NOT NULL,
    file_name   VARCHAR(200)   NOT NULL,
    size_bytes  INT            NOT NULL,
    content     LONGBLOB       NOT NULL,
    CONSTRAINT fk_biddoc_bid FOREIGN KEY (bid_id) REFERENCES procurement_bid (id)
);

CREATE TABLE procurement_opening (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    lot_id      BIGINT         NOT NULL,
    opened_by   VARCHAR(254)   NOT NULL,
    opened_at   DATETIME(6)    NOT NULL,
    bid_count   INT            NOT NULL,
    CONSTRAINT fk_opening_lot FOREIGN KEY (lot_id) REFERENCES procurement_lot (id)
);

CREATE TABLE procurement_pcp (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    tender_id   BIGINT         NOT NULL,
    phase       VARCHAR(40),
    keep_1      INT            NOT NULL,
    keep_2      INT            NOT NULL,
    keep_3      INT            NOT NULL,
    budget_1    DECIMAL(15, 2) NOT NULL,
    budget_2    DECIMAL(15, 2) NOT NULL,
    budget_3    DECIMAL(15, 2) NOT NULL,
    CONSTRAINT fk_pcp_tender FOREIGN KEY (tender_id) REFERENCES procurement_tender (id),
    CONSTRAINT uq_pcp_tender UNIQUE (tender_id)
);

CREATE TABLE procurement_pcp_supplier (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(254)   NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    VARCHAR(254)   NOT NULL,
    pcp_id        BIGINT         NOT NULL,
    bid_id        BIGINT         NOT NULL,
    reached       VARCHAR(40)    NOT NULL,
    dropped       BOOLEAN        NOT NULL,
    amount_1      DECIMAL(15, 2),
    amount_2      DECIMAL(15, 2),
    amount_3      DECIMAL(15, 2),
    CONSTRAINT fk_supplier_pcp FOREIGN KEY (pcp_id) REFERENCES procurement_pcp (id),
    CONSTRAINT fk_supplier_bid FOREIGN KEY (bid_id) REFERENCES procurement_bid (id),
    CONSTRAINT uq_supplier_bid UNIQUE (pcp_id, bid_id)
);
