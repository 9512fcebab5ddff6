package org.govtechhub.identity;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the database holds something about a person, found from the schema itself so a new table cannot be
 * forgotten: every row whose foreign key points at the person, and every column that holds an e-mail address by
 * its name ({@code email}, {@code …_email}, {@code actor}, {@code recipient}, {@code …_by}). On top of that, the
 * few things that are personal without saying so in their name are listed here: rows that exist only for the
 * person (deleted on anonymisation) and free text about them (cleared). Plain JDBC on the transaction's own
 * connection; table and column names come from the database's metadata, never from a user.
 */
final class PersonalDataMap {

    private static final Pattern EMAIL_COLUMN = Pattern.compile("email|.+_email|actor|recipient|.+_by");
    private static final Pattern SECRET_COLUMN = Pattern.compile(".*(hash|token|secret|salt).*");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    /** Audit stamps of every table: the person's address is rewritten there, but they are not exported row by row. */
    private static final Set<String> STAMPS = Set.of("created_by", "updated_by");

    /** Rows that exist only for the person: sign-in links, roles, their notifications, subscriptions. */
    private static final List<Column> DELETED = List.of(new Column("password_reset", "person_id"),
            new Column("email_verification", "person_id"), new Column("person_role", "person_id"),
            new Column("notification", "recipient"), new Column("subscriber", "email"),
            new Column("procurement_subscription", "email"));

    /** Free text about the person, by the person's id. */
    private static final List<Column> CLEARED = List.of(new Column("mentor_profile", "bio"),
            new Column("incubator_expert", "biography"));

    /** Names the person gave where a row keeps the name beside the address (event registrations). */
    private static final Column REGISTERED_NAME = new Column("event_registration", "name");

    private final Connection connection;

    PersonalDataMap(Connection connection) {
        this.connection = connection;
    }

    /** A column of a table. */
    record Column(String table, String column) {
        Column {
            if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
                throw new IllegalArgumentException(table + "." + column);
            }
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    /** Everything held about the person: by table and column, the rows, with secrets (hashes, tokens) left out. */
    Map<String, List<Map<String, Object>>> read(long personId, String email) throws SQLException {
        Map<String, List<Map<String, Object>>> found = new TreeMap<>();
        found.put("person.id", rows("SELECT * FROM person WHERE id = ?", personId));
        for (Column key : referencesToPerson()) {
            put(found, key, rows("SELECT * FROM " + key.table() + " WHERE " + key.column() + " = ?", personId));
        }
        for (Column address : emailColumns()) {
            if (!STAMPS.contains(address.column()) && !address.table().equals("person")) {
                put(found, address, rows("SELECT * FROM " + address.table() + " WHERE " + address.column() + " = ?", email));
            }
        }
        return found;
    }

    /**
     * Removes what exists only for the person, clears free text about them and replaces their address everywhere
     * (audit trail and audit stamps included) with {@code newEmail}; the records that must stay keep their rows.
     */
    void erase(long personId, String oldEmail, String newEmail, String newName) throws SQLException {
        Set<Column> emails = Set.copyOf(emailColumns());
        for (Column rows : DELETED) {
            update("DELETE FROM " + rows.table() + " WHERE " + rows.column() + " = ?",
                    emails.contains(rows) ? oldEmail : personId);
        }
        for (Column text : CLEARED) {
            update("UPDATE " + text.table() + " SET " + text.column() + " = NULL WHERE person_id = ?", personId);
        }
        update("UPDATE " + REGISTERED_NAME.table() + " SET " + REGISTERED_NAME.column() + " = ? WHERE email = ?", newName, oldEmail);
        for (Column address : emails) {
            update("UPDATE " + address.table() + " SET " + address.column() + " = ? WHERE " + address.column() + " = ?",
                    newEmail, oldEmail);
        }
        update("UPDATE audit_entry SET details = REPLACE(details, ?, ?) WHERE details LIKE ?", oldEmail, newEmail,
                "%" + oldEmail.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    /** The columns with a foreign key to person.id, person_role's too. */
    List<Column> referencesToPerson() throws SQLException {
        List<Column> keys = new ArrayList<>();
        DatabaseMetaData schema = connection.getMetaData();
        try (ResultSet exported = schema.getExportedKeys(connection.getCatalog(), connection.getSchema(), table("person"))) {
            while (exported.next()) {
                keys.add(new Column(name(exported.getString("FKTABLE_NAME")), name(exported.getString("FKCOLUMN_NAME"))));
            }
        }
        return keys.stream().distinct().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    /** The text columns that hold an e-mail address, by their name. */
    List<Column> emailColumns() throws SQLException {
        List<Column> columns = new ArrayList<>();
        DatabaseMetaData schema = connection.getMetaData();
        try (ResultSet all = schema.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (all.next()) {
                int type = all.getInt("DATA_TYPE");
                String column = name(all.getString("COLUMN_NAME"));
                String table = name(all.getString("TABLE_NAME"));
                if ((type == Types.VARCHAR || type == Types.NVARCHAR) && holdsEmail(column)
                        && IDENTIFIER.matcher(table).matches() && !table.startsWith("flyway")) {
                    columns.add(new Column(table, column));
                }
            }
        }
        return columns.stream().distinct().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    /** Whether a column holds e-mail addresses, by its name. */
    static boolean holdsEmail(String column) {
        return EMAIL_COLUMN.matcher(column).matches();
    }

    /** Whether a column holds a secret that no export shows (a hash, a token). */
    static boolean isSecret(String column) {
        return SECRET_COLUMN.matcher(column).matches();
    }

    private static void put(Map<String, List<Map<String, Object>>> found, Column key, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            found.put(key.toString(), rows);
        }
    }

    private List<Map<String, Object>> rows(String sql, Object parameter) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String column = name(columns.getColumnLabel(i));
                        Object value = result.getObject(i);
                        if (isSecret(column)) {
                            continue;
                        }
                        // a stored file is listed by its size, not copied into the export
                        row.put(column, value instanceof byte[] bytes ? Map.of("bytes", bytes.length) : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    /** A name as the database stores it (H2 may keep upper case). */
    private String table(String name) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static String name(String stored) {
        return stored.toLowerCase(Locale.ROOT);
    }
}
