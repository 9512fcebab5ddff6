package org.govtechhub.bench.dataset;

import org.govtechhub.evaluation.ScoreAggregator;

import static org.govtechhub.bench.dataset.Sql.AUDIT;
import static org.govtechhub.bench.dataset.Sql.AUDIT_COLUMNS;
import static org.govtechhub.bench.dataset.Sql.cycle;
import static org.govtechhub.bench.dataset.Sql.pick;
import static org.govtechhub.bench.dataset.Sql.random;
import static org.govtechhub.bench.dataset.Sql.rows;

/**
 * Awards: a chain of editions (each names the one before), four nominations each, 400 submitted entries an
 * edition by civil servants for their departments, a jury of up to 60 jurors without an organisation (so no
 * automatic conflict), three jurors an entry and never more than the edition's {@code max_entries_per_juror}. The
 * first round's four criteria weigh 100 together; scores are 1..10 and a 9 has its comment. The older editions'
 * round 1 is closed with every sheet submitted and the three best entries of each nomination confirmed as
 * finalists (round 2 is set up with round 1's criteria, as {@code JudgingService.confirmFinalists} leaves it); in
 * the newest fifth the call has closed and round 1 is being scored: one sheet in six submitted, the rest open.
 */
final class AwardRows {

    private static final String[] CRITERIA = {"impact", "novelty", "scalability", "evidence"};
    private static final int[] WEIGHTS = {35, 25, 20, 20};
    private static final String[] NOMINATIONS = {"Citizen-centred innovation", "Digitalisation and data",
        "Culture of innovation and experimentation", "Public services and policy"};

    private final Sql sql;
    private final Volumes v;

    AwardRows(Sql sql, Volumes v) {
        this.sql = sql;
        this.v = v;
    }

    void generate() {
        int editions = v.editions();
        int closed = editions - v.scoringEditions();
        int perEdition = Volumes.ENTRIES_PER_EDITION;
        int jury = v.juryPerEdition();
        // edition e's call closed (E - e) * 30 days ago, the newest five days ago; the closed ones' call longer ago
        String callCloses = "DATE_SUB(@now, INTERVAL IF(n >= " + closed + ", 5 + (" + editions + " - 1 - n), 60 + (" + closed
                + " - n) * 30) DAY)";
        sql.run("award_edition", "INSERT INTO award_edition (" + AUDIT_COLUMNS + ", name, description, call_opens, call_closes, live_event_on, "
                + "announcement_on, previous_edition_id, jurors_per_entry, max_entries_per_juror, trimmed_mean, published_at) SELECT "
                + Ids.EDITION + " + n, " + AUDIT + ", CONCAT('Scale Public Sector Innovation Awards, edition ', n + 1), "
                + "'Annual awards for public-sector innovation.', DATE_SUB(cc, INTERVAL 90 DAY), cc, DATE(DATE_ADD(cc, INTERVAL 45 DAY)), "
                + "DATE(DATE_ADD(cc, INTERVAL 46 DAY)), IF(n = 0, NULL, " + Ids.EDITION + " + n - 1), " + Volumes.JURORS_PER_ENTRY + ", "
                + v.maxEntriesPerJuror() + ", FALSE, NULL FROM (SELECT n, " + callCloses + " AS cc FROM ds_seq WHERE n < " + editions + ") x");
        int nominations = Volumes.NOMINATIONS_PER_EDITION;
        sql.run("award_nomination", "INSERT INTO award_nomination (" + AUDIT_COLUMNS + ", edition_id, name, description, entrant_types, "
                + "finalists, winners) SELECT " + Ids.NOMINATION + " + n, " + AUDIT + ", " + Ids.EDITION + " + n DIV " + nominations + ", "
                + cycle("n", NOMINATIONS) + ", 'Open to departments, teams and individual civil servants.', 'DEPARTMENT,INDIVIDUAL,TEAM', 3, 1"
                + rows((long) editions * nominations));
        String learner = "(" + random("author", "n", v.learners()) + ")";
        sql.run("award_entry", "INSERT INTO award_entry (" + AUDIT_COLUMNS + ", nomination_id, entrant_type, author_id, organisation_id, title, "
                + "summary, results, team, topics, status, submitted_at, finalist, prize, prize_note) SELECT " + Ids.ENTRY + " + n, " + AUDIT
                + ", " + Ids.NOMINATION + " + (n DIV " + perEdition + ") * " + nominations + " + n MOD " + nominations + ", "
                + pick("etype", "n", "DEPARTMENT", "TEAM", "INDIVIDUAL") + ", " + Account.LEARNER.id("au") + ", " + Ids.ORGANISATION + " + au MOD "
                + v.departments() + ", CONCAT(" + pick("etitle", "n", "Paperless permits", "One form for every benefit",
                        "Open budget dashboard", "Chatbot for residents", "Predictive road maintenance") + ", ' ', n + 1), "
                + "'What we changed and for whom.', 'Waiting times halved in the pilot district.', NULL, "
                + pick("topics", "n", "digital, data", "service design, citizens", "culture, experimentation", "data, policy") + ", "
                + "'SUBMITTED', DATE_SUB(ed.call_closes, INTERVAL 1 + n MOD 60 DAY), FALSE, NULL, NULL "
                + "FROM (SELECT n, " + learner + " AS au FROM ds_seq WHERE n < " + v.entries() + ") x "
                + "JOIN award_edition ed ON ed.id = " + Ids.EDITION + " + n DIV " + perEdition);
        sql.run("award_jury_member", "INSERT INTO award_jury_member (" + AUDIT_COLUMNS + ", edition_id, person_id, expertise, chair) SELECT "
                + Ids.JURY_MEMBER + " + n, " + AUDIT + ", " + Ids.EDITION + " + n DIV " + jury + ", "
                + Account.JUROR.id("((n DIV " + jury + ") * " + jury + " + n MOD " + jury + ") MOD " + v.jurors()) + ", "
                + pick("jexp", "n", "digital, data", "service design, citizens", "culture, experimentation", "data, policy, finance")
                + ", n MOD " + jury + " = 0" + rows((long) editions * jury));
        rounds(editions, closed);
        sheets(closed, jury);
        finalists(closed);
    }

