package org.govtechhub.shared;

import org.flywaydb.core.Flyway;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flyway, as configured for deploy, on the real MySQL/MariaDB: a clean database, and over the previous version. */
@ExtendWith(ArquillianExtension.class)
class MigrationOnMySqlIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(MigrationOnMySqlIT.class, TestDatabase.class).build();
    }

    @Test
    void migratesACleanDatabaseToTheLatestVersion() throws Exception {
        try (TestDatabase database = new TestDatabase()) {
            var result = DatabaseMigration.flyway(database.dataSource()).migrate();

            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 2, "applied " + result.migrationsExecuted);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                         + " AND table_name IN ('person', 'organisation', 'person_role', 'audit_entry', 'id_sequence')")) {
                tables.next();
                assertEquals(5, tables.getInt(1));
            }
        }
    }

    @Test
    void migratesOverThePreviousVersionAndKeepsTheDataWithItsFractionalSeconds() throws Exception {
        try (TestDatabase database = new TestDatabase()) {
            Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(database.dataSource())
                    .locations("classpath:db/migration").target("1").load().migrate();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO organisation (id, version, created_at, created_by, updated_at, updated_by, name, kind, active)"
                        + " VALUES (1, 0, '2026-11-25 10:00:00.123456', 'test', '2026-11-25 10:00:00.123456', 'test', 'Transport Scotland', 'DEPARTMENT', TRUE)");
            }

            var result = DatabaseMigration.flyway(database.dataSource()).migrate();

            assertTrue(result.success);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet kept = statement.executeQuery("SELECT name, created_at FROM organisation WHERE id = 1")) {
                assertTrue(kept.next());
                assertEquals("Transport Scotland", kept.getString(1));
                assertEquals(123456000, kept.getTimestamp(2).getNanos());
            }
        }
    }
}
