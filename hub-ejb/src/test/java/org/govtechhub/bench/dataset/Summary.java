package org.govtechhub.bench.dataset;

import java.io.PrintStream;

/**
 * What a load test needs to know, printed at the end of a run: the accounts, and where each kind of user finds
 * work to do (open calls, free places, approvals, open score sheets, matches to log, the round to run).
 */
final class Summary {

    private Summary() {
    }

    static void print(Sql sql, Volumes v, PrintStream log) {
        log.println("Accounts (password " + Account.PASSWORD + "):");
        for (Account account : Account.values()) {
            log.printf("  %-10s %s .. %s  (%,d, role %s)%n", account.kind, account.email(0), account.email(account.count(v) - 1L),
                    account.count(v), account.role);
        }
        log.println();
        log.println("Work waiting for them:");
        log.printf("  open calls: %d cohorts take applications, %,d published challenges in them; founder.1 has applied to %d of them%n",
                sql.queryLong("SELECT COUNT(DISTINCT cohort_id) FROM challenge WHERE id >= " + Ids.BASE + " AND status = 'PUBLISHED' AND cohort_id IN "
                        + "(SELECT cohort_id FROM cohort_phase WHERE kind = 'APPLICATIONS' AND @today BETWEEN starts_on AND ends_on)"),
                sql.queryLong("SELECT COUNT(*) FROM challenge c WHERE c.id >= " + Ids.BASE + " AND c.status = 'PUBLISHED' AND c.cohort_id IN "
                        + "(SELECT cohort_id FROM cohort_phase WHERE kind = 'APPLICATIONS' AND @today BETWEEN starts_on AND ends_on)"),
                sql.queryLong("SELECT COUNT(*) FROM application a JOIN cohort_phase p ON p.cohort_id = a.cohort_id AND p.kind = 'APPLICATIONS' "
                        + "WHERE a.author_id = " + Account.FOUNDER.id(0) + " AND @today BETWEEN p.starts_on AND p.ends_on"));
        log.printf("  challenges waiting for a manager: %d submitted, %d approved (not yet published)%n",
                sql.queryLong("SELECT COUNT(*) FROM challenge WHERE id >= " + Ids.BASE + " AND status = 'SUBMITTED'"),
                sql.queryLong("SELECT COUNT(*) FROM challenge WHERE id >= " + Ids.BASE + " AND status = 'APPROVED'"));
        log.printf("  course sessions open for enrolment with free places: %,d (free places %,d); full with a waiting list: %,d%n",
                sql.queryLong("SELECT COUNT(*) FROM course_session s WHERE s.id >= " + Ids.BASE + " AND s.enrolment_deadline >= @today AND "
                        + "s.capacity > (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id AND e.status = 'ENROLLED')"),
                sql.queryLong("SELECT COALESCE(SUM(s.capacity - (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id AND e.status = "
                        + "'ENROLLED')), 0) FROM course_session s WHERE s.id >= " + Ids.BASE + " AND s.enrolment_deadline >= @today"),
                sql.queryLong("SELECT COUNT(*) FROM course_session WHERE id >= " + Ids.BASE + " AND waitlist_counter > 0 AND enrolment_deadline >= @today"));
        log.printf("  approvals: %,d enrolments wait for a line manager; learner.1 (leads learner.2..20) has %d, learners 1, 21, 41, ... lead teams%n",
                sql.queryLong("SELECT COUNT(*) FROM enrolment WHERE id >= " + Ids.BASE + " AND status = 'PENDING_APPROVAL'"),
                sql.queryLong("SELECT COUNT(*) FROM enrolment e JOIN training_profile t ON t.person_id = e.person_id WHERE e.status = "
                        + "'PENDING_APPROVAL' AND t.line_manager_id = " + Account.LEARNER.id(0)));
        log.printf("  jury: %,d score sheets open (round 1 being scored), juror.1 has %d of them%n",
                sql.queryLong("SELECT COUNT(*) FROM evaluation_sheet s JOIN evaluation_round r ON r.id = s.round_id WHERE s.id >= " + Ids.BASE
                        + " AND r.status = 'SCORING' AND s.status IN ('ASSIGNED', 'DRAFT')"),
                sql.queryLong("SELECT COUNT(*) FROM evaluation_sheet s JOIN evaluation_round r ON r.id = s.round_id WHERE s.juror_id = "
                        + Account.JUROR.id(0) + " AND r.status = 'SCORING' AND s.status IN ('ASSIGNED', 'DRAFT')"));
        log.printf("  mentoring: %,d accepted matches to log sessions for (6 a mentor), %,d published matches to accept or decline; "
                        + "draft matching round id %d with %,d startups' needs%n",
                sql.queryLong("SELECT COUNT(*) FROM mentor_match WHERE id >= " + Ids.BASE + " AND status = 'ACCEPTED'"),
                sql.queryLong("SELECT COUNT(*) FROM mentor_match WHERE id >= " + Ids.BASE + " AND status = 'PUBLISHED'"),
                Ids.MATCHING_ROUND + MentoringRows.PUBLISHED_ROUNDS,
                sql.queryLong("SELECT COUNT(*) FROM startup_needs"));
    }
}
