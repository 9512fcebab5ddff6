-- The virtual incubator, first part: the public catalogue of GovTech and civic-tech projects, their submission and
-- moderation, and the history of every change. Search is the project's own word index (project_term: stemmed words
-- of the project's texts, matched by prefix), the same on MySQL/MariaDB and H2, in English and Russian alike.

-- Where projects run: the regions of the Russian Federation (ISO 3166-2) the seeds name, and countries.
CREATE TABLE region (
    code     VARCHAR(10)   NOT NULL PRIMARY KEY,
    country  CHAR(2)       NOT NULL,
    name_en  VARCHAR(100)  NOT NULL,
    name_ru  VARCHAR(100)  NOT NULL
);

INSERT INTO region (code, country, name_en, name_ru) VALUES
    ('RU-MOW', 'RU', 'Moscow', 'Москва'),
    ('RU-SPE', 'RU', 'Saint Petersburg', 'Санкт-Петербург'),
    ('RU-SAM', 'RU', 'Samara Oblast', 'Самарская область'),
    ('RU-RYA', 'RU', 'Ryazan Oblast', 'Рязанская область'),
    ('RU-NIZ', 'RU', 'Nizhny Novgorod Oblast', 'Нижегородская область'),
    ('RU-KOS', 'RU', 'Kostroma Oblast', 'Костромская область'),
    ('RU-PSK', 'RU', 'Pskov Oblast', 'Псковская область'),
    ('RU-TVE', 'RU', 'Tver Oblast', 'Тверская область'),
    ('RU-YAR', 'RU', 'Yaroslavl Oblast', 'Ярославская область'),
    ('RU-KRS', 'RU', 'Kursk Oblast', 'Курская область'),
    ('RU-AST', 'RU', 'Astrakhan Oblast', 'Астраханская область'),
    ('RU-SVE', 'RU', 'Sverdlovsk Oblast', 'Свердловская область'),
    ('RU-KYA', 'RU', 'Krasnoyarsk Krai', 'Красноярский край'),
    ('RU-NVS', 'RU', 'Novosibirsk Oblast', 'Новосибирская область'),
    ('RU-PER', 'RU', 'Perm Krai', 'Пермский край'),
    ('RU-BA', 'RU', 'Republic of Bashkortostan', 'Республика Башкортостан'),
    ('RU-TA', 'RU', 'Republic of Tatarstan', 'Республика Татарстан'),
    ('RU-CU', 'RU', 'Chuvash Republic', 'Чувашская Республика'),
    ('RU-KO', 'RU', 'Komi Republic', 'Республика Коми'),
    ('RU-UD', 'RU', 'Udmurt Republic', 'Удмуртская Республика'),
    ('RU-KK', 'RU', 'Republic of Khakassia', 'Республика Хакасия'),
    ('GB', 'GB', 'United Kingdom', 'Великобритания'),
    ('US', 'US', 'United States', 'США'),
    ('ES', 'ES', 'Spain', 'Испания'),
    ('FI', 'FI', 'Finland', 'Финляндия'),
    ('NL', 'NL', 'Netherlands', 'Нидерланды'),
    ('IN', 'IN', 'India', 'Индия'),
    ('SG', 'SG', 'Singapore', 'Сингапур'),
    ('TW', 'TW', 'Taiwan', 'Тайвань'),
    ('IT', 'IT', 'Italy', 'Италия'),
    ('RU', 'RU', 'Russia (nationwide)', 'Россия (вся страна)');

-- the long texts are TEXT: in VARCHAR columns of utf8mb4 they would pass MySQL's 65,535-byte row limit
CREATE TABLE project (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    created_by       VARCHAR(254)   NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(254)   NOT NULL,
    slug             VARCHAR(90)    NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    -- the name reduced to its letters and digits: two projects may not share it
    name_key         VARCHAR(200)   NOT NULL,
    tagline          VARCHAR(300),
    problem          TEXT,
    solution         TEXT,
    stage            VARCHAR(20)    NOT NULL,
    sector           VARCHAR(30)    NOT NULL,
    business_model   VARCHAR(30)    NOT NULL,
    open_source      BOOLEAN        NOT NULL DEFAULT FALSE,
    licence          VARCHAR(100),
    repository_url   VARCHAR(500),
    website          VARCHAR(500),
    links            TEXT,
    team             TEXT,
    users_count      INT,
    impact           TEXT,
    mobile_app       BOOLEAN        NOT NULL DEFAULT FALSE,
    copycat_of       VARCHAR(200),
    status           VARCHAR(20)    NOT NULL,
    return_reason    TEXT,
    submitted_at     DATETIME(6),
    published_at     DATETIME(6),
    owner_id         BIGINT         NOT NULL,
    startup_id       BIGINT,
    CONSTRAINT uq_project_slug UNIQUE (slug),
    CONSTRAINT uq_project_name_key UNIQUE (name_key),
    CONSTRAINT fk_project_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_project_startup FOREIGN KEY (startup_id) REFERENCES organisation (id)
);
-- the catalogue: published projects, newest first, or by name, or by the last change; the manager's queue
CREATE INDEX ix_project_status_published ON project (status, published_at, id);
CREATE INDEX ix_project_status_name ON project (status, name_key);
CREATE INDEX ix_project_status_updated ON project (status, updated_at);
CREATE INDEX ix_project_owner ON project (owner_id);

CREATE TABLE project_region (
    project_id   BIGINT       NOT NULL,
    region_code  VARCHAR(10)  NOT NULL,
    PRIMARY KEY (project_id, region_code),
    CONSTRAINT fk_project_region_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_region_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_project_region_region ON project_region (region_code, project_id);

CREATE TABLE project_level (
    project_id  BIGINT       NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (project_id, level),
    CONSTRAINT fk_project_level_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE TABLE project_need (
    project_id  BIGINT       NOT NULL,
    need        VARCHAR(30)  NOT NULL,
    PRIMARY KEY (project_id, need),
    CONSTRAINT fk_project_need_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_project_need_need ON project_need (need, project_id);

-- the word index: each stemmed word of a project's texts once; a search word matches the words it begins
CREATE TABLE project_term (
    project_id  BIGINT       NOT NULL,
    term        VARCHAR(40)  NOT NULL,
    PRIMARY KEY (project_id, term),
    CONSTRAINT fk_project_term_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_project_term_term ON project_term (term, project_id);

-- every change of a project: who, when, what (the fields changed, or the moderation step and its reason)
CREATE TABLE project_revision (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  VARCHAR(254)   NOT NULL,
    project_id  BIGINT         NOT NULL,
    action      VARCHAR(20)    NOT NULL,
    fields      VARCHAR(1000),
    note        VARCHAR(2000),
    CONSTRAINT fk_project_revision_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_project_revision_project ON project_revision (project_id, created_at);
