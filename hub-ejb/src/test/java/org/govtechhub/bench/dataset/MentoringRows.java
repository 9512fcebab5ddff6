package org.govtechhub.bench.dataset;

import static org.govtechhub.bench.dataset.Sql.AUDIT;
import static org.govtechhub.bench.dataset.Sql.AUDIT_COLUMNS;
import static org.govtechhub.bench.dataset.Sql.cycle;
import static org.govtechhub.bench.dataset.Sql.pick;
import static org.govtechhub.bench.dataset.Sql.random;
import static org.govtechhub.bench.dataset.Sql.rows;

/**
 * Mentoring: every mentor (a civil servant of a department, capacity {@value #CAPACITY}, the most
 * {@code MentorProfile} allows) has ten matches from eight published rounds, each with its own startup (startup
 * {@code 10m + r} for mentor m): six accepted, one published and waiting for the mentor's answer, one declined,
 * one ended by the startup after two sessions ("not a good fit"), one removed from a proposal. So a mentor holds
 * seven places ({@code MatchStatus.holdsCapacity}) of eight and a startup at most one, and a new round has room.
 * Each accepted match has 83 weekly session logs up to last week, the ended one two: 500 a mentor. Each mentor
 * declares one conflict of interest with a startup of another mentor's, which no match pairs it with. One
 * startup in twenty states its needs (and so takes part in the next round); the newest round is a draft a program
 * manager can run.
 */
final class MentoringRows {

    static final int CAPACITY = 8;
    static final int PUBLISHED_ROUNDS = 8;
    static final int NEEDS_EVERY = 20;
    static final int SESSIONS_PER_ACCEPTED = 83;
    static final int SESSIONS_PER_ENDED = 2;

    private final Sql sql;
    private final Volumes v;

    MentoringRows(Sql sql, Volumes v) {
        this.sql = sql;
        this.v = v;
    }

