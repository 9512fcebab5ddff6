package org.govtechhub.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Flyway owns the schema: the versioned scripts in {@code db/migration} run at deploy, before any
 * other start-up bean touches the database. EclipseLink never generates DDL.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/hub")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway(dataSource);
        var result = flyway.migrate();
        var current = flyway.info().current();
        schemaVersion = current == null ? "0" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The schema's version after the migration at deploy, e.g. "24". */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The one Flyway configuration: used at deploy and by the migration tests. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
