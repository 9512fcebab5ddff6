package org.govtechhub.bench.dataset;

import org.govtechhub.training.Assessment;
import org.govtechhub.training.Skill;

import java.util.List;

import static org.govtechhub.bench.dataset.Sql.AUDIT;
import static org.govtechhub.bench.dataset.Sql.AUDIT_COLUMNS;
import static org.govtechhub.bench.dataset.Sql.cycle;
import static org.govtechhub.bench.dataset.Sql.hash;
import static org.govtechhub.bench.dataset.Sql.pick;
import static org.govtechhub.bench.dataset.Sql.random;
import static org.govtechhub.bench.dataset.Sql.rows;

/**
 * Training: every civil servant (learner) has a training profile with a position family of the skills framework
 * and a line manager (learner 20t leads the next nineteen; the leads report to a department account), one skills
 * self-assessment that answers every level statement of the framework's skills (its levels are what
 * {@code Assessment.take} would compute), and enrolments in ten different courses. Courses have ten sessions:
 * six over (their enrolments completed, with a certificate, or cancelled, or declined by the line manager), four
 * to come. Of the sessions to come the first of each course is full with a waiting list, the others have free
 * places; in courses that need the line manager's approval a third of the requests wait for it. Seats never
 * exceed the capacity, queue numbers follow {@code waitlist_counter}, and a learner is in a course only once.
 */
final class TrainingRows {

    static final int TRACKS = 8;
    static final int PAST_SESSIONS = 6;
    private static final String[] TRACK_NAMES = {"Digital skills and data", "UX and IT development", "Design thinking",
        "Risk and experimentation culture", "Project management and intrapreneurship", "Procurement of innovation",
        "Data science for policy", "Leading change"};

    private final Sql sql;
    private final Volumes v;

    TrainingRows(Sql sql, Volumes v) {
        this.sql = sql;
        this.v = v;
    }

    void generate() {
        List<Long> skillIds = sql.queryStrings("SELECT id FROM skill ORDER BY sort_order, id").stream().map(Long::valueOf).toList();
        List<String> skillCodes = sql.queryStrings("SELECT code FROM skill ORDER BY sort_order, id");
        List<Long> families = sql.queryStrings("SELECT id FROM position_family ORDER BY id").stream().map(Long::valueOf).toList();
        profiles(families);
        assessments(skillIds, skillCodes);
        courses(skillIds);
        enrolments();
    }

    /** The e-mail of learner l's line manager (an SQL expression of l). */
    private String lineManagerEmail(String l) {
        int team = Volumes.LEARNERS_PER_LINE_MANAGER;
        return "IF(" + l + " MOD " + team + " = 0, " + Account.DEPARTMENT.email("(" + l + " DIV " + team + ") MOD " + v.departments())
                + ", " + Account.LEARNER.email("(" + l + " DIV " + team + ") * " + team) + ")";
    }

    private void profiles(List<Long> families) {
        int team = Volumes.LEARNERS_PER_LINE_MANAGER;
        sql.run("training_profile", "INSERT INTO training_profile (" + AUDIT_COLUMNS + ", person_id, position_family_id, line_manager_id, "
                + "yearly_hours_quota) SELECT " + Ids.TRAINING_PROFILE + " + n, " + AUDIT + ", " + Account.LEARNER.id("n") + ", "
                + (families.isEmpty() ? "NULL" : cycle("n", families)) + ", IF(n MOD " + team + " = 0, "
                + Account.DEPARTMENT.id("(n DIV " + team + ") MOD " + v.departments()) + ", " + Account.LEARNER.id("(n DIV " + team + ") * " + team)
                + "), 40" + rows(v.learners()));
    }

    private void assessments(List<Long> skillIds, List<String> skillCodes) {
        sql.run("assessment", "INSERT INTO assessment (" + AUDIT_COLUMNS + ", person_id, taken_at) SELECT " + Ids.ASSESSMENT + " + n, "
                + AUDIT + ", " + Account.LEARNER.id("n") + ", DATE_SUB(@now, INTERVAL 1 + n MOD 300 DAY)" + rows(v.learners()));
        int levels = Skill.MAX_LEVEL;
        int statements = skillIds.size() * levels;
        // the learner's true level per skill, 0..4: the statements up to it are agreed with, the next one is not
        String level = random("level", "CONCAT(a.id, ':', t.n DIV " + levels + ")", levels + 1);
        String given = random("ans", "CONCAT(x.id, ':', x.n)", 2);
        String answer = "CASE WHEN x.n MOD " + levels + " + 1 <= x.lv THEN " + Assessment.AGREED + " + " + given
                + " WHEN x.n MOD " + levels + " = x.lv THEN " + Assessment.MIN_ANSWER + " + " + given
                + " ELSE " + Assessment.MIN_ANSWER + " + " + random("ans", "CONCAT(x.id, ':', x.n)", Assessment.MAX_ANSWER) + " END";
        String[] codes = skillCodes.toArray(String[]::new);
        sql.run("assessment_answer", "INSERT INTO assessment_answer (assessment_id, statement_key, answer) SELECT x.id, x.skey, " + answer
                + " FROM (SELECT a.id, t.n, CONCAT(" + cycle("t.n DIV " + levels, codes) + ", '.', t.n MOD " + levels + " + 1) AS skey, "
                + level + " AS lv FROM assessment a JOIN (SELECT n FROM ds_seq WHERE n < " + statements + ") t WHERE a.id >= "
                + Ids.ASSESSMENT + " AND a.id < " + Ids.ASSESSMENT + " + 10000000) x");
        sql.run("assessment_level", "INSERT INTO assessment_level (assessment_id, skill_id, level_number) SELECT a.id, "
                + cycle("t.n", skillIds) + ", " + random("level", "CONCAT(a.id, ':', t.n)", levels + 1)
                + " FROM assessment a JOIN (SELECT n FROM ds_seq WHERE n < " + skillIds.size() + ") t WHERE a.id >= " + Ids.ASSESSMENT
                + " AND a.id < " + Ids.ASSESSMENT + " + 10000000");
    }