    private void rounds(int editions, int closed) {
        // round r of edition e has the id EVALUATION_ROUND + 2e + r - 1; round 2 exists for the closed editions only
        sql.run("evaluation_round", "INSERT INTO evaluation_round (" + AUDIT_COLUMNS + ", owner, round_no, status, trimmed_mean, chair_order, "
                + "opened_at, closed_at) SELECT " + Ids.EVALUATION_ROUND + " + n, " + AUDIT + ", CONCAT('award-edition:', " + Ids.EDITION
                + " + n DIV 2), n MOD 2 + 1, CASE WHEN n MOD 2 = 1 THEN 'SETUP' WHEN n DIV 2 < " + closed + " THEN 'CLOSED' ELSE 'SCORING' END, "
                + "FALSE, '', IF(n MOD 2 = 0, DATE_ADD(ed.call_closes, INTERVAL 1 DAY), NULL), "
                + "IF(n MOD 2 = 0 AND n DIV 2 < " + closed + ", DATE_ADD(ed.call_closes, INTERVAL 30 DAY), NULL) "
                + "FROM ds_seq JOIN award_edition ed ON ed.id = " + Ids.EDITION + " + n DIV 2 WHERE n < " + editions * 2L
                + " AND (n MOD 2 = 0 OR n DIV 2 < " + closed + ")");
        StringBuilder weights = new StringBuilder();
        for (int weight : WEIGHTS) {
            weights.append(weights.length() == 0 ? "" : ", ").append(weight);
        }
        sql.run("evaluation_criterion", "INSERT INTO evaluation_criterion (round_id, position, code, name, weight) SELECT r.id, t.n, "
                + cycle("t.n", CRITERIA) + ", " + cycle("t.n", "Impact on residents", "Novelty", "Scalability", "Evidence of results")
                + ", ELT(1 + t.n, " + weights + ") FROM evaluation_round r JOIN (SELECT n FROM ds_seq WHERE n < " + CRITERIA.length + ") t "
                + "WHERE r.id >= " + Ids.EVALUATION_ROUND + " AND r.id < " + Ids.SHEET);
        sql.run("evaluation_subject", "INSERT INTO evaluation_subject (round_id, subject_id) SELECT " + Ids.EVALUATION_ROUND + " + (n DIV "
                + Volumes.ENTRIES_PER_EDITION + ") * 2, " + Ids.ENTRY + " + n" + rows(v.entries()));
    }

