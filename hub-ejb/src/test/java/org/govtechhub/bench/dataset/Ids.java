package org.govtechhub.bench.dataset;

/**
 * The id ranges of the generated rows. Every generated id is at least {@link #BASE}, far above anything the
 * application's table generator ({@code id_sequence 'hub'}, 50 at a time from a few hundred) will hand out, so the
 * data set never collides with the demo data or with rows the application creates, in whichever order they come;
 * and a new run finds what an earlier one made by {@code id >= BASE}. Each kind of record has its own block of
 * ten million ids, so ids are also unique across tables, as the generator's are.
 */
final class Ids {

    static final long BASE = 1_000_000_000L;
    private static final long BLOCK = 10_000_000L;

    static final long ORGANISATION = block(0);
    /** Startups' organisations follow the departments' within the organisation block. */
    static final long STARTUP_ORGANISATION = ORGANISATION + 1_000_000L;
    static final long PERSON = block(1);
    static final long PROGRAMME = block(2);
    static final long COHORT = block(3);
    static final long CHALLENGE = block(4);
    static final long STARTUP_PROFILE = block(5);
    static final long APPLICATION = block(6);
    static final long MENTOR_PROFILE = block(7);
    static final long STARTUP_NEEDS = block(8);
    static final long CONFLICT = block(9);
    static final long MATCHING_ROUND = block(10);
    static final long MATCH = block(11);
    static final long MENTORING_SESSION = block(12);
    static final long TRAINING_PROFILE = block(13);
    static final long ASSESSMENT = block(14);
    static final long TRACK = block(15);
    static final long COURSE = block(16);
    static final long COURSE_SESSION = block(17);
    static final long ENROLMENT = block(18);
    static final long CERTIFICATE = block(19);
    static final long EDITION = block(20);
    static final long NOMINATION = block(21);
    static final long ENTRY = block(22);
    static final long JURY_MEMBER = block(23);
    static final long EVALUATION_ROUND = block(24);
    static final long SHEET = block(25);
    static final long NOTIFICATION = block(26);
    static final long AUDIT_ENTRY = block(27);

    private Ids() {
    }

    private static long block(int number) {
        return BASE + number * BLOCK;
    }
}
