-- Cohorts, third part: what accepted startups achieve. Their own milestones (SMART target, due date, evidence) and
-- monthly KPIs, and the outcome the program manager records (pilot, contract, investment, jobs, continued
-- cooperation, innovation stage) that the impact report adds up.

CREATE TABLE milestone (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    created_at          DATETIME(6)    NOT NULL,
    created_by          VARCHAR(254)   NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    updated_by          VARCHAR(254)   NOT NULL,
    application_id      BIGINT         NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    target              VARCHAR(1000)  NOT NULL,
    due_on              DATE           NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    evidence            VARCHAR(4000),
    overdue_flagged_on  DATE,
    CONSTRAINT fk_milestone_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_milestone_due ON milestone (status, due_on);

CREATE TABLE kpi_report (
    id              BIGINT          NOT NULL PRIMARY KEY,
    version         BIGINT          NOT NULL,
    created_at      DATETIME(6)     NOT NULL,
    created_by      VARCHAR(254)    NOT NULL,
    updated_at      DATETIME(6)     NOT NULL,
    updated_by      VARCHAR(254)    NOT NULL,
    application_id  BIGINT          NOT NULL,
    month_start     DATE            NOT NULL,
    users_count     INT             NOT NULL,
    revenue         DECIMAL(19, 2)  NOT NULL,
    pilots          INT             NOT NULL,
    jobs            INT             NOT NULL,
    CONSTRAINT uq_kpi_report UNIQUE (application_id, month_start),
    CONSTRAINT fk_kpi_report_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE outcome (
    id                     BIGINT          NOT NULL PRIMARY KEY,
    version                BIGINT          NOT NULL,
    created_at             DATETIME(6)     NOT NULL,
    created_by             VARCHAR(254)    NOT NULL,
    updated_at             DATETIME(6)     NOT NULL,
    updated_by             VARCHAR(254)    NOT NULL,
    application_id         BIGINT          NOT NULL,
    pilot_department_id    BIGINT,
    pilot_starts_on        DATE,
    pilot_ends_on          DATE,
    evaluation_criteria    VARCHAR(4000),
    pilot_result           VARCHAR(4000),
    contract_value         DECIMAL(19, 2),
    contract_signed_on     DATE,
    investment_raised      DECIMAL(19, 2),
    jobs_created           INT             NOT NULL DEFAULT 0,
    continued_cooperation  BOOLEAN         NOT NULL DEFAULT FALSE,
    stage                  VARCHAR(30)     NOT NULL,
    CONSTRAINT uq_outcome_application UNIQUE (application_id),
    CONSTRAINT fk_outcome_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_outcome_pilot_department FOREIGN KEY (pilot_department_id) REFERENCES organisation (id)
);