    private void sheets(int closed, int jury) {
        int perEdition = Volumes.ENTRIES_PER_EDITION;
        int perEntry = Volumes.JURORS_PER_ENTRY;
        // sheet n: entry n DIV 3 (i-th of its edition e), the edition's juror t = (3i + r) MOD jury
        String entry = "(n DIV " + perEntry + ")";
        String edition = "(" + entry + " DIV " + perEdition + ")";
        String juror = "(" + edition + " * " + jury + " + (" + entry + " MOD " + perEdition + " * " + perEntry + " + n MOD " + perEntry
                + ") MOD " + jury + ") MOD " + v.jurors();
        String submitted = "(" + edition + " < " + closed + " OR n MOD 6 = 0)";
        sql.run("evaluation_sheet", "INSERT INTO evaluation_sheet (" + AUDIT_COLUMNS + ", round_id, juror_id, subject_id, affinity, "
                + "affinity_note, status, submitted_at, recused_at) SELECT " + Ids.SHEET + " + n, " + AUDIT + ", " + Ids.EVALUATION_ROUND + " + "
                + edition + " * 2, " + Account.JUROR.id(juror) + ", " + Ids.ENTRY + " + " + entry + ", " + random("aff", "n", 101) + ", NULL, "
                + "IF(" + submitted + ", 'SUBMITTED', 'ASSIGNED'), IF(" + submitted + ", DATE_SUB(@now, INTERVAL 1 + n MOD 4 DAY), NULL), NULL"
                + rows((long) v.entries() * perEntry));
        String key = "CONCAT(s.id, ':', t.n)";
        String score = "IF(" + random("nine", key, 25) + " = 0, 9, 3 + " + random("score", key, 6) + ")";
        sql.run("evaluation_score", "INSERT INTO evaluation_score (sheet_id, criterion, score, comment) SELECT x.id, "
                + cycle("x.n", CRITERIA) + ", x.sc, IF(x.sc >= 9, 'Outstanding, well evidenced results.', NULL) "
                + "FROM (SELECT s.id, t.n, " + score + " AS sc FROM evaluation_sheet s "
                + "JOIN (SELECT n FROM ds_seq WHERE n < " + CRITERIA.length + ") t WHERE s.id >= " + Ids.SHEET + " AND s.id < "
                + Ids.NOTIFICATION + " AND s.status = 'SUBMITTED') x");
        if (ScoreAggregator.MIN_SCORE > 3 || ScoreAggregator.MAX_SCORE < 9) {
            throw new IllegalStateException("the generated scores 3..9 no longer fit the scale");
        }
    }

    private void finalists(int closed) {
        StringBuilder weighted = new StringBuilder();
        for (int c = 0; c < CRITERIA.length; c++) {
            weighted.append(c == 0 ? "" : " + ").append("SUM(CASE sc.criterion WHEN '").append(CRITERIA[c]).append("' THEN sc.score * ")
                    .append(WEIGHTS[c]).append(" ELSE 0 END)");
        }
        sql.run("award_entry (finalists)", "UPDATE award_entry en JOIN (SELECT id FROM (SELECT t.id, ROW_NUMBER() OVER (PARTITION BY "
                + "t.nomination_id ORDER BY t.total DESC, t.id) AS place FROM (SELECT e.id, e.nomination_id, (" + weighted + ") / COUNT(DISTINCT "
                + "s.id) AS total FROM award_entry e JOIN evaluation_sheet s ON s.subject_id = e.id AND s.status = 'SUBMITTED' "
                + "JOIN evaluation_score sc ON sc.sheet_id = s.id WHERE e.id >= " + Ids.ENTRY + " AND e.id < " + Ids.ENTRY + " + "
                + (long) closed * Volumes.ENTRIES_PER_EDITION + " GROUP BY e.id, e.nomination_id) t) r WHERE r.place <= 3) f ON f.id = en.id "
                + "SET en.finalist = TRUE");
    }
}
