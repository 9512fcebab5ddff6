package org.govtechhub.bench.dataset;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the production-size data set into a database whose schema Flyway has made: first removes what an
 * earlier run made ({@link PreviousRun}), then inserts every context's rows in set-based statements, each
 * selecting from a temporary table of numbers, so that two runs with the same volumes and day give the same rows.
 * Foreign keys and unique constraints stay checked throughout.
 */
final class DatasetGenerator {

    private final Connection connection;
    private final PrintStream log;

    DatasetGenerator(Connection connection, PrintStream log) {
        this.connection = connection;
        this.log = log;
    }

    /**
     * @param today        the day the data set's dates are around (open calls, upcoming sessions, last week's meetings)
     * @param passwordHash the one password hash of every generated account
     */
    void generate(Volumes volumes, LocalDate today, String passwordHash) throws SQLException {
        Sql sql = new Sql(connection, log);
        try (PreparedStatement day = connection.prepareStatement("SET @today = ?, @now = TIMESTAMP(?), @hash = ?")) {
            day.setObject(1, today);
            day.setObject(2, today);
            day.setString(3, passwordHash);
            day.execute();
        }
        log.println("Removing an earlier data set (ids >= " + Ids.BASE + ") ...");
        long started = System.nanoTime();
        new PreviousRun(sql, log).remove();
        log.printf("  done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        numbers(sql, volumes.largestSequence());
        log.println("Generating at scale " + volumes.scale() + " for " + today + " ...");
        new PeopleRows(sql, volumes).generate();
        new CohortRows(sql, volumes).generate();
        new MentoringRows(sql, volumes).generate();
        new TrainingRows(sql, volumes).generate();
        new AwardRows(sql, volumes).generate();
        new TrailRows(sql, volumes).generate();
        sql.quietly("DROP TEMPORARY TABLE IF EXISTS ds_seq, ds_pub, ds_app");
    }

    /** The temporary table ds_seq(n) of 0 .. count-1, from a cross join of digits (no recursion limits). */
    private static void numbers(Sql sql, long count) {
        sql.quietly("DROP TEMPORARY TABLE IF EXISTS ds_seq");
        sql.quietly("CREATE TEMPORARY TABLE ds_seq (n BIGINT NOT NULL PRIMARY KEY)");
        StringBuilder number = new StringBuilder("d0.d");
        StringBuilder from = new StringBuilder("digits d0");
        long power = 10;
        for (int digit = 1; power < count; digit++, power *= 10) {
            number.append(" + ").append(power).append(" * d").append(digit).append(".d");
            from.append(", digits d").append(digit);
        }
        sql.run("number sequence", "INSERT INTO ds_seq (n) WITH digits (d) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL "
                + "SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) "
                + "SELECT n FROM (SELECT " + number + " AS n FROM " + from + ") x WHERE n < " + count);
    }

    /** Rows per table of the schema (all rows: generated, demo and the application's own). */
    static Map<String, Long> counts(Connection connection) {
        Sql sql = new Sql(connection, System.out);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = sql.queryStrings("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
        for (String table : tables) {
            counts.put(table, sql.queryLong("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }
}
