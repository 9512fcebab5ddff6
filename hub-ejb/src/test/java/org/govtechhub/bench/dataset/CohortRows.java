package org.govtechhub.bench.dataset;

import static org.govtechhub.bench.dataset.Sql.AUDIT;
import static org.govtechhub.bench.dataset.Sql.AUDIT_COLUMNS;
import static org.govtechhub.bench.dataset.Sql.cycle;
import static org.govtechhub.bench.dataset.Sql.hash;
import static org.govtechhub.bench.dataset.Sql.pick;
import static org.govtechhub.bench.dataset.Sql.random;
import static org.govtechhub.bench.dataset.Sql.rows;

/**
 * Cohorts: programmes with ten intakes each, four months apart, whose phases follow the cohort's rules
 * (call for challenges, applications, screening, pitch day, accelerator, demo day, in order). In every programme
 * the newest intake takes applications today, the one before screens them, the one before that runs its
 * accelerator and the older ones are over. Each cohort has ten challenges of the departments; in the open intake
 * two still wait for the manager (one approved, one submitted), the others are published.
 *
 * <p>Every startup applies to five published challenges of five different cohorts, one application per challenge.
 * The eligibility rule of every cohort is "has an MVP" (one startup in nine has none: ineligible). Where the
 * selection is over, the best eligible application of each challenge is accepted (so never more than the
 * challenge's one team nor the cohort's capacity), the next waitlisted, then pitched or shortlisted ones rejected;
 * {@code reached} is the furthest stage the funnel reached, as {@code Application.moveTo} keeps it.
 */
final class CohortRows {

    private static final String[] THEMES = {"Fewer missed hospital appointments", "Faster building permits",
        "Cleaner air near schools", "Smarter waste collection", "Open data for public transport",
        "Accessible online forms", "Shorter queues at service centres", "Less food waste in canteens",
        "Safer cycling routes", "Energy savings in public buildings"};

    private final Sql sql;
    private final Volumes v;

    CohortRows(Sql sql, Volumes v) {
        this.sql = sql;
        this.v = v;
    }

    /** The last day of applications of the intake {@code j} (0..9) of its programme, relative to {@code @today}. */
    static String applicationsEnd(String j) {
        return "DATE_ADD(@today, INTERVAL (CASE WHEN " + j + " = 9 THEN 20 WHEN " + j + " = 8 THEN -10 ELSE -40 - (7 - " + j
                + ") * 120 END) DAY)";
    }

    void generate() {
        programmes();
        cohorts();
        challenges();
        startups();
        applications();
    }

    private void programmes() {
        sql.run("programme", "INSERT INTO programme (" + AUDIT_COLUMNS + ", name, description, kind, owner_id) SELECT "
                + Ids.PROGRAMME + " + n, " + AUDIT + ", CONCAT('Scale programme ', n + 1, ' - ', "
                + cycle("n", "Accelerator", "Startup in Residence", "Government Mentoring") + "), "
                + "'Departments post challenges, startups co-develop solutions with them.', "
                + cycle("n", "ACCELERATOR", "STARTUP_IN_RESIDENCE", "GOVERNMENT_MENTORING") + ", " + Ids.ORGANISATION + " + n MOD "
                + v.departments() + rows(v.programmes()));
    }

    private void cohorts() {
        sql.run("cohort", "INSERT INTO cohort (" + AUDIT_COLUMNS + ", programme_id, name, capacity, time_zone, private_company_required, "
                + "max_age_years, age_exceptions, max_turnover, mvp_required, demo_slot_minutes) SELECT " + Ids.COHORT + " + n, " + AUDIT + ", "
                + Ids.PROGRAMME + " + n DIV 10, CONCAT('Intake ', n MOD 10 + 1), 10, "
                + cycle("n DIV 10", "UTC", "Europe/Amsterdam", "Europe/London", "Asia/Kolkata") + ", FALSE, NULL, NULL, NULL, TRUE, 10"
                + rows(v.cohorts()));
        String end = applicationsEnd("(n DIV 6) MOD 10");
        sql.run("cohort_phase", "INSERT INTO cohort_phase (cohort_id, position, kind, starts_on, ends_on, teams_per_challenge) SELECT "
                + Ids.COHORT + " + n DIV 6, n MOD 6, "
                + cycle("n", "CALL_FOR_CHALLENGES", "APPLICATIONS", "SCREENING", "PITCH_DAY", "ACCELERATOR", "DEMO_DAY") + ", "
                + "DATE_ADD(" + end + ", INTERVAL ELT(1 + n MOD 6, -60, -30, 1, 15, 16, 106) DAY), "
                + "DATE_ADD(" + end + ", INTERVAL ELT(1 + n MOD 6, -31, 0, 14, 15, 105, 106) DAY), "
                + "IF(n MOD 6 = 4, 1, NULL)" + rows(v.cohorts() * 6L));
    }

