-- GovTech Hub: identity (people, organisations, roles) and the id generator.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 2.2 in MySQL mode: keep to the common SQL.

CREATE TABLE id_sequence (
    seq_name VARCHAR(50) NOT NULL PRIMARY KEY,
    next_val BIGINT      NOT NULL
);
INSERT INTO id_sequence (seq_name, next_val) VALUES ('hub', 0);

CREATE TABLE organisation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(254)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    description VARCHAR(2000),
    website     VARCHAR(500),
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name)
);

CREATE TABLE person (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(254) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    position         VARCHAR(200),
    organisation_id  BIGINT,
    active           BOOLEAN      NOT NULL,
    preferred_locale VARCHAR(10),
    password_hash    VARCHAR(255),
    failed_logins    INT          NOT NULL,
    locked_until     DATETIME(6),
    last_login_at    DATETIME(6),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
