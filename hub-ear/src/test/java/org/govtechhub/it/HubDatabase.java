package org.govtechhub.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * From outside the server: the database the deployed application uses (hub_it, with the account the build made for
 * it), for HTTP tests that check what a request stored — an audit entry, a mail in the outbox.
 */
public final class HubDatabase {

    private HubDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url") + "hub_it", System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** The first column of the first row of a query with these parameters (a count, an id), or -1 without rows. */
    public static long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }
}