    void generate() {
        sql.run("mentor_profile", "INSERT INTO mentor_profile (" + AUDIT_COLUMNS + ", person_id, expertise, sectors, languages, capacity, "
                + "availability, bio, active, calendar_token, skills) SELECT " + Ids.MENTOR_PROFILE + " + n, " + AUDIT + ", "
                + Account.MENTOR.id("n") + ", " + pick("exp", "n", "procurement, pilots", "data, analytics", "service design, ux",
                        "regulation, policy", "sales to government, procurement") + ", "
                + pick("sec", "n", "govtech, mobility", "health", "education, social", "climate, energy", "fintech, govtech") + ", "
                + pick("lang", "n", "en", "en, ru", "en, nl") + ", " + CAPACITY + ", 'Weekly, mornings', "
                + "'Civil servant who helps startups find their first government customer.', TRUE, NULL, "
                + pick("skills", "n", "negotiation, budgeting", "agile, product management", "public speaking, storytelling") + rows(v.mentors()));
        long needs = (v.startups() + NEEDS_EVERY - 1) / NEEDS_EVERY;
        sql.run("startup_needs", "INSERT INTO startup_needs (" + AUDIT_COLUMNS + ", startup_id, wanted_expertise, sector, language, "
                + "meeting_format, mentors_wanted, customer_department_id) SELECT " + Ids.STARTUP_NEEDS + " + n, " + AUDIT + ", "
                + Ids.STARTUP_ORGANISATION + " + n * " + NEEDS_EVERY + ", " + pick("wexp", "n", "procurement, pilots", "data, analytics",
                        "service design, ux") + ", " + pick("nsec", "n", "govtech", "mobility", "health", "climate") + ", 'en', "
                + cycle("n", "EITHER", "ONLINE", "OFFLINE") + ", 1 + n MOD 2, " + Ids.ORGANISATION + " + n MOD " + v.departments() + rows(needs));
        if (v.mentors() > 1) {
            long startups = (long) v.mentors() * Volumes.MATCHES_PER_MENTOR;
            sql.run("conflict_of_interest", "INSERT INTO conflict_of_interest (" + AUDIT_COLUMNS + ", mentor_id, startup_id, kind, reason, "
                    + "declared_by) SELECT " + Ids.CONFLICT + " + n, " + AUDIT + ", " + Account.MENTOR.id("n") + ", "
                    + Ids.STARTUP_ORGANISATION + " + ((n + 1) * 10 + 3) MOD " + startups + ", "
                    + cycle("n", "INVESTOR", "FORMER_EMPLOYER_OR_EMPLOYEE", "FAMILY", "BUSINESS_PARTNER", "OTHER") + ", "
                    + "'Declared by the mentor when joining', " + Account.MENTOR.email("n") + rows(v.mentors()));
        }
        sql.run("matching_round", "INSERT INTO matching_round (" + AUDIT_COLUMNS + ", name, weight_expertise, weight_sector, weight_language, "
                + "weight_government, status, run_at, solve_millis, optimal, department_rule) SELECT " + Ids.MATCHING_ROUND + " + n, " + AUDIT
                + ", IF(n < " + PUBLISHED_ROUNDS + ", CONCAT('Scale matching round ', n + 1), 'Scale matching round (draft, to run)'), "
                + "5, 3, 2, 2, IF(n < " + PUBLISHED_ROUNDS + ", 'PUBLISHED', 'DRAFT'), "
                + "IF(n < " + PUBLISHED_ROUNDS + ", DATE_SUB(@now, INTERVAL 900 - n * 30 DAY), NULL), IF(n < " + PUBLISHED_ROUNDS
                + ", 400 + n, NULL), IF(n < " + PUBLISHED_ROUNDS + ", TRUE, NULL), 'NONE'" + rows(PUBLISHED_ROUNDS + 1));
        String score = "(40 + " + random("score", "n", 61) + ")";
        sql.run("mentor_match", "INSERT INTO mentor_match (" + AUDIT_COLUMNS + ", round_id, mentor_id, startup_id, score, breakdown, pinned, "
                + "status, mentor_fit, startup_fit, mentor_fit_after, startup_fit_after) SELECT " + Ids.MATCH + " + n, " + AUDIT + ", "
                + Ids.MATCHING_ROUND + " + n MOD " + PUBLISHED_ROUNDS + ", " + Account.MENTOR.id("n DIV 10") + ", "
                + Ids.STARTUP_ORGANISATION + " + n, sc, CONCAT('expertise:', FLOOR(sc * 0.42), ',sector:', FLOOR(sc * 0.25), ',language:', "
                + "FLOOR(sc * 0.17), ',government:', sc - FLOOR(sc * 0.42) - FLOOR(sc * 0.25) - FLOOR(sc * 0.17)), FALSE, "
                + "ELT(1 + n MOD 10, 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'PUBLISHED', 'DECLINED', "
                + "'ENDED', 'REMOVED'), IF(n MOD 10 < 6 OR n MOD 10 = 8, 'GOOD_FIT', NULL), "
                + "CASE WHEN n MOD 10 < 6 THEN 'GOOD_FIT' WHEN n MOD 10 = 8 THEN 'NOT_A_GOOD_FIT' ELSE NULL END, "
                + "IF(n MOD 10 < 6 OR n MOD 10 = 8, 1, 0), CASE WHEN n MOD 10 < 6 THEN 1 WHEN n MOD 10 = 8 THEN " + SESSIONS_PER_ENDED
                + " ELSE 0 END FROM (SELECT n, " + score + " AS sc FROM ds_seq WHERE n < " + v.matches() + ") q");
        int accepted = 6 * SESSIONS_PER_ACCEPTED;
        // session i: mentor i DIV 500; the first 498 of a mentor go to its six accepted matches, the last two to the ended one
        String w = "(n MOD " + Volumes.SESSIONS_PER_MENTOR + ")";
        String match = "IF(" + w + " < " + accepted + ", " + w + " DIV " + SESSIONS_PER_ACCEPTED + ", 8)";
        String heldOn = "IF(" + w + " < " + accepted + ", DATE_SUB(@today, INTERVAL (" + SESSIONS_PER_ACCEPTED + " - " + w + " MOD "
                + SESSIONS_PER_ACCEPTED + ") * 7 - (n DIV " + Volumes.SESSIONS_PER_MENTOR + ") MOD 5 DAY), "
                + "DATE_ADD(DATE_SUB(@today, INTERVAL 640 DAY), INTERVAL (" + w + " - " + accepted + ") * 7 DAY))";
        String confirmed = "(" + random("conf", "n", 10) + " <> 0)";
        sql.run("mentoring_session", "INSERT INTO mentoring_session (" + AUDIT_COLUMNS + ", match_id, held_on, duration_minutes, "
                + "meeting_format, topics, notes, next_meeting_at, attendance_confirmed, rating, startup_comment) SELECT "
                + Ids.MENTORING_SESSION + " + n, " + AUDIT + ", " + Ids.MATCH + " + (n DIV " + Volumes.SESSIONS_PER_MENTOR + ") * 10 + "
                + match + ", held, 30 + 15 * " + random("dur", "n", 7) + ", " + pick("fmt", "n", "ONLINE", "OFFLINE") + ", "
                + pick("topic", "n", "Traction and the pilot plan", "Meeting the procurement team", "Pricing for municipalities",
                        "Data protection questions", "Preparing the demo day pitch") + ", 'Weekly traction meeting.', "
                + "TIMESTAMP(DATE_ADD(held, INTERVAL 7 DAY), '10:00:00'), IF(conf, TRUE, NULL), IF(conf, 3 + " + random("rate", "n", 3)
                + ", NULL), NULL FROM (SELECT n, " + heldOn + " AS held, " + confirmed + " AS conf FROM ds_seq WHERE n < "
                + v.mentoringSessions() + ") q");
    }
}
