package org.govtechhub.it;

import com.mysql.cj.jdbc.MysqlDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Inside the server: a fresh, empty MySQL/MariaDB database for one test, with the account the server's
 * pool uses (its HUB_DB_* environment, set by the build as for the Docker image). Dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name = "hub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public TestDatabase() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public DataSource dataSource() {
        return dataSource(name);
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    private Connection connect(String database) throws SQLException {
        return dataSource(database).getConnection();
    }

    private static DataSource dataSource(String database) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL("jdbc:mysql://" + System.getenv("HUB_DB_HOST") + ":" + System.getenv("HUB_DB_PORT") + "/" + database);
        dataSource.setUser(System.getenv("HUB_DB_USER"));
        dataSource.setPassword(System.getenv("HUB_DB_PASSWORD"));
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP DATABASE IF EXISTS " + name);
        }
    }
}
