package org.govtechhub.bench.dataset;

import static org.govtechhub.bench.dataset.Sql.AUDIT_COLUMNS;
import static org.govtechhub.bench.dataset.Sql.random;
import static org.govtechhub.bench.dataset.Sql.rows;

/**
 * What a year of use leaves behind: the notification outbox (one a recipient kind in turn: founders, learners,
 * mentors, jurors, departments; seven in ten read) and the audit log (sign-ins of every kind of account, and
 * changes to generated applications, enrolments and mentoring sessions), newest first by id.
 *
 * <p>Every notification counts as mailed ({@code SENT}): the mail dispatcher must not try to mail a million
 * messages to made-up addresses.
 */
final class TrailRows {

    private final Sql sql;
    private final Volumes v;

    TrailRows(Sql sql, Volumes v) {
        this.sql = sql;
        this.v = v;
    }

    void generate() {
        notifications();
        audit();
    }

    private void notifications() {
        String sep = ", CHAR(31), ";
        String recipient = "CASE n MOD 5 WHEN 0 THEN " + Account.FOUNDER.email(random("nr", "n", v.startups()))
                + " WHEN 1 THEN " + Account.LEARNER.email(random("nr", "n", v.learners()))
                + " WHEN 2 THEN " + Account.MENTOR.email(random("nr", "n", v.mentors()))
                + " WHEN 3 THEN " + Account.JUROR.email(random("nr", "n", v.jurors()))
                + " ELSE " + Account.DEPARTMENT.email(random("nr", "n", v.departments())) + " END";
        String key = "ELT(1 + n MOD 5, 'notification.cohort.shortlisted', 'notification.training.approved', "
                + "'notification.mentoring.matchedMentor', 'notification.evaluation.assigned', 'notification.cohort.challengePublished')";
        String parameters = "CASE n MOD 5 WHEN 0 THEN CONCAT('Challenge ', " + random("np", "n", v.challenges()) + " + 1) "
                + "WHEN 1 THEN CONCAT('Course ', " + random("np", "n", v.courses()) + " + 1) "
                + "WHEN 2 THEN CONCAT('Startup ', " + random("np", "n", v.startups()) + " + 1) "
                + "WHEN 3 THEN CONCAT('1'" + sep + "20) ELSE CONCAT('Challenge ', " + random("np", "n", v.challenges()) + " + 1) END";
        sql.run("notification", "INSERT INTO notification (" + AUDIT_COLUMNS + ", recipient, message_key, parameters, read_at, mail_status, "
                + "mail_attempts, mail_next_attempt_at, mail_sent_at, mail_last_error) SELECT " + Ids.NOTIFICATION + " + n, 0, at, 'dataset', at, "
                + "'dataset', " + recipient + ", " + key + ", " + parameters + ", IF(" + random("read", "n", 10) + " < 7, DATE_ADD(at, INTERVAL 1 HOUR), "
                + "NULL), 'SENT', 1, NULL, DATE_ADD(at, INTERVAL 1 MINUTE), NULL FROM (SELECT n, DATE_SUB(@now, INTERVAL n * 31 SECOND) AS at"
                + rows(v.notifications()) + ") x");
    }

    private void audit() {
        Account[] kinds = Account.values();
        StringBuilder actor = new StringBuilder("CASE n MOD " + kinds.length);
        StringBuilder person = new StringBuilder("CASE n MOD " + kinds.length);
        for (int k = 0; k < kinds.length; k++) {
            String number = random("actor", "n", kinds[k].count(v));
            actor.append(" WHEN ").append(k).append(" THEN ").append(kinds[k].email(number));
            person.append(" WHEN ").append(k).append(" THEN ").append(kinds[k].id(number));
        }
        actor.append(" END");
        person.append(" END");
        String action = "ELT(1 + " + random("action", "n", 10) + ", 'LOGIN', 'LOGIN', 'LOGIN', 'LOGIN', 'LOGIN', 'LOGOUT', 'LOGIN_FAILED', "
                + "'CREATE', 'UPDATE', 'UPDATE')";
        String type = "CASE WHEN act IN ('CREATE', 'UPDATE') THEN ELT(1 + n MOD 3, 'Application', 'Enrolment', 'MentoringSession') ELSE 'Person' END";
        String entity = "CASE WHEN act IN ('CREATE', 'UPDATE') THEN ELT(1 + n MOD 3, " + Ids.APPLICATION + " + " + random("ent", "n", v.applications())
                + ", " + Ids.ENROLMENT + " + " + random("ent", "n", v.enrolments()) + ", " + Ids.MENTORING_SESSION + " + "
                + random("ent", "n", v.mentoringSessions()) + ") ELSE " + person + " END";
        String details = "CASE act WHEN 'LOGIN_FAILED' THEN 'wrong password' WHEN 'CREATE' THEN 'created' WHEN 'UPDATE' THEN 'status changed' "
                + "ELSE NULL END";
        sql.run("audit_entry", "INSERT INTO audit_entry (id, occurred_at, actor, action, entity_type, entity_id, details) SELECT "
                + Ids.AUDIT_ENTRY + " + n, DATE_SUB(@now, INTERVAL n * 29 SECOND), " + actor + ", act, " + type + ", " + entity + ", " + details
                + " FROM (SELECT n, " + action + " AS act" + rows(v.auditEntries()) + ") x");
    }
}
