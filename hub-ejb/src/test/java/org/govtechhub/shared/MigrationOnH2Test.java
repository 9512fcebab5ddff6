package org.govtechhub.shared;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations run on H2 in MySQL mode, the embedded database of the run command. */
class MigrationOnH2Test {

    private static JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        dataSource.setUser("hub");
        dataSource.setPassword("hub");
        return dataSource;
    }

    @Test
    void migratesACleanDatabaseToTheLatestVersion() throws Exception {
        JdbcDataSource dataSource = h2("clean");

        var result = DatabaseMigration.flyway(dataSource).migrate();

        assertTrue(result.success);
        assertEquals(result.migrationsExecuted, DatabaseMigration.flyway(dataSource).info().applied().length);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet seeded = statement.executeQuery("SELECT (SELECT next_val FROM id_sequence WHERE seq_name = 'hub'),"
                     + " (SELECT MAX(id) FROM position_family), (SELECT COUNT(*) FROM skill), (SELECT COUNT(*) FROM skill_level)")) {
            assertTrue(seeded.next());
            assertTrue(seeded.getLong(1) >= seeded.getLong(2), "the id generator starts above the seeded reference data");
            assertEquals(12, seeded.getInt(3), "OECD core and digital skills");
            assertEquals(48, seeded.getInt(4), "four levels each");
        }
    }

    @Test
    void migratesOverThePreviousVersionAndKeepsItsData() throws Exception {
        JdbcDataSource dataSource = h2("previous");
        Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO organisation (id, version, created_at, created_by, updated_at, updated_by, name, kind, active)"
                    + " VALUES (1, 0, '2026-11-25 10:00:00.123456', 'test', '2026-11-25 10:00:00.123456', 'test', 'Transport Scotland', 'DEPARTMENT', TRUE)");
        }

        DatabaseMigration.flyway(dataSource).migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet kept = statement.executeQuery("SELECT name, created_at FROM organisation WHERE id = 1")) {
            assertTrue(kept.next());
            assertEquals("Transport Scotland", kept.getString(1));
            assertEquals(123456000, kept.getTimestamp(2).getNanos(), "fractional seconds kept");
        }
    }

    @Test
    void notificationsWrittenBeforeMailExistedAreNotMailedOnUpgradeAndNewOnesWait() throws Exception {
        JdbcDataSource dataSource = h2("mail");
        Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target("8").load().migrate();
        String columns = "INSERT INTO notification (id, version, created_at, created_by, updated_at, updated_by, recipient, message_key, parameters)";
        String values = " VALUES (%d, 0, '2026-11-25 10:00:00', 'test', '2026-11-25 10:00:00', 'test', 'fiona@example.org', 'notification.training.approved', 'Data')";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(columns + values.formatted(1));
        }

        DatabaseMigration.flyway(dataSource).migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(columns + values.formatted(2));
            try (ResultSet rows = statement.executeQuery("SELECT id, mail_status, mail_attempts, mail_sent_at, mail_next_attempt_at"
                    + " FROM notification ORDER BY id")) {
                assertTrue(rows.next());
                assertEquals("SENT", rows.getString(2), "an old notification counts as delivered");
                assertEquals(null, rows.getObject(4), "but none was mailed");
                assertTrue(rows.next());
                assertEquals("PENDING", rows.getString(2), "a new one waits for the dispatcher");
                assertEquals(0, rows.getInt(3));
                assertEquals(null, rows.getObject(5), "due at once");
            }
        }
    }
}
