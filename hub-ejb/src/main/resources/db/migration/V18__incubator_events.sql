-- The virtual incubator, sixth part: events. Case-study conferences and round tables: a programme of sections and
-- their reports (speaker, organisation, region, the project it presents, the slides as a PDF that may be published),
-- registration with a capacity (one per e-mail and event), attendance by region and by kind of participant, and the
-- recommendations that came out of the event.

CREATE TABLE incubator_event (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(254)   NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    updated_by   VARCHAR(254)   NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    title        VARCHAR(300)   NOT NULL,
    description  TEXT,
    venue        VARCHAR(300),
    city         VARCHAR(100),
    region_code  VARCHAR(10),
    starts_at    DATETIME(6)    NOT NULL,
    ends_at      DATETIME(6)    NOT NULL,
    capacity     INT            NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    published_at DATETIME(6),
    CONSTRAINT fk_event_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_event_status_start ON incubator_event (status, starts_at);

CREATE TABLE event_section (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    event_id    BIGINT         NOT NULL,
    title       VARCHAR(300)   NOT NULL,
    chair       VARCHAR(200),
    sort_order  INT            NOT NULL,
    CONSTRAINT fk_section_event FOREIGN KEY (event_id) REFERENCES incubator_event (id)
);
CREATE INDEX ix_section_event ON event_section (event_id, sort_order);

CREATE TABLE event_slides (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    file_name   VARCHAR(200)   NOT NULL,
    size_bytes  INT            NOT NULL,
    content     LONGBLOB       NOT NULL
);

CREATE TABLE event_report (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(254)   NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    VARCHAR(254)   NOT NULL,
    section_id    BIGINT         NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    speaker       VARCHAR(200)   NOT NULL,
    organisation  VARCHAR(200),
    region_code   VARCHAR(10),
    project_id    BIGINT,
    slides_id     BIGINT,
    published     BOOLEAN        NOT NULL DEFAULT FALSE,
    sort_order    INT            NOT NULL,
    CONSTRAINT uq_report_slides UNIQUE (slides_id),
    CONSTRAINT fk_report_section FOREIGN KEY (section_id) REFERENCES event_section (id),
    CONSTRAINT fk_report_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_report_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_report_slides FOREIGN KEY (slides_id) REFERENCES event_slides (id)
);
CREATE INDEX ix_report_section ON event_report (section_id, sort_order);

CREATE TABLE event_registration (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(254)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(254)   NOT NULL,
    event_id       BIGINT         NOT NULL,
    name           VARCHAR(200)   NOT NULL,
    email          VARCHAR(254)   NOT NULL,
    organisation   VARCHAR(200),
    region_code    VARCHAR(10),
    attendee_kind  VARCHAR(20)    NOT NULL,
    attended       BOOLEAN        NOT NULL DEFAULT FALSE,
    checked_in_at  DATETIME(6),
    CONSTRAINT uq_registration_email UNIQUE (event_id, email),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES incubator_event (id),
    CONSTRAINT fk_registration_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_registration_event ON event_registration (event_id, name);

CREATE TABLE event_recommendation (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(254)   NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    VARCHAR(254)   NOT NULL,
    event_id      BIGINT         NOT NULL,
    text          TEXT           NOT NULL,
    addressed_to  VARCHAR(300),
    sort_order    INT            NOT NULL,
    CONSTRAINT fk_recommendation_event FOREIGN KEY (event_id) REFERENCES incubator_event (id)
);
CREATE INDEX ix_recommendation_event ON event_recommendation (event_id, sort_order);