    private void courses(List<Long> skillIds) {
        sql.run("track", "INSERT INTO track (" + AUDIT_COLUMNS + ", name, description) SELECT " + Ids.TRACK + " + n, " + AUDIT
                + ", CONCAT('Scale track: ', " + cycle("n", TRACK_NAMES) + "), 'Courses of the production-size data set.'" + rows(TRACKS));
        sql.run("course", "INSERT INTO course (" + AUDIT_COLUMNS + ", track_id, title, description, format, hours, approval_required, "
                + "attendance_required_pct, assessment_required, practice_projects_required) SELECT " + Ids.COURSE + " + n, " + AUDIT + ", "
                + Ids.TRACK + " + n MOD " + TRACKS + ", CONCAT(" + pick("ctitle", "n", "Introduction to", "Applied", "Advanced",
                        "Hands-on") + ", ' ', " + cycle("n", TRACK_NAMES) + ", ' ', n + 1), 'A course for civil servants.', "
                + pick("cfmt", "n", "ONLINE", "OFFLINE", "BLENDED") + ", 4 + " + random("hours", "n", 37) + ", n MOD 4 = 0, 80, n MOD 3 = 0, 0"
                + rows(v.courses()));
        sql.run("course_skill", "INSERT INTO course_skill (course_id, skill_id, raises_to) SELECT " + Ids.COURSE + " + n, "
                + cycle("n", skillIds) + ", 2 + n MOD 3" + rows(v.courses()));
        String q = "(n MOD " + Volumes.SESSIONS_PER_COURSE + ")";
        String starts = "IF(" + q + " < " + PAST_SESSIONS + ", DATE_SUB(@today, INTERVAL (" + PAST_SESSIONS + " - " + q + ") * 45 + (n DIV "
                + Volumes.SESSIONS_PER_COURSE + ") MOD 7 DAY), DATE_ADD(@today, INTERVAL 14 + (" + q + " - " + PAST_SESSIONS
                + ") * 30 + (n DIV " + Volumes.SESSIONS_PER_COURSE + ") MOD 7 DAY))";
        sql.run("course_session", "INSERT INTO course_session (" + AUDIT_COLUMNS + ", course_id, starts_on, ends_on, place, instructor_id, "
                + "capacity, enrolment_deadline, cancellation_deadline, waitlist_counter) SELECT " + Ids.COURSE_SESSION + " + n, " + AUDIT
                + ", " + Ids.COURSE + " + n DIV " + Volumes.SESSIONS_PER_COURSE + ", st, DATE_ADD(st, INTERVAL 2 DAY), "
                + pick("place", "n", "Online", "City Hall, room 4", "Training centre, floor 2", "Innovation lab") + ", NULL, 30, "
                + "DATE_SUB(st, INTERVAL 7 DAY), DATE_SUB(st, INTERVAL 3 DAY), 0 FROM (SELECT n, " + starts + " AS st FROM ds_seq WHERE n < "
                + v.courseSessions() + ") x");
    }

