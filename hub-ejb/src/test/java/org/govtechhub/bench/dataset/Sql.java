package org.govtechhub.bench.dataset;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One database session of the generator: runs set-based statements, says how long each took and how many rows it
 * wrote, and builds the SQL expressions the generators share. Pseudo-random values are hashes of a row's number
 * ({@code CRC32} of a salt and the number), so the same volumes always give the same rows.
 *
 * <p>The session variables {@code @now} (the start of the data set's day, UTC), {@code @today} and {@code @hash}
 * (the one password hash) are set by {@link DatasetGenerator}; {@code ds_seq(n)} is a temporary table of the
 * numbers 0, 1, 2, ... from which every generated table selects its rows.
 */
final class Sql {

    /** The audit columns of every generated entity row (version, created and updated at and by). */
    static final String AUDIT = "0, @now, 'dataset', @now, 'dataset'";
    static final String AUDIT_COLUMNS = "id, version, created_at, created_by, updated_at, updated_by";

    private final Connection connection;
    private final PrintStream log;

    Sql(Connection connection, PrintStream log) {
        this.connection = connection;
        this.log = log;
    }

    Connection connection() {
        return connection;
    }

    /** Runs one statement and reports its row count and time under {@code label}. */
    long run(String label, String sql) {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            long rows = statement.executeLargeUpdate(sql);
            if (label != null) {
                log.printf("  %-44s %,11d rows %7.1f s%n", label, rows, (System.nanoTime() - started) / 1e9);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(label + " failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** Runs a statement without reporting it. */
    void quietly(String sql) {
        run(null, sql);
    }

    long queryLong(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
        }
    }

    List<String> queryStrings(String sql) {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
        }
    }

    List<Object[]> queryRows(String sql) {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
        }
    }

    /** A pseudo-random number 0 .. 2^32-1 for the row number {@code n} (an SQL expression), different per salt. */
    static String hash(String salt, String n) {
        return "CRC32(CONCAT('" + salt + ":', " + n + "))";
    }

    /** A pseudo-random number 0 .. bound-1. */
    static String random(String salt, String n, int bound) {
        return "(" + hash(salt, n) + " MOD " + bound + ")";
    }

    /** One of the given texts, picked pseudo-randomly for the row number {@code n}. */
    static String pick(String salt, String n, String... texts) {
        return "ELT(1 + " + random(salt, n, texts.length) + ", " + quoted(texts) + ")";
    }

    /** One of the given texts, the {@code index}-th (an SQL expression, taken modulo their number). */
    static String cycle(String index, String... texts) {
        return "ELT(1 + (" + index + ") MOD " + texts.length + ", " + quoted(texts) + ")";
    }

    /** One of the given numbers, the {@code index}-th (modulo their number). */
    static String cycle(String index, List<Long> numbers) {
        return "ELT(1 + (" + index + ") MOD " + numbers.size() + ", "
                + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** The rows 0 .. count-1 of the number sequence: {@code FROM ds_seq WHERE n < count}. */
    static String rows(long count) {
        return " FROM ds_seq WHERE n < " + count;
    }

    private static String quoted(String... texts) {
        return Arrays.stream(texts).map(t -> "'" + t.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
