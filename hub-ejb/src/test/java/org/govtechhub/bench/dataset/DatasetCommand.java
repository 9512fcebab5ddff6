package org.govtechhub.bench.dataset;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.govtechhub.identity.PasswordHasher;
import org.govtechhub.shared.DatabaseMigration;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one command that makes the production-size data set (README.md, "Production-size data"):
 * {@code ./mvnw -o -B -Pdataset -pl hub-ejb process-test-classes}. Creates the database if needed (utf8mb4), runs
 * the application's own Flyway migrations on it ({@link DatabaseMigration#flyway}, so the server accepts the schema
 * at deploy), replaces an earlier data set, checks the services' rules, and prints the row counts and the accounts.
 *
 * <p>System properties: {@code dataset.url} (JDBC URL, default {@value #DEFAULT_URL}), {@code dataset.user}
 * (root), {@code dataset.password} (empty), {@code dataset.scale} (1 = production size, 0.01 = a hundredth),
 * {@code dataset.today} (the day the dates are around, default today in UTC; give it to repeat a data set exactly
 * on another day).
 *
 * <p>Every generated account has the password {@value Account#PASSWORD}, hashed once with {@link PasswordHasher}
 * and the same hash (salt included) stored for all of them: a shortcut for bench data only, where 72,835 hashes of
 * 310,000 iterations would take longer than the rest of the data set; real accounts each get their own salt.
 */
public final class DatasetCommand {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/hub_scale?createDatabaseIfNotExist=true&rewriteBatchedStatements=true";
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:mysql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private DatasetCommand() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("dataset.url", DEFAULT_URL);
        String user = System.getProperty("dataset.user", "root");
        String password = System.getProperty("dataset.password", "");
        Volumes volumes = Volumes.of(Double.parseDouble(System.getProperty("dataset.scale", "1")));
        String day = System.getProperty("dataset.today", "");
        LocalDate today = day.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(day);
        long started = System.nanoTime();
        Map<String, Long> broken = run(url, user, password, volumes, today, System.out);
        System.out.printf("Data set ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("The data set breaks rules of the services: " + broken);
        }
    }

    /**
     * Makes the data set and returns the rules it breaks (rule → rows; empty when it is sound).
     */
    static Map<String, Long> run(String url, String user, String password, Volumes volumes, LocalDate today, PrintStream log)
            throws SQLException {
        createDatabase(url, user, password);
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        long started = System.nanoTime();
        var flyway = DatabaseMigration.flyway(dataSource);
        int applied = flyway.migrate().migrationsExecuted;
        log.printf("Schema at version %s (%d migrations applied now) in %.1f s%n", flyway.info().current().getVersion(), applied,
                (System.nanoTime() - started) / 1e9);
        String hash = PasswordHasher.hash(Account.PASSWORD.toCharArray());
        try (Connection connection = dataSource.getConnection()) {
            new DatasetGenerator(connection, log).generate(volumes, today, hash);
            started = System.nanoTime();
            Map<String, Long> broken = new DatasetChecks(new Sql(connection, log)).violations();
            broken.values().removeIf(rows -> rows == 0);
            log.printf("Checked the services' rules and every foreign key in %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
                    broken.isEmpty() ? "all hold" : "BROKEN " + broken);
            log.println();
            log.println("Rows per table:");
            DatasetGenerator.counts(connection).forEach((table, rows) -> log.printf("  %-28s %,11d%n", table, rows));
            log.println();
            Summary.print(new Sql(connection, log), volumes, log);
            return broken;
        }
    }

    /** Creates the database (utf8mb4, as the application needs for its Russian texts) unless it exists. */
    private static void createDatabase(String url, String user, String password) throws SQLException {
        Matcher matcher = DATABASE.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("dataset.url must look like jdbc:mysql://host:port/database?options, not " + url);
        }
        try (Connection server = DriverManager.getConnection(matcher.group(1), user, password);
             Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + matcher.group(2) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
