-- The virtual incubator, third part: replication across regions. Where a project is being adopted or runs beyond its
-- home regions (region, organisation, date, status, cost), and which regions border each other, so that a region's page
-- can show what its neighbours use.

CREATE TABLE adoption (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(254)    NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(254)    NOT NULL,
    project_id       BIGINT          NOT NULL,
    region_code      VARCHAR(10)     NOT NULL,
    organisation     VARCHAR(200)    NOT NULL,
    started_on       DATE            NOT NULL,
    status           VARCHAR(20)     NOT NULL,
    cost             DECIMAL(19, 2),
    note             VARCHAR(2000),
    CONSTRAINT uq_adoption UNIQUE (project_id, region_code),
    CONSTRAINT fk_adoption_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_adoption_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_adoption_region ON adoption (region_code, status);

-- neighbours, both ways, among the regions the hub knows (ISO 3166-2)
CREATE TABLE region_neighbour (
    region_code     VARCHAR(10)  NOT NULL,
    neighbour_code  VARCHAR(10)  NOT NULL,
    PRIMARY KEY (region_code, neighbour_code),
    CONSTRAINT fk_neighbour_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_neighbour_neighbour FOREIGN KEY (neighbour_code) REFERENCES region (code)
);
INSERT INTO region_neighbour (region_code, neighbour_code) VALUES
    ('RU-SAM', 'RU-TA'), ('RU-TA', 'RU-SAM'),
    ('RU-TA', 'RU-UD'), ('RU-UD', 'RU-TA'),
    ('RU-TA', 'RU-CU'), ('RU-CU', 'RU-TA'),
    ('RU-TA', 'RU-BA'), ('RU-BA', 'RU-TA'),
    ('RU-UD', 'RU-PER'), ('RU-PER', 'RU-UD'),
    ('RU-UD', 'RU-BA'), ('RU-BA', 'RU-UD'),
    ('RU-PER', 'RU-SVE'), ('RU-SVE', 'RU-PER'),
    ('RU-PER', 'RU-BA'), ('RU-BA', 'RU-PER'),
    ('RU-PER', 'RU-KO'), ('RU-KO', 'RU-PER'),
    ('RU-SVE', 'RU-BA'), ('RU-BA', 'RU-SVE'),
    ('RU-SVE', 'RU-KO'), ('RU-KO', 'RU-SVE'),
    ('RU-KYA', 'RU-KK'), ('RU-KK', 'RU-KYA'),
    ('RU-NIZ', 'RU-CU'), ('RU-CU', 'RU-NIZ'),
    ('RU-NIZ', 'RU-KOS'), ('RU-KOS', 'RU-NIZ'),
    ('RU-NIZ', 'RU-RYA'), ('RU-RYA', 'RU-NIZ'),
    ('RU-KOS', 'RU-YAR'), ('RU-YAR', 'RU-KOS'),
    ('RU-YAR', 'RU-TVE'), ('RU-TVE', 'RU-YAR'),
    ('RU-TVE', 'RU-PSK'), ('RU-PSK', 'RU-TVE');
