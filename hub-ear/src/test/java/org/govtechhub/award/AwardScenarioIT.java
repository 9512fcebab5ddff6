package org.govtechhub.award;

import jakarta.inject.Inject;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.DeclaredConflict;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.ScoreAggregator;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HandRanking;
import org.govtechhub.it.HandRanking.Expected;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario, end to end on the real server and database: 40 entries in 4 nominations of 10, 8 jurors,
 * 3 jurors per entry, at most 15 entries per juror, one conflict of interest per juror; round 1 proposes 3 finalists
 * per nomination, round 2 (every unconflicted juror scores every finalist) one winner per nomination; the results
 * are published and the round's tables exported.
 *
 * <h2>The scores, by construction</h2>
 * Entry e (A1..A10 = 0..9, B1..B10 = 10..19, ...) has a base score per criterion ({@link #ROUND_1},
 * {@link #ROUND_2}), juror j a bias {@link #BIAS}: juror j gives base + bias on every criterion, so every score stays
 * in 2..9 and a lenient juror (+2) and a harsh one (−1) differ only by a shift, which the per-juror z-score removes.
 * The assignment is known too: entry e has one topic, {@code TOPICS[e % 8]}, and juror j the expertise
 * {@code TOPICS[j], TOPICS[j−1], TOPICS[j−3]} (mod 8), so exactly three jurors — {e, e+1, e+3} mod 8 — share the entry's
 * topic, each juror with exactly 15 entries: the only assignment with the highest affinity. The conflicts
 * ({@link #CONFLICT}) are all with entries those jurors would not get anyway; one of them (juror 0 and A3) is with a
 * finalist, so juror 0 does not score A3 in round 2 either.
 * The expected ranking is computed independently below, from the scores given (not with {@link ScoreAggregator});
 * the facts written by hand (places, raw means, winners) were worked out separately, beforehand, from the same numbers.
 */
@ExtendWith(ArquillianExtension.class)
class AwardScenarioIT {

    private static final int[] WEIGHTS = {40, 30, 20, 10};
    private static final int[] BIAS = {2, 2, 0, 2, -1, -1, 1, -1};
    private static final String[] TOPICS = {"open data", "payments", "health", "mobility", "identity", "education",
        "procurement", "accessibility"};
    private static final String NOMINATION_LETTERS = "ABCD";
    private static final int JURORS = 8;
    private static final int ENTRIES = 40;

    /** Base scores (impact, innovation, scalability, citizen focus) of entries 1..10 of each nomination in round 1. */
    private static final int[][][] ROUND_1 = {
        {{7, 7, 7, 6}, {7, 6, 7, 7}, {6, 7, 6, 7}, {5, 5, 5, 5}, {5, 4, 5, 6}, {4, 5, 4, 5}, {4, 4, 5, 4}, {4, 4, 4, 4}, {3, 4, 3, 4}, {3, 3, 3, 3}},
        {{7, 7, 6, 6}, {6, 7, 7, 7}, {6, 6, 7, 7}, {5, 5, 4, 5}, {5, 4, 4, 5}, {4, 4, 5, 5}, {4, 4, 4, 5}, {3, 4, 4, 4}, {3, 3, 4, 3}, {3, 3, 3, 4}},
        {{7, 6, 7, 7}, {7, 7, 6, 5}, {6, 6, 6, 6}, {5, 5, 5, 4}, {4, 5, 5, 5}, {4, 5, 4, 4}, {4, 4, 4, 3}, {3, 4, 4, 5}, {3, 4, 3, 3}, {3, 3, 3, 3}},
        {{7, 7, 7, 7}, {6, 7, 7, 6}, {6, 6, 7, 6}, {5, 5, 5, 6}, {5, 4, 4, 4}, {4, 5, 4, 4}, {4, 4, 4, 4}, {4, 3, 4, 3}, {3, 4, 3, 3}, {3, 3, 4, 3}},
    };

    /** Base scores of the finalists (entries 1, 2, 3 of each nomination) at the live pitches of round 2. */
    private static final int[][][] ROUND_2 = {
        {{6, 6, 6, 6}, {7, 7, 7, 7}, {5, 5, 5, 5}},
        {{7, 7, 6, 6}, {6, 6, 6, 6}, {5, 6, 5, 6}},
        {{6, 6, 7, 7}, {6, 6, 6, 6}, {7, 7, 7, 7}},
        {{7, 7, 7, 7}, {5, 6, 6, 6}, {6, 6, 6, 5}},
    };

    /**
     * Juror j's conflict: jurors 0–3 work at the entrant's organisation (A3, A4, C9, B4), jurors 4–5 are named on
     * the team (A7, C4), jurors 6–7 declare one before round 1 (C5, D4).
     */
    private static final int[] CONFLICT = {2, 3, 28, 13, 6, 23, 24, 33};

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(AwardScenarioIT.class, AwardFixture.class, HandRanking.class).build();
    }

    @Inject
    private AwardFixture fixture;

    @Inject
    private AwardService awards;

    @Inject
    private EntryService entryService;

    @Inject
    private JudgingService judging;

    @Inject
    private JuryService jury;

    @Inject
    private AwardReportService reports;

    @Inject
    private NotificationService notifications;

    private final AwardEntry[] entries = new AwardEntry[ENTRIES];
    private final Person[] jurors = new Person[JURORS];
    private final Map<Long, Integer> indexOf = new HashMap<>();
    private AwardEdition edition;

    private static String title(int e) {
        return NOMINATION_LETTERS.charAt(e / 10) + String.valueOf(e % 10 + 1);
    }

    private static EntrantType typeOf(int e) {
        return switch (e / 10) {
            case 0 -> e % 2 == 0 ? EntrantType.DEPARTMENT : EntrantType.TEAM;
            case 1 -> EntrantType.STARTUP;
            case 2 -> e % 2 == 0 ? EntrantType.NGO : EntrantType.UNIVERSITY;
            default -> EntrantType.INDIVIDUAL;
        };
    }

    /** The jurors who share entry e's topic. */
    private static Set<Integer> plannedJurors(int e) {
        return Set.of(e % JURORS, (e + 1) % JURORS, (e + 3) % JURORS);
    }

    private static int[] given(int[] base, int juror) {
        return Arrays.stream(base).map(s -> s + BIAS[juror]).toArray();
    }

    @Test
    void fortyEntriesInFourNominationsBecomeTwelveFinalistsAndFourWinners() {
        long started = System.nanoTime();
        callForEntries();
        assertConflictsAreKnown();
        assertThePlanGivesEveryEntryItsThreeJurors();

        // --- round 1: remote scoring -------------------------------------------------------------------------------
        judging.openRound(edition.getId(), 1);
        List<Given> round1 = new ArrayList<>();
        for (int j = 0; j < JURORS; j++) {
            int juror = j;
            List<Scoresheet> scored = fixture.score(jurors[j], id -> AwardFixture.scores(given(ROUND_1[indexOf.get(id) / 10][indexOf.get(id) % 10], juror)));
            assertEquals(15, scored.size(), "juror " + j + " scores 15 entries");
            scored.forEach(s -> round1.add(new Given(s.getSubjectId(), juror, given(ROUND_1[indexOf.get(s.getSubjectId()) / 10][indexOf.get(s.getSubjectId()) % 10], juror))));
            assertEquals(IntStream.range(0, ENTRIES).filter(e -> plannedJurors(e).contains(juror)).boxed().collect(Collectors.toSet()),
                    scored.stream().map(s -> indexOf.get(s.getSubjectId())).collect(Collectors.toSet()), "juror " + j + "'s entries");
        }
        assertEquals(120, round1.size());
        judging.closeRound(edition.getId(), 1);

        List<Expected> expected1 = expectedRanking(round1);
        assertEquals(ids(expected1), jury.ranking(judging.requireRound(edition, 1)).stream().map(RankedEntry::entryId).toList(),
                "the round's ranking is the one computed by hand");
        assertHandWrittenFactsOfRoundOne(expected1);

        Map<Nomination, List<Standing>> standings1 = judging.standings(edition.getId(), 1);
        assertStandings(standings1, expected1, 3);
        List<Long> finalists = proposed(standings1);
        assertEquals(List.of("A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3", "D1", "D2", "D3"), titles(finalists));

        List<ReportTable> tables1 = reports.tables(edition.getId(), 1);
        assertRankingTable(table(tables1, "ranking"), expected1);
        assertMatrix(table(tables1, "matrix"), round1);
        assertJurorTable(table(tables1, "jurors"), round1);

        assertEquals(12, judging.confirmFinalists(edition.getId(), finalists).size());
        assertTrue(notifications.latestFor(entries[0].getAuthor().getEmail()).stream().map(Notification::getMessageKey)
                .anyMatch("notification.award.finalist"::equals), "A1's entrant hears they are a finalist");
        assertTrue(notifications.latestFor(entries[3].getAuthor().getEmail()).stream().map(Notification::getMessageKey)
                .noneMatch("notification.award.finalist"::equals), "A4's does not");

        // --- round 2: live pitches, every unconflicted juror scores every finalist -------------------------------
        judging.openRound(edition.getId(), 2);
        List<Given> round2 = new ArrayList<>();
        for (int j = 0; j < JURORS; j++) {
            int juror = j;
            List<Scoresheet> scored = fixture.score(jurors[j], id -> AwardFixture.scores(given(ROUND_2[indexOf.get(id) / 10][indexOf.get(id) % 10], juror)));
            assertEquals(j == 0 ? 11 : 12, scored.size(), "juror " + j + " scores every finalist but their conflict");
            assertEquals(j == 0, scored.stream().noneMatch(s -> s.getSubjectId() == entries[2].getId()), "A3 is juror 0's conflict");
            scored.forEach(s -> round2.add(new Given(s.getSubjectId(), juror, given(ROUND_2[indexOf.get(s.getSubjectId()) / 10][indexOf.get(s.getSubjectId()) % 10], juror))));
        }
        assertEquals(95, jury.sheets(judging.requireRound(edition, 2)).size(), "12 finalists × 8 jurors, less juror 0 with A3");
        judging.closeRound(edition.getId(), 2);

        List<Expected> expected2 = expectedRanking(round2);
        assertEquals(ids(expected2), jury.ranking(judging.requireRound(edition, 2)).stream().map(RankedEntry::entryId).toList());
        Map<Nomination, List<Standing>> standings2 = judging.standings(edition.getId(), 2);
        assertStandings(standings2, expected2, 1);
        List<Long> winners = proposed(standings2);
        assertEquals(List.of("A2", "B1", "C3", "D1"), titles(winners), "the live pitches decide: A2 and C3 overtake A1 and C1");
        List<ReportTable> tables2 = reports.tables(edition.getId(), 2);
        assertRankingTable(table(tables2, "ranking"), expected2);
        assertMatrix(table(tables2, "matrix"), round2);

        // --- results ----------------------------------------------------------------------------------------------
        judging.confirmWinners(edition.getId(), winners);
        AwardEdition published = awards.publish(edition.getId());
        assertTrue(awards.published(edition.getId()).isPublished());
        List<AwardEntry> results = awards.results(published);
        assertEquals(12, results.size(), "12 finalists");
        assertEquals(List.of("A2", "A1", "A3", "B1", "B2", "B3", "C3", "C1", "C2", "D1", "D2", "D3"),
                results.stream().map(AwardEntry::getTitle).toList(), "by nomination, the winner first");
        assertEquals(List.of("A2", "B1", "C3", "D1"),
                results.stream().filter(e -> e.getPrize() == Prize.WINNER).map(AwardEntry::getTitle).toList());
        assertTrue(results.stream().allMatch(AwardEntry::isFinalist));

        List<Given> ofA1 = new ArrayList<>(round1);
        ofA1.addAll(round2);
        long extremes = ofA1.stream().filter(g -> g.entryId() == entries[0].getId())
                .flatMapToInt(g -> Arrays.stream(g.scores())).filter(ScoreAggregator::commentRequired).count();
        assertEquals(9, extremes, "A1's three lenient jurors gave 9 three times each");
        assertEquals(extremes, entryService.feedback(entries[0].getId(), entries[0].getAuthor().getEmail()).size(),
                "A1's entrant reads every comment the jury had to write");

        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 60, "the scenario took " + seconds + " s");
    }

    // --- set-up -----------------------------------------------------------------------------------------------------

    private void callForEntries() {
        edition = fixture.openEdition("Public Sector Innovation Awards 2027");
        List<Nomination> nominations = List.of(
                fixture.nomination(edition, "A Digital public service", 3, 1, EntrantType.DEPARTMENT, EntrantType.TEAM),
                fixture.nomination(edition, "B GovTech startup", 3, 1, EntrantType.STARTUP),
                fixture.nomination(edition, "C Civic partnership", 3, 1, EntrantType.NGO, EntrantType.UNIVERSITY),
                fixture.nomination(edition, "D Civil servant innovator", 3, 1, EntrantType.INDIVIDUAL));
        Organisation[] organisations = new Organisation[ENTRIES];
        for (int e = 0; e < ENTRIES; e++) {
            organisations[e] = fixture.organisation("Entrant " + title(e), typeOf(e).organisationKind());
        }
        for (int j = 0; j < JURORS; j++) {
            jurors[j] = fixture.juror("Juror " + j, j < 4 ? organisations[CONFLICT[j]] : null);
            fixture.addJuror(edition, jurors[j], TOPICS[j] + ", " + TOPICS[(j + 7) % JURORS] + ", " + TOPICS[(j + 5) % JURORS]);
        }
        for (int e = 0; e < ENTRIES; e++) {
            Person author = fixture.entrant("Entrant of " + title(e), organisations[e]);
            String team = author.getFullName() + " <" + author.getEmail() + ">, lead";
            if (e == CONFLICT[4] || e == CONFLICT[5]) {
                Person juror = jurors[e == CONFLICT[4] ? 4 : 5];
                team += "\n" + juror.getFullName() + " <" + juror.getEmail() + ">, adviser";
            }
            entries[e] = fixture.submitted(nominations.get(e / 10), typeOf(e), author, title(e), TOPICS[e % JURORS], team);
            indexOf.put(entries[e].getId(), e);
        }
        edition = fixture.closeCall(edition);
        fixture.declare(entries[CONFLICT[6]], jurors[6], ConflictType.PROFESSIONAL, "I mentored this partnership");
        fixture.declare(entries[CONFLICT[7]], jurors[7], ConflictType.PERSONAL, "The entrant is my sister");
    }

    private void assertConflictsAreKnown() {
        List<DeclaredConflict> declared = jury.conflicts(edition.owner());
        assertEquals(2, declared.size());
        Map<Long, JuryMember> members = awards.jury(edition).stream().collect(Collectors.toMap(m -> m.getPerson().getId(), m -> m));
        ConflictType[] kinds = {ConflictType.SAME_ORGANISATION, ConflictType.SAME_ORGANISATION, ConflictType.SAME_ORGANISATION,
            ConflictType.SAME_ORGANISATION, ConflictType.ON_THE_TEAM, ConflictType.ON_THE_TEAM, ConflictType.PROFESSIONAL, ConflictType.PERSONAL};
        for (int j = 0; j < JURORS; j++) {
            JuryMember member = members.get(jurors[j].getId());
            for (int e = 0; e < ENTRIES; e++) {
                assertEquals(e == CONFLICT[j] ? kinds[j] : null, judging.conflict(member, entries[e], declared).orElse(null),
                        "juror " + j + " and " + title(e));
            }
        }
    }

    private void assertThePlanGivesEveryEntryItsThreeJurors() {
        AssignmentPlan plan = judging.plan(edition.getId());
        Map<Long, Integer> jurorIndex = new HashMap<>();
        for (int j = 0; j < JURORS; j++) {
            jurorIndex.put(jurors[j].getId(), j);
        }
        assertEquals(120, plan.pairs().size());
        for (int e = 0; e < ENTRIES; e++) {
            long id = entries[e].getId();
            assertEquals(plannedJurors(e), plan.pairs().stream().filter(p -> p.entry().getId() == id)
                    .map(p -> jurorIndex.get(p.juror().getPerson().getId())).collect(Collectors.toSet()), title(e));
        }
        for (int j = 0; j < JURORS; j++) {
            int juror = j;
            assertTrue(plan.pairs().stream().noneMatch(p -> p.entry().getId().equals(entries[CONFLICT[juror]].getId())
                    && p.juror().getPerson().equals(jurors[juror])), "juror " + j + " never meets their conflict");
        }
        assertEquals(Set.of(15), Set.copyOf(plan.loads().values()), plan.loads().toString());
        assertEquals(JURORS, plan.loads().size());
        assertEquals(15, plan.maxLoad());
        assertEquals(120 * 100, plan.totalAffinity(), "every juror shares the topic of every entry they get");
        assertTrue(plan.shortfalls().isEmpty());
        assertTrue(plan.optimal());
    }

    // --- the ranking computed by hand ------------------------------------------------------------------------------

    /** One juror's scores for one entry, as given. */
    private record Given(long entryId, int juror, int[] scores) {

        double total() {
            double points = 0;
            for (int c = 0; c < WEIGHTS.length; c++) {
                points += WEIGHTS[c] * scores[c];
            }
            return points / 100;
        }
    }

    /** The ranking as computed here, from what the jurors gave (see {@link HandRanking}). */
    private static List<Expected> expectedRanking(List<Given> given) {
        return HandRanking.of(given.stream().map(g -> new HandRanking.Total(g.entryId(), g.juror(), g.total())).toList());
    }

    private static List<Long> ids(List<Expected> expected) {
        return expected.stream().map(Expected::entryId).toList();
    }

    private List<String> titles(List<Long> ids) {
        return ids.stream().map(id -> title(indexOf.get(id))).toList();
    }

    private Expected of(List<Expected> expected, String title) {
        return expected.stream().filter(x -> title(indexOf.get(x.entryId())).equals(title)).findFirst().orElseThrow();
    }

    private int rankOf(List<Expected> expected, String title) {
        return expected.indexOf(of(expected, title)) + 1;
    }

    private void assertHandWrittenFactsOfRoundOne(List<Expected> expected) {
        assertEquals(List.of("D1", "A1", "A2", "C1"), titles(ids(expected).subList(0, 4)));
        assertEquals(10.0, expected.get(0).normalised(), 1e-9, "the best entry lands on 10");
        Expected a1 = of(expected, "A1");
        assertEquals(8.90, a1.rawMean(), 1e-9, "A1's jurors (0, 1, 3) are the lenient ones: 9, 9, 9, 8 each");
        assertTrue(expected.stream().allMatch(x -> x.rawMean() <= a1.rawMean()), "A1 has the highest raw mean, yet D1 is first");
        Expected b3 = of(expected, "B3");
        Expected b7 = of(expected, "B7");
        assertEquals(5.30, b3.rawMean(), 1e-9, "B3's jurors (4, 5, 7) are the harsh ones");
        assertEquals(6.10, b7.rawMean(), 1e-9, "B7's are the lenient ones");
        assertEquals(10, rankOf(expected, "B3"), "by raw mean B7 would beat B3; normalised, B3 is a finalist");
        assertEquals(26, rankOf(expected, "B7"));
        assertEquals(5.70, of(expected, "C1").rawMean(), 1e-9, "the lowest raw mean of the finalists, ranked 4th");
        assertEquals(List.of("A10", "C10"), titles(ids(expected).subList(38, 40)).stream().sorted().toList(), "the last two");
    }

    // --- what the services say --------------------------------------------------------------------------------------

    private void assertStandings(Map<Nomination, List<Standing>> standings, List<Expected> expected, int proposedPerNomination) {
        assertEquals(4, standings.size());
        for (Map.Entry<Nomination, List<Standing>> nomination : standings.entrySet()) {
            List<Standing> list = nomination.getValue();
            List<Long> mine = ids(expected).stream().filter(id -> entries[indexOf.get(id)].getNomination().equals(nomination.getKey())).toList();
            assertEquals(titles(mine), titles(list.stream().map(s -> s.entry().getId()).toList()), nomination.getKey().getName());
            for (int place = 0; place < list.size(); place++) {
                Standing standing = list.get(place);
                assertEquals(place + 1, standing.place());
                assertEquals(place < proposedPerNomination, standing.proposed(), standing.entry().getTitle());
                Expected x = of(expected, standing.entry().getTitle());
                assertEquals(x.rawMean(), standing.rawMean(), 1e-9);
                assertEquals(x.normalised(), standing.ranked().normalisedScore(), 1e-6);
            }
        }
    }

    private static List<Long> proposed(Map<Nomination, List<Standing>> standings) {
        return standings.values().stream().flatMap(List::stream).filter(Standing::proposed).map(s -> s.entry().getId()).toList();
    }

    private static ReportTable table(List<ReportTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertDecimal(double expected, Object reported, int scale, String what) {
        BigDecimal value = (BigDecimal) reported;
        assertEquals(scale, value.scale(), what);
        assertEquals(expected, value.doubleValue(), 0.5 * Math.pow(10, -scale) + 1e-9, what);
    }

    /** rank, entry, nomination, entrant, jurors, raw mean, raw median, normalised, mean z, top scores. */
    private void assertRankingTable(ReportTable ranking, List<Expected> expected) {
        assertEquals(expected.size(), ranking.rows().size());
        for (int r = 0; r < expected.size(); r++) {
            List<Object> row = ranking.rows().get(r);
            Expected x = expected.get(r);
            String title = title(indexOf.get(x.entryId()));
            assertEquals(r + 1, row.get(0));
            assertEquals(title, row.get(1), "place " + (r + 1));
            assertEquals(entries[indexOf.get(x.entryId())].getNomination().getName(), row.get(2));
            assertEquals(x.jurors(), row.get(4), title);
            assertDecimal(x.rawMean(), row.get(5), 2, title + " raw mean");
            assertDecimal(x.rawMedian(), row.get(6), 2, title + " raw median");
            assertDecimal(x.normalised(), row.get(7), 2, title + " normalised");
            assertDecimal(x.meanZ(), row.get(8), 3, title + " mean z");
            assertEquals(x.topScores(), row.get(9), title + " top scores");
        }
    }

    /** entry, nomination, juror, one column per criterion, weighted total: one row per submitted sheet. */
    private void assertMatrix(ReportTable matrix, List<Given> given) {
        assertEquals(given.size(), matrix.rows().size());
        assertEquals(3 + WEIGHTS.length + 1, matrix.columns().size());
        Map<String, Integer> jurorByName = new HashMap<>();
        for (int j = 0; j < JURORS; j++) {
            jurorByName.put(jurors[j].getFullName(), j);
        }
        Map<String, Given> byEntryAndJuror = new LinkedHashMap<>();
        given.forEach(g -> byEntryAndJuror.put(title(indexOf.get(g.entryId())) + "/" + g.juror(), g));
        Set<String> seen = new TreeSet<>();
        for (List<Object> row : matrix.rows()) {
            String key = row.get(0) + "/" + jurorByName.get((String) row.get(2));
            Given g = byEntryAndJuror.get(key);
            assertTrue(g != null, "a sheet that was not given: " + row);
            assertTrue(seen.add(key), "twice: " + key);
            assertEquals(entries[indexOf.get(g.entryId())].getNomination().getName(), row.get(1));
            for (int c = 0; c < WEIGHTS.length; c++) {
                assertEquals(g.scores()[c], row.get(3 + c), key);
            }
            assertDecimal(g.total(), row.get(3 + WEIGHTS.length), 2, key + " total");
        }
        assertEquals(byEntryAndJuror.keySet(), seen);
    }

    /** juror, scored, mean, sigma, min, max, then the bands. */
    private void assertJurorTable(ReportTable table, List<Given> given) {
        assertEquals(JURORS, table.rows().size());
        Map<String, Integer> jurorByName = new HashMap<>();
        for (int j = 0; j < JURORS; j++) {
            jurorByName.put(jurors[j].getFullName(), j);
        }
        for (List<Object> row : table.rows()) {
            int j = jurorByName.get((String) row.get(0));
            double[] totals = given.stream().filter(g -> g.juror() == j).mapToDouble(Given::total).toArray();
            double mean = Arrays.stream(totals).average().orElseThrow();
            double sigma = Math.sqrt(Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / totals.length);
            assertEquals(15, ((Number) row.get(1)).intValue());
            assertDecimal(mean, row.get(2), 2, "juror " + j + " mean");
            assertDecimal(sigma, row.get(3), 2, "juror " + j + " sigma");
            if (BIAS[j] == 2) {
                assertTrue(mean > 6.5, "lenient juror " + j + " shows in their mean: " + mean);
            } else if (BIAS[j] == -1) {
                assertTrue(mean < 4.0, "harsh juror " + j + " shows in their mean: " + mean);
            }
        }
    }
}