    private void challenges() {
        String j = "((n DIV 10) MOD 10)";
        String status = "CASE WHEN " + j + " = 9 AND n MOD 10 = 8 THEN 'APPROVED' WHEN " + j + " = 9 AND n MOD 10 = 9 THEN 'SUBMITTED' "
                + "ELSE 'PUBLISHED' END";
        sql.run("challenge", "INSERT INTO challenge (" + AUDIT_COLUMNS + ", cohort_id, department_id, title, problem, goal_target, goal_unit, "
                + "goal_metric, goal_deadline, resources, budget, prize, status, review_comment, published_at) SELECT "
                + Ids.CHALLENGE + " + n, " + AUDIT + ", " + Ids.COHORT + " + n DIV 10, " + Ids.ORGANISATION + " + n MOD " + v.departments() + ", "
                + "CONCAT(" + pick("theme", "n", THEMES) + ", ' (', n + 1, ')'), "
                + "'Residents wait too long and the department cannot see why; a pilot should show what works.', "
                + "10 + " + random("goal", "n", 40) + ", '% fewer', 'Measured against the last twelve months', "
                + "DATE_ADD(" + applicationsEnd(j) + ", INTERVAL 200 DAY), 'Anonymised data, two civil servants half a day a week', "
                + "10000 + " + random("budget", "n", 50) + " * 1000, 'A paid pilot', " + status + ", NULL, "
                + "IF(" + status + " = 'PUBLISHED', TIMESTAMP(DATE_SUB(" + applicationsEnd(j) + ", INTERVAL 30 DAY)), NULL)"
                + rows(v.challenges()));
    }

    private void startups() {
        sql.run("startup_profile", "INSERT INTO startup_profile (" + AUDIT_COLUMNS + ", organisation_id, legal_form, registered_on, sector, "
                + "team_size, has_mvp) SELECT " + Ids.STARTUP_PROFILE + " + n, " + AUDIT + ", " + Ids.STARTUP_ORGANISATION + " + n, "
                + "IF(n MOD 11 = 0, 'SOLE_PROPRIETOR', 'PRIVATE_COMPANY'), DATE_SUB(@today, INTERVAL 200 + " + random("age", "n", 3000)
                + " DAY), " + pick("sector", "n", "govtech", "mobility", "health", "biotech", "social", "education", "climate", "fintech")
                + ", 2 + " + random("team", "n", 29) + ", n MOD 9 <> 0" + rows(v.startups()));
        sql.run("startup_turnover", "INSERT INTO startup_turnover (profile_id, year_no, amount) SELECT " + Ids.STARTUP_PROFILE
                + " + n DIV 2, YEAR(@today) - 1 - n MOD 2, 20000 + " + random("turnover", "n", 200) + " * 5000" + rows(v.startups() * 2L));
    }

