package org.govtechhub.bench.dataset;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes what an earlier run generated, so that running the generator twice gives the same data: every row whose
 * id is {@link Ids#BASE} or more, every row that points at such a row (also rows the application created on top of
 * the data set during a load test, e.g. an application of a generated founder), then, until nothing is left,
 * rows whose parent row is gone. Demo data and other rows of the application stay. Foreign keys are not checked
 * while rows go (the order of tables would not matter); the sweep leaves none dangling.
 */
final class PreviousRun {

    private static final String SCALE_ACCOUNTS = "'%" + Account.DOMAIN + "'";

    private final Sql sql;
    private final PrintStream log;

    PreviousRun(Sql sql, PrintStream log) {
        this.sql = sql;
        this.log = log;
    }

    /** A foreign key column and the column it references. */
    record ForeignKey(String table, String column, String parentTable, String parentColumn) {
    }

    static List<ForeignKey> foreignKeys(Sql sql) {
        List<ForeignKey> keys = new ArrayList<>();
        for (Object[] row : sql.queryRows("SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
                + "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL "
                + "ORDER BY TABLE_NAME, COLUMN_NAME")) {
            keys.add(new ForeignKey((String) row[0], (String) row[1], (String) row[2], (String) row[3]));
        }
        return keys;
    }

    void remove() {
        List<ForeignKey> keys = foreignKeys(sql);
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        for (String table : sql.queryStrings("SELECT TABLE_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND COLUMN_NAME = 'id' AND TABLE_NAME NOT IN ('flyway_schema_history', 'id_sequence') ORDER BY TABLE_NAME")) {
            conditions.computeIfAbsent(table, t -> new ArrayList<>()).add("id >= " + Ids.BASE);
        }
        for (ForeignKey key : keys) {
            conditions.computeIfAbsent(key.table(), t -> new ArrayList<>()).add(key.column() + " >= " + Ids.BASE);
        }
        // references the schema cannot declare: a round's owner, the subject of a sheet, e-mail addresses, audited ids
        add(conditions, "evaluation_round", "owner LIKE 'award-edition:1_________' OR owner LIKE 'cohort:1_________'");
        add(conditions, "evaluation_conflict", "owner LIKE 'award-edition:1_________' OR owner LIKE 'cohort:1_________' OR subject_id >= "
                + Ids.BASE);
        add(conditions, "evaluation_sheet", "subject_id >= " + Ids.BASE);
        add(conditions, "evaluation_subject", "subject_id >= " + Ids.BASE);
        add(conditions, "match_explanation", "startup_id >= " + Ids.BASE + " OR mentor_id >= " + Ids.BASE);
        add(conditions, "notification", "recipient LIKE " + SCALE_ACCOUNTS);
        add(conditions, "audit_entry", "actor LIKE " + SCALE_ACCOUNTS + " OR entity_id >= " + Ids.BASE);
        sql.quietly("SET SESSION foreign_key_checks = 0");
        try {
            for (Map.Entry<String, List<String>> table : conditions.entrySet()) {
                long rows = sql.run(null, "DELETE FROM " + table.getKey() + " WHERE " + String.join(" OR ", table.getValue()));
                if (rows > 0) {
                    log.printf("  removed %,d rows of %s%n", rows, table.getKey());
                }
            }
            long removed;
            do {
                removed = 0;
                for (ForeignKey key : keys) {
                    removed += sql.run(null, "DELETE c FROM " + key.table() + " c LEFT JOIN " + key.parentTable() + " p ON p." + key.parentColumn()
                            + " = c." + key.column() + " WHERE c." + key.column() + " IS NOT NULL AND p." + key.parentColumn() + " IS NULL");
                }
            } while (removed > 0);
        } finally {
            sql.quietly("SET SESSION foreign_key_checks = 1");
        }
    }

    private static void add(Map<String, List<String>> conditions, String table, String condition) {
        conditions.computeIfAbsent(table, t -> new ArrayList<>()).add(condition);
    }
}
