package org.govtechhub.bench.dataset;

/**
 * How many rows of each kind the data set has. Scale 1 is production size (30 programmes, 20,000 startups,
 * 50,000 civil servants, ...); smaller scales keep every ratio per parent (10 cohorts a programme, 10 challenges a
 * cohort, 5 applications a startup, 10 matches a mentor, 500 session logs a mentor, 10 sessions a course,
 * 400 entries an edition) and scale the top-level counts, never below one.
 */
public record Volumes(double scale, int programmes, int departments, int startups, int mentors, int learners,
                      int courses, int editions, int jurors, int admins, int notifications, int auditEntries) {

    public static final int COHORTS_PER_PROGRAMME = 10;
    public static final int CHALLENGES_PER_COHORT = 10;
    public static final int APPLICATIONS_PER_STARTUP = 5;
    public static final int MATCHES_PER_MENTOR = 10;
    public static final int SESSIONS_PER_MENTOR = 500;
    public static final int SESSIONS_PER_COURSE = 10;
    public static final int MAX_ENROLMENTS_PER_LEARNER = 10;
    public static final int NOMINATIONS_PER_EDITION = 4;
    public static final int ENTRIES_PER_EDITION = 400;
    public static final int JURORS_PER_ENTRY = 3;
    public static final int CRITERIA = 4;
    public static final int LEARNERS_PER_LINE_MANAGER = 20;

    /** The production-size volumes multiplied by {@code scale} (1 = production size). */
    public static Volumes of(double scale) {
        if (!(scale > 0) || scale > 1) {
            throw new IllegalArgumentException("dataset.scale must be in (0, 1], not " + scale);
        }
        int startups = times(20_000, scale);
        // a mentor's ten matches go to ten startups of its own: never more mentors than a tenth of the startups
        return new Volumes(scale, times(30, scale), times(300, scale), startups, Math.max(1, startups / MATCHES_PER_MENTOR),
                times(50_000, scale), times(500, scale), times(50, scale), Math.max(3, times(500, scale)), 5,
                times(1_000_000, scale), times(1_000_000, scale));
    }

    private static int times(int full, double scale) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    public int cohorts() {
        return programmes * COHORTS_PER_PROGRAMME;
    }

    public int challenges() {
        return cohorts() * CHALLENGES_PER_COHORT;
    }

    public int applications() {
        return startups * APPLICATIONS_PER_STARTUP;
    }

    public int matches() {
        return mentors * MATCHES_PER_MENTOR;
    }

    public int mentoringSessions() {
        return mentors * SESSIONS_PER_MENTOR;
    }

    public int courseSessions() {
        return courses * SESSIONS_PER_COURSE;
    }

    /** Each learner takes this many different courses. */
    public int enrolmentsPerLearner() {
        return Math.min(MAX_ENROLMENTS_PER_LEARNER, courses);
    }

    public int enrolments() {
        return learners * enrolmentsPerLearner();
    }

    public int entries() {
        return editions * ENTRIES_PER_EDITION;
    }

    /** The editions whose first round is still being scored (the most recent fifth); the others are closed. */
    public int scoringEditions() {
        return Math.max(1, (int) Math.round(editions / 5.0));
    }

    /** Jurors on each edition's jury. */
    public int juryPerEdition() {
        return Math.min(jurors, 60);
    }

    /** The most entries one juror gets in an edition: enough for three jurors an entry. */
    public int maxEntriesPerJuror() {
        int needed = (ENTRIES_PER_EDITION * JURORS_PER_ENTRY + juryPerEdition() - 1) / juryPerEdition();
        return Math.min(500, Math.max(25, needed));
    }

    /** The largest count any generated table draws from the number sequence. */
    public int largestSequence() {
        return Math.max(Math.max(notifications, auditEntries), Math.max(mentoringSessions(), enrolments()));
    }
}