    private void applications() {
        sql.quietly("DROP TEMPORARY TABLE IF EXISTS ds_pub");
        sql.quietly("CREATE TEMPORARY TABLE ds_pub (p INT NOT NULL PRIMARY KEY, ch INT NOT NULL) "
                + "SELECT ROW_NUMBER() OVER (ORDER BY n) - 1 AS p, n AS ch FROM ds_seq WHERE n < " + v.challenges()
                + " AND NOT ((n DIV 10) MOD 10 = 9 AND n MOD 10 >= 8)");
        long published = sql.queryLong("SELECT COUNT(*) FROM ds_pub");
        long step = published / Volumes.APPLICATIONS_PER_STARTUP;
        // application a: startup a DIV 5 applies to the published challenges s, s + step, ... (five different ones)
        sql.quietly("DROP TEMPORARY TABLE IF EXISTS ds_app");
        sql.quietly("CREATE TEMPORARY TABLE ds_app (a INT NOT NULL PRIMARY KEY, s INT NOT NULL, ch INT NOT NULL, mvp BOOLEAN NOT NULL, "
                + "rk INT NOT NULL) SELECT q.n AS a, q.n DIV 5 AS s, pb.ch AS ch, (q.n DIV 5) MOD 9 <> 0 AS mvp, "
                + "ROW_NUMBER() OVER (PARTITION BY pb.ch, (q.n DIV 5) MOD 9 <> 0 ORDER BY " + hash("rank", "q.n") + ", q.n) AS rk "
                + "FROM ds_seq q JOIN ds_pub pb ON pb.p = (q.n DIV 5 + (q.n MOD 5) * " + step + ") MOD " + published
                + " WHERE q.n < " + v.applications());
        String j = "((x.ch DIV 10) MOD 10)";
        String status = "CASE WHEN " + j + " = 9 AND " + random("draft", "x.a", 5) + " = 0 THEN 'DRAFT' "
                + "WHEN NOT x.mvp THEN 'INELIGIBLE' "
                + "WHEN " + j + " = 9 THEN IF(" + random("wd", "x.a", 17) + " = 0, 'WITHDRAWN', 'ELIGIBLE') "
                + "WHEN " + j + " = 8 THEN CASE WHEN x.rk <= 3 THEN 'SHORTLISTED' WHEN " + random("wd", "x.a", 10)
                + " = 0 THEN 'WITHDRAWN' ELSE 'ELIGIBLE' END "
                + "ELSE CASE WHEN x.rk = 1 THEN 'ACCEPTED' WHEN x.rk = 2 THEN 'WAITLISTED' WHEN x.rk <= 7 THEN 'REJECTED' "
                + "WHEN " + random("wd", "x.a", 8) + " = 0 THEN 'WITHDRAWN' ELSE 'REJECTED' END END";
        String end = "app_end";
        String window = "LEAST(30, DATEDIFF(@today, DATE_SUB(app_end, INTERVAL 30 DAY)))";
        sql.run("application", "INSERT INTO application (" + AUDIT_COLUMNS + ", challenge_id, startup_id, author_id, proposal, team, status, "
                + "submitted_at, rules_passed, override_eligible, override_reason, override_by, decided_at, demo_position, cohort_id, reached, "
                + "advanced) SELECT " + Ids.APPLICATION + " + a, " + AUDIT + ", " + Ids.CHALLENGE + " + ch, " + Ids.STARTUP_ORGANISATION + " + s, "
                + Account.FOUNDER.id("s") + ", 'We pilot our service with the department for three months and measure the goal weekly.', "
                + "'Founder, developer, designer', st, "
                + "IF(st = 'DRAFT', NULL, DATE_ADD(TIMESTAMP(DATE_SUB(" + end + ", INTERVAL 30 DAY)), INTERVAL "
                + random("sub", "a", 1440) + " * " + window + " MINUTE)), "
                + "IF(st = 'DRAFT', NULL, mvp), NULL, NULL, NULL, "
                + "IF(st IN ('ACCEPTED', 'WAITLISTED', 'REJECTED'), TIMESTAMP(DATE_ADD(" + end + ", INTERVAL 15 DAY), '12:00:00'), NULL), "
                + "NULL, " + Ids.COHORT + " + ch DIV 10, "
                + "CASE st WHEN 'DRAFT' THEN NULL WHEN 'INELIGIBLE' THEN 'SUBMITTED' WHEN 'ELIGIBLE' THEN 'ELIGIBLE' "
                + "WHEN 'WITHDRAWN' THEN 'ELIGIBLE' WHEN 'SHORTLISTED' THEN 'SHORTLISTED' WHEN 'ACCEPTED' THEN 'ACCEPTED' "
                + "WHEN 'WAITLISTED' THEN 'PITCHED' ELSE IF(rk <= 4, 'PITCHED', IF(rk <= 7, 'SHORTLISTED', 'ELIGIBLE')) END, FALSE "
                + "FROM (SELECT x.*, " + status + " AS st, " + applicationsEnd(j) + " AS app_end FROM ds_app x) y");
    }
}
