package org.govtechhub.bench.dataset;

import org.govtechhub.evaluation.ScoreAggregator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of the services, checked on the whole database after generation: each query counts the rows that
 * break one rule, so every count must be 0. Also every foreign key, because nothing generated may dangle.
 */
final class DatasetChecks {

    private final Sql sql;

    DatasetChecks(Sql sql) {
        this.sql = sql;
    }

    /** Rule → rows breaking it, for every rule (all 0 when the data set is sound). */
    Map<String, Long> violations() {
        Map<String, Long> broken = new LinkedHashMap<>();
        for (PreviousRun.ForeignKey key : PreviousRun.foreignKeys(sql)) {
            broken.put("foreign key " + key.table() + "." + key.column(), sql.queryLong("SELECT COUNT(*) FROM " + key.table() + " c LEFT JOIN "
                    + key.parentTable() + " p ON p." + key.parentColumn() + " = c." + key.column() + " WHERE c." + key.column()
                    + " IS NOT NULL AND p." + key.parentColumn() + " IS NULL"));
        }
        count(broken, "a cohort's phases in date order", "SELECT COUNT(*) FROM cohort_phase a JOIN cohort_phase b ON b.cohort_id = a.cohort_id "
                + "AND b.position = a.position + 1 WHERE b.starts_on < a.starts_on OR a.ends_on < a.starts_on");
        count(broken, "applications only to published challenges", "SELECT COUNT(*) FROM application a JOIN challenge c ON c.id = a.challenge_id "
                + "WHERE c.status <> 'PUBLISHED'");
        count(broken, "application's cohort is its challenge's", "SELECT COUNT(*) FROM application a JOIN challenge c ON c.id = a.challenge_id "
                + "WHERE a.cohort_id <> c.cohort_id");
        count(broken, "accepted within the cohort's capacity", "SELECT COUNT(*) FROM (SELECT a.cohort_id FROM application a JOIN cohort c "
                + "ON c.id = a.cohort_id WHERE a.status = 'ACCEPTED' GROUP BY a.cohort_id, c.capacity HAVING COUNT(*) > c.capacity) x");
        count(broken, "accepted within the challenge's one team", "SELECT COUNT(*) FROM (SELECT challenge_id FROM application WHERE status = "
                + "'ACCEPTED' AND challenge_id >= " + Ids.BASE + " GROUP BY challenge_id HAVING COUNT(*) > 1) x");
        count(broken, "reached matches the status", "SELECT COUNT(*) FROM application WHERE NOT (status = 'DRAFT' AND reached IS NULL "
                + "OR status = 'INELIGIBLE' AND reached = 'SUBMITTED' OR status IN ('ELIGIBLE', 'SHORTLISTED', 'ACCEPTED') AND reached = status "
                + "OR status = 'WAITLISTED' AND reached = 'PITCHED' OR status = 'WITHDRAWN' AND reached IS NULL OR status IN ('REJECTED', 'WITHDRAWN') AND reached IN ('SUBMITTED', "
                + "'ELIGIBLE', 'SHORTLISTED', 'PITCHED') OR status = 'SUBMITTED' AND reached = 'SUBMITTED')");
        count(broken, "submitted applications have a date, drafts none", "SELECT COUNT(*) FROM application WHERE (status = 'DRAFT') "
                + "<> (submitted_at IS NULL)");
        count(broken, "mentor's places within capacity", "SELECT COUNT(*) FROM (SELECT m.mentor_id FROM mentor_match m JOIN mentor_profile p "
                + "ON p.person_id = m.mentor_id WHERE m.status IN ('PUBLISHED', 'ACCEPTED') GROUP BY m.mentor_id, p.capacity "
                + "HAVING COUNT(*) > p.capacity) x");
        count(broken, "mentor capacity at most 8", "SELECT COUNT(*) FROM mentor_profile WHERE capacity > 8 OR capacity < 0");
        count(broken, "startup's mentors within what it wants", "SELECT COUNT(*) FROM (SELECT m.startup_id FROM mentor_match m "
                + "LEFT JOIN startup_needs n ON n.startup_id = m.startup_id WHERE m.status IN ('PUBLISHED', 'ACCEPTED') "
                + "GROUP BY m.startup_id, n.mentors_wanted HAVING COUNT(*) > COALESCE(n.mentors_wanted, 2)) x");
        count(broken, "no match with a declared conflict", "SELECT COUNT(*) FROM mentor_match m JOIN conflict_of_interest c "
                + "ON c.mentor_id = m.mentor_id AND c.startup_id = m.startup_id");
        count(broken, "no mentor matched with own startup", "SELECT COUNT(*) FROM mentor_match m JOIN person p ON p.id = m.mentor_id "
                + "WHERE p.organisation_id = m.startup_id");
        count(broken, "sessions only for accepted or ended matches", "SELECT COUNT(*) FROM mentoring_session s JOIN mentor_match m "
                + "ON m.id = s.match_id WHERE m.status NOT IN ('ACCEPTED', 'ENDED')");
        count(broken, "session format and next meeting", "SELECT COUNT(*) FROM mentoring_session WHERE meeting_format = 'EITHER' "
                + "OR next_meeting_at IS NOT NULL AND DATE(next_meeting_at) <= held_on OR rating NOT BETWEEN 1 AND 5 "
                + "OR duration_minutes NOT BETWEEN 5 AND 600");
        count(broken, "seats within a session's capacity", "SELECT COUNT(*) FROM (SELECT s.id FROM course_session s JOIN enrolment e "
                + "ON e.session_id = s.id AND e.status = 'ENROLLED' GROUP BY s.id, s.capacity HAVING COUNT(*) > s.capacity) x");
        count(broken, "a waiting list only when the session is full", "SELECT COUNT(*) FROM course_session s WHERE EXISTS (SELECT 1 FROM "
                + "enrolment w WHERE w.session_id = s.id AND w.status = 'WAITLISTED') AND (SELECT COUNT(*) FROM enrolment e WHERE "
                + "e.session_id = s.id AND e.status = 'ENROLLED') < s.capacity");
        count(broken, "queue numbers within the waitlist counter", "SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id "
                + "WHERE e.status = 'WAITLISTED' AND (e.queue_number < 1 OR e.queue_number > s.waitlist_counter)");
        count(broken, "one active or completed enrolment per person and course", "SELECT COUNT(*) FROM (SELECT e.person_id, s.course_id "
                + "FROM enrolment e JOIN course_session s ON s.id = e.session_id WHERE e.status IN ('PENDING_APPROVAL', 'ENROLLED', "
                + "'WAITLISTED', 'COMPLETED') GROUP BY e.person_id, s.course_id HAVING COUNT(*) > 1) x");
        count(broken, "session dates and deadlines", "SELECT COUNT(*) FROM course_session WHERE ends_on < starts_on "
                + "OR enrolment_deadline > ends_on OR cancellation_deadline > ends_on");
        count(broken, "completed enrolments meet the course's requirements", "SELECT COUNT(*) FROM enrolment e JOIN course_session s "
                + "ON s.id = e.session_id JOIN course c ON c.id = s.course_id WHERE e.status = 'COMPLETED' AND (e.attendance_pct IS NULL "
                + "OR e.attendance_pct < c.attendance_required_pct OR c.assessment_required AND NOT COALESCE(e.assessment_passed, FALSE) "
                + "OR c.practice_projects_required > 0 OR e.completed_at IS NULL)");
        count(broken, "a certificate for each completed enrolment", "SELECT COUNT(*) FROM enrolment e LEFT JOIN certificate c "
                + "ON c.enrolment_id = e.id WHERE e.status = 'COMPLETED' AND e.id >= " + Ids.BASE + " AND c.id IS NULL");
        count(broken, "declined with a comment", "SELECT COUNT(*) FROM enrolment WHERE status = 'DECLINED' AND (decision_comment IS NULL "
                + "OR decided_by IS NULL)");
        count(broken, "pending approvals have a line manager", "SELECT COUNT(*) FROM enrolment e LEFT JOIN training_profile t "
                + "ON t.person_id = e.person_id WHERE e.status = 'PENDING_APPROVAL' AND t.line_manager_id IS NULL");
        count(broken, "every statement of an assessment answered 1..4", "SELECT COUNT(*) FROM (SELECT a.id FROM assessment a LEFT JOIN "
                + "assessment_answer x ON x.assessment_id = a.id AND x.answer BETWEEN 1 AND 4 GROUP BY a.id HAVING COUNT(x.statement_key) "
                + "<> (SELECT COUNT(*) * 4 FROM skill)) y");
        count(broken, "criteria weigh 100 together", "SELECT COUNT(*) FROM (SELECT round_id FROM evaluation_criterion GROUP BY round_id "
                + "HAVING SUM(weight) <> 100 OR MIN(weight) <= 0) x");
        count(broken, "scores within the scale", "SELECT COUNT(*) FROM evaluation_score WHERE score < " + ScoreAggregator.MIN_SCORE
                + " OR score > " + ScoreAggregator.MAX_SCORE);
        count(broken, "extreme scores have a comment", "SELECT COUNT(*) FROM evaluation_score WHERE (score <= 2 OR score >= 9) AND comment IS NULL");
        count(broken, "a submitted sheet scores every criterion", "SELECT COUNT(*) FROM evaluation_sheet s WHERE s.status = 'SUBMITTED' "
                + "AND (SELECT COUNT(*) FROM evaluation_score x WHERE x.sheet_id = s.id) <> (SELECT COUNT(*) FROM evaluation_criterion c "
                + "WHERE c.round_id = s.round_id)");
        count(broken, "sheets only in rounds being scored or closed", "SELECT COUNT(*) FROM evaluation_sheet s JOIN evaluation_round r "
                + "ON r.id = s.round_id WHERE r.status = 'SETUP'");
        count(broken, "jurors sit on the edition's jury", "SELECT COUNT(*) FROM evaluation_sheet s JOIN evaluation_round r ON r.id = s.round_id "
                + "WHERE r.owner LIKE 'award-edition:%' AND NOT EXISTS (SELECT 1 FROM award_jury_member j WHERE j.person_id = s.juror_id "
                + "AND CONCAT('award-edition:', j.edition_id) = r.owner)");
        count(broken, "a juror's load within the edition's limit", "SELECT COUNT(*) FROM (SELECT s.round_id, s.juror_id FROM evaluation_sheet s "
                + "JOIN evaluation_round r ON r.id = s.round_id JOIN award_edition e ON CONCAT('award-edition:', e.id) = r.owner "
                + "WHERE r.round_no = 1 GROUP BY s.round_id, s.juror_id, e.max_entries_per_juror HAVING COUNT(*) > e.max_entries_per_juror) x");
        count(broken, "jurors never judge their own organisation", "SELECT COUNT(*) FROM evaluation_sheet s JOIN person p ON p.id = s.juror_id "
                + "JOIN award_entry e ON e.id = s.subject_id WHERE s.subject_id >= " + Ids.ENTRY + " AND s.subject_id < " + Ids.JURY_MEMBER
                + " AND p.organisation_id = e.organisation_id");
        count(broken, "scored rounds opened after the call closed", "SELECT COUNT(*) FROM evaluation_round r JOIN award_edition e "
                + "ON CONCAT('award-edition:', e.id) = r.owner WHERE r.status <> 'SETUP' AND (r.opened_at IS NULL OR r.opened_at < e.call_closes)");
        count(broken, "generated notifications are not mailed again", "SELECT COUNT(*) FROM notification WHERE id >= " + Ids.BASE
                + " AND mail_status <> 'SENT'");
        return broken;
    }

    private void count(Map<String, Long> broken, String rule, String query) {
        broken.put(rule, sql.queryLong(query));
    }
}
