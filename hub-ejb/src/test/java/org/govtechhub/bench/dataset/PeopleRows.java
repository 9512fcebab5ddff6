package org.govtechhub.bench.dataset;

import static org.govtechhub.bench.dataset.Sql.AUDIT;
import static org.govtechhub.bench.dataset.Sql.AUDIT_COLUMNS;
import static org.govtechhub.bench.dataset.Sql.pick;
import static org.govtechhub.bench.dataset.Sql.rows;

/**
 * Identity: the departments (government bodies that own challenges and employ civil servants and mentors), the
 * startups, and every account with its one role. All accounts share one password hash ({@code @hash}).
 */
final class PeopleRows {

    static final String[] AREAS = {"Transport", "Health", "Education", "Housing", "Environment", "Finance",
        "Digital Services", "Public Safety", "Social Affairs", "Urban Planning"};
    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo",
        "Ines", "Jonas", "Kira", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tara"};
    private static final String[] LAST_NAMES = {"Andersen", "Bakker", "Costa", "Dubois", "Eriksen", "Fischer",
        "Garcia", "Horvath", "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov",
        "Rossi", "Schmidt", "Tanaka", "Virtanen"};
    private static final String[] STARTUP_PREFIXES = {"Civic", "Open", "Green", "Smart", "City", "Data", "Flow",
        "Gov", "Urban", "Clear"};
    private static final String[] STARTUP_SUFFIXES = {"Labs", "Works", "Analytics", "Systems", "Mobility", "Health",
        "Sense", "Logic", "Grid", "Path"};

    private final Sql sql;
    private final Volumes v;

    PeopleRows(Sql sql, Volumes v) {
        this.sql = sql;
        this.v = v;
    }

    void generate() {
        sql.run("organisation (departments)", "INSERT INTO organisation (" + AUDIT_COLUMNS + ", name, kind, description, website, active) "
                + "SELECT " + Ids.ORGANISATION + " + n, " + AUDIT + ", CONCAT(ELT(1 + n MOD 10, " + quotedAreas() + "), ' Department ', n + 1), "
                + "'DEPARTMENT', 'A government body that states its problems as challenges.', CONCAT('https://department-', n + 1, '.example.gov'), TRUE"
                + rows(v.departments()));
        sql.run("organisation (startups)", "INSERT INTO organisation (" + AUDIT_COLUMNS + ", name, kind, description, website, active) "
                + "SELECT " + Ids.STARTUP_ORGANISATION + " + n, " + AUDIT + ", CONCAT(" + pick("sp", "n", STARTUP_PREFIXES) + ", "
                + pick("ss", "n", STARTUP_SUFFIXES) + ", ' ', n + 1), 'STARTUP', 'A startup building services for the public sector.', NULL, TRUE"
                + rows(v.startups()));
        for (Account account : Account.values()) {
            person(account);
        }
    }

    private void person(Account account) {
        String organisation = switch (account) {
            case ADMIN, JUROR -> "NULL";
            case FOUNDER -> Ids.STARTUP_ORGANISATION + " + n";
            case DEPARTMENT -> Ids.ORGANISATION + " + n";
            default -> Ids.ORGANISATION + " + n MOD " + v.departments();
        };
        String position = switch (account) {
            case ADMIN -> "'Platform administrator'";
            case MANAGER -> "'Program manager'";
            case DEPARTMENT -> "'Challenge owner'";
            case FOUNDER -> "'Founder and CEO'";
            case MENTOR -> "'Senior civil servant, mentor'";
            case LEARNER -> pick("pos", "n", "Policy officer", "Service designer", "Data analyst", "IT specialist", "Team lead");
            case JUROR -> "'Jury member'";
        };
        String salt = account.kind;
        sql.run("person (" + account.kind + ")", "INSERT INTO person (" + AUDIT_COLUMNS + ", full_name, email, position, organisation_id, "
                + "active, preferred_locale, password_hash) SELECT " + account.id("n") + ", " + AUDIT + ", "
                + "CONCAT(" + pick(salt + "f", "n", FIRST_NAMES) + ", ' ', " + pick(salt + "l", "n", LAST_NAMES) + "), "
                + account.email("n") + ", " + position + ", " + organisation + ", TRUE, 'en', @hash" + rows(account.count(v)));
        sql.run("person_role (" + account.kind + ")", "INSERT INTO person_role (person_id, role) SELECT " + account.id("n") + ", '"
                + account.role.name() + "'" + rows(account.count(v)));
    }

    /** The department's name for the number {@code d} (an SQL expression), as generated above. */
    static String quotedAreas() {
        StringBuilder areas = new StringBuilder();
        for (String area : AREAS) {
            areas.append(areas.length() == 0 ? "" : ", ").append('\'').append(area).append('\'');
        }
        return areas.toString();
    }
}
