package org.govtechhub.bench.dataset;

import org.govtechhub.identity.PasswordHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data set generator at a hundredth of production size, in the throw-away database {@value #DATABASE} of the
 * local MariaDB/MySQL (skipped when there is none, e.g. on a machine without a database server). About ten
 * seconds: two runs of the command.
 */
class DatasetGeneratorTest {

    private static final String DATABASE = "hub_dataset_test";
    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String URL = SERVER + DATABASE + "?rewriteBatchedStatements=true";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Volumes HUNDREDTH = Volumes.of(0.01);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @BeforeAll
    static void freshDatabase() {
        try (Connection server = DriverManager.getConnection(SERVER, "root", "")) {
            server.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
        } catch (SQLException noServer) {
            assumeTrue(false, "no MariaDB/MySQL on 127.0.0.1:3306 for root: " + noServer.getMessage());
        }
    }

    @Test
    void aRunGivesTheVolumesAndKeepsEveryRuleThenASecondRunGivesTheSameRowsAndSparesTheApplicationsOwn() throws SQLException {
        Map<String, Long> broken = DatasetCommand.run(URL, "root", "", HUNDREDTH, TODAY, QUIET);
        assertEquals(Map.of(), broken, "no rule of the services is broken");
        try (Connection connection = DriverManager.getConnection(URL, "root", "")) {
            Sql sql = new Sql(connection, QUIET);
            Map<String, Long> counts = DatasetGenerator.counts(connection);
            assertEquals(5L + 1 + 3 + 200 + 20 + 500 + 5, counts.get("person"), "one person per account: 5 admins, a manager, 3 departments, ...");
            assertEquals(HUNDREDTH.applications(), counts.get("application"));
            assertEquals(HUNDREDTH.mentoringSessions(), counts.get("mentoring_session"));
            assertEquals(HUNDREDTH.enrolments(), counts.get("enrolment"));
            assertEquals(HUNDREDTH.notifications(), counts.get("notification"));
            assertEquals(HUNDREDTH.auditEntries(), counts.get("audit_entry"));
            assertTrue(PasswordHasher.verify(Account.PASSWORD.toCharArray(),
                    sql.queryStrings("SELECT password_hash FROM person WHERE email = 'learner.1@scale.govtech-hub.demo'").get(0)),
                    "the accounts sign in with the documented password");
            assertTrue(sql.queryLong("SELECT COUNT(*) FROM course_session s WHERE s.enrolment_deadline >= '" + TODAY + "' AND s.capacity > "
                    + "(SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id AND e.status = 'ENROLLED')") > 0, "free places to enrol in");
            assertTrue(sql.queryLong("SELECT COUNT(*) FROM evaluation_sheet WHERE status = 'ASSIGNED'") > 0, "open sheets to score");

            List<String> firstRun = checksums(sql);

            // the application meanwhile made a person of its own, and an enrolment of a generated learner
            sql.quietly("INSERT INTO person (id, version, created_at, created_by, updated_at, updated_by, full_name, email, active) "
                    + "VALUES (7, 0, NOW(6), 'app', NOW(6), 'app', 'Own Person', 'own@example.org', TRUE)");
            sql.quietly("INSERT INTO enrolment (id, version, created_at, created_by, updated_at, updated_by, session_id, person_id, status, "
                    + "requested_at, queue_number) SELECT 8, 0, NOW(6), 'app', NOW(6), 'app', MAX(s.id), " + Account.LEARNER.id(0)
                    + ", 'ENROLLED', NOW(6), 0 FROM course_session s");

            assertEquals(Map.of(), DatasetCommand.run(URL, "root", "", HUNDREDTH, TODAY, QUIET), "the second run is as sound");

            assertEquals(1, sql.queryLong("SELECT COUNT(*) FROM person WHERE id = 7"), "the application's own person stays");
            assertEquals(0, sql.queryLong("SELECT COUNT(*) FROM enrolment WHERE id = 8"), "what it made on generated rows goes with them");
            sql.quietly("DELETE FROM person WHERE id = 7");
            assertEquals(firstRun, checksums(sql), "the same rows as the first run, table by table");
        }
    }

    /** Every table's checksum except the password column (its salt is new each run) and Flyway's own timings. */
    private static List<String> checksums(Sql sql) {
        return sql.queryStrings("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = "
                        + "'BASE TABLE' AND TABLE_NAME NOT IN ('flyway_schema_history', 'person') ORDER BY TABLE_NAME").stream()
                .map(table -> table + "=" + sql.queryRows("CHECKSUM TABLE " + table).get(0)[1])
                .toList();
    }
}