    private void enrolments() {
        int k = v.enrolmentsPerLearner();
        int step = v.courses() / k;
        int sessions = Volumes.SESSIONS_PER_COURSE;
        // enrolment n: learner n DIV k in course (l + (n MOD k) * step) MOD courses, distinct for its k courses
        String course = "((n DIV " + k + " + (n MOD " + k + ") * " + step + ") MOD " + v.courses() + ")";
        String session = "(((n DIV " + k + ") DIV " + v.courses() + " + n MOD " + k + ") MOD " + sessions + ")";
        sql.quietly("DROP TEMPORARY TABLE IF EXISTS ds_enrol");
        sql.quietly("CREATE TEMPORARY TABLE ds_enrol (e INT NOT NULL PRIMARY KEY, l INT NOT NULL, c INT NOT NULL, q INT NOT NULL, "
                + "sess INT NOT NULL, pend BOOLEAN NOT NULL, rk INT NOT NULL, INDEX (sess)) "
                + "SELECT e, l, c, q, c * " + sessions + " + q AS sess, pend, ROW_NUMBER() OVER (PARTITION BY c, q, pend ORDER BY e) AS rk "
                + "FROM (SELECT n AS e, n DIV " + k + " AS l, " + course + " AS c, " + session + " AS q, "
                + "(" + session + " >= " + PAST_SESSIONS + " AND " + course + " MOD 4 = 0 AND " + random("pend", "n", 3) + " = 0) AS pend"
                + rows(v.enrolments()) + ") x");
        // capacity from the requests that take a seat: the past ones and all but the first upcoming had room, that one is full
        sql.run("course_session (capacity)", "UPDATE course_session cs JOIN (SELECT sess, MIN(q) AS q, MIN(c) AS c, SUM(NOT pend) AS seatable "
                + "FROM ds_enrol GROUP BY sess) x ON cs.id = " + Ids.COURSE_SESSION + " + x.sess "
                + "SET cs.capacity = CASE WHEN x.q < " + PAST_SESSIONS + " THEN x.seatable + 10 WHEN x.q = " + PAST_SESSIONS
                + " THEN GREATEST(1, FLOOR(x.seatable * 0.8)) ELSE x.seatable + 25 + x.c MOD 10 END, "
                + "cs.waitlist_counter = IF(x.q = " + PAST_SESSIONS + ", GREATEST(0, x.seatable - GREATEST(1, FLOOR(x.seatable * 0.8))), 0)");
        String approval = "(x.c MOD 4 = 0)";
        String status = "CASE WHEN x.q < " + PAST_SESSIONS + " THEN CASE " + random("past", "x.e", 20) + " WHEN 0 THEN 'CANCELLED' "
                + "WHEN 1 THEN IF(" + approval + ", 'DECLINED', 'CANCELLED') ELSE 'COMPLETED' END "
                + "WHEN x.pend THEN 'PENDING_APPROVAL' WHEN x.rk <= cs.capacity THEN 'ENROLLED' ELSE 'WAITLISTED' END";
        sql.run("enrolment", "INSERT INTO enrolment (" + AUDIT_COLUMNS + ", session_id, person_id, status, requested_at, queue_number, "
                + "decision_comment, decided_by, attendance_pct, assessment_passed, completed_at) SELECT " + Ids.ENROLMENT + " + e, " + AUDIT
                + ", " + Ids.COURSE_SESSION + " + sess, " + Account.LEARNER.id("l") + ", st, "
                + "IF(q < " + PAST_SESSIONS + ", DATE_ADD(TIMESTAMP(DATE_SUB(starts_on, INTERVAL 25 DAY)), INTERVAL rk MINUTE), "
                + "DATE_ADD(DATE_SUB(@now, INTERVAL 3 DAY), INTERVAL rk MINUTE)), IF(st = 'WAITLISTED', rk - capacity, 0), "
                + "IF(st = 'DECLINED', 'Not this quarter: the team is short of people.', NULL), "
                + "IF(approval AND st <> 'PENDING_APPROVAL', " + lineManagerEmail("l") + ", NULL), "
                + "IF(st = 'COMPLETED', 80 + " + random("att", "e", 21) + ", NULL), IF(st = 'COMPLETED' AND assess, TRUE, NULL), "
                + "IF(st = 'COMPLETED', TIMESTAMP(ends_on, '17:00:00'), NULL) "
                + "FROM (SELECT x.*, cs.capacity, cs.starts_on, cs.ends_on, " + approval + " AS approval, co.assessment_required AS assess, "
                + status + " AS st FROM ds_enrol x JOIN course_session cs ON cs.id = " + Ids.COURSE_SESSION + " + x.sess "
                + "JOIN course co ON co.id = cs.course_id) y");
        String number = "(id - " + Ids.ENROLMENT + ")";
        sql.run("certificate", "INSERT INTO certificate (" + AUDIT_COLUMNS + ", enrolment_id, code, issued_at, revoked, revoked_reason) "
                + "SELECT " + Ids.CERTIFICATE + " + " + number + ", 0, @now, 'dataset', @now, 'dataset', id, CONCAT('SCALECERTIFICATEAAAAAAAA', "
                + "REPLACE(REPLACE(REPLACE(REPLACE(LPAD(HEX(" + number + "), 8, '0'), '0', 'W'), '1', 'X'), '8', 'Y'), '9', 'Z')), "
                + "completed_at, FALSE, NULL FROM enrolment WHERE id >= " + Ids.ENROLMENT + " AND id < " + Ids.CERTIFICATE
                + " AND status = 'COMPLETED'");
        sql.quietly("DROP TEMPORARY TABLE ds_enrol");
    }
}
