package org.govtechhub.evaluation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreAggregatorTest {

    private static final double EPS = 1e-6;

    /** The awards' four criteria: impact 40 %, innovation 30 %, scalability 20 %, citizen focus 10 %. */
    private static final List<Criterion> AWARD_CRITERIA = List.of(
            new Criterion("impact", 40), new Criterion("innovation", 30),
            new Criterion("scalability", 20), new Criterion("citizenFocus", 10));

    private final ScoreAggregator awards = new ScoreAggregator(AWARD_CRITERIA);

    /** One criterion weighing 100, so a juror's weighted total is simply their score: easy to compute by hand. */
    private final ScoreAggregator overall = new ScoreAggregator(List.of(new Criterion("overall", 100)));

    @Test
    void aJurorsWeightedTotalIsTheWeightedMeanOfTheCriteriaScores() {
        // (40×8 + 30×6 + 20×7 + 10×5) / 100 = (320 + 180 + 140 + 50) / 100 = 6.9
        assertEquals(6.9, awards.weightedTotal(awardCard(1, 1, 8, 6, 7, 5)), EPS);
        // (40×10 + 30×9 + 20×3 + 10×1) / 100 = (400 + 270 + 60 + 10) / 100 = 7.4
        assertEquals(7.4, awards.weightedTotal(awardCard(1, 2, 10, 9, 3, 1)), EPS);
        // the raw range is 1..10
        assertEquals(1.0, awards.weightedTotal(awardCard(1, 3, 1, 1, 1, 1)), EPS);
        assertEquals(10.0, awards.weightedTotal(awardCard(1, 4, 10, 10, 10, 10)), EPS);
    }

    @Test
    void aRoundsWeightsMustBePositiveAndSumToOneHundred() {
        IllegalArgumentException notHundred = assertThrows(IllegalArgumentException.class,
                () -> new ScoreAggregator(List.of(new Criterion("impact", 40), new Criterion("innovation", 50))));
        assertTrue(notHundred.getMessage().contains("sum to 100, got 90"), notHundred.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Criterion("impact", 0));
        assertThrows(IllegalArgumentException.class, () -> new Criterion(" ", 10));
        assertThrows(IllegalArgumentException.class,
                () -> new ScoreAggregator(List.of(new Criterion("impact", 50), new Criterion("impact", 50))));
        assertThrows(IllegalArgumentException.class, () -> new ScoreAggregator(List.of()));
    }

    @Test
    void threeJurorsScoringFourEntriesAreNormalisedToTheirOwnMeanAndSigma() {
        // juror 1: 8 6 4 2 -> mean 5, deviations  3  1 -1 -3, σ² = 20/4 = 5, σ = √5 ≈ 2.236068
        //          z =  1.341641  0.447214 -0.447214 -1.341641
        // juror 2: 7 7 5 5 -> mean 6, deviations  1  1 -1 -1, σ² = 4/4 = 1, σ = 1
        //          z =  1  1 -1 -1
        // juror 3: 6 8 4 6 -> mean 6, deviations  0  2 -2  0, σ² = 8/4 = 2, σ = √2 ≈ 1.414214
        //          z =  0  1.414214 -1.414214  0
        List<Scorecard> cards = threeJurorsFourEntries();

        Map<Long, JurorStatistics> stats = overall.jurorStatistics(cards);
        assertEquals(5.0, stats.get(1L).mean(), EPS);
        assertEquals(Math.sqrt(5), stats.get(1L).sigma(), EPS);
        assertEquals(6.0, stats.get(2L).mean(), EPS);
        assertEquals(1.0, stats.get(2L).sigma(), EPS);
        assertEquals(6.0, stats.get(3L).mean(), EPS);
        assertEquals(Math.sqrt(2), stats.get(3L).sigma(), EPS);

        // mean z: e1 = (1.341641 + 1 + 0) / 3 = 0.780547      e2 = (0.447214 + 1 + 1.414214) / 3 = 0.953809
        //         e3 = -0.953809                                e4 = -0.780547
        // M = 0.953809: N(e2) = 10, N(e1) = 5.5 + 4.5 × 0.780547 / 0.953809
        //         = 5.5 + 4.5 × 0.818347 = 9.182562, N(e4) = 5.5 - 3.682562 = 1.817438, N(e3) = 1
        List<RankedEntry> ranking = overall.rank(cards);
        assertEquals(List.of(2L, 1L, 4L, 3L), ids(ranking));
        assertEquals(0.953809, ranking.get(0).meanZ(), EPS);
        assertEquals(10.0, ranking.get(0).normalisedScore(), EPS);
        assertEquals(0.780547, ranking.get(1).meanZ(), EPS);
        assertEquals(9.182562, ranking.get(1).normalisedScore(), EPS);
        assertEquals(1.817438, ranking.get(2).normalisedScore(), EPS);
        assertEquals(1.0, ranking.get(3).normalisedScore(), EPS);
        assertEquals(List.of(TieBreak.NORMALISED_SCORE, TieBreak.NORMALISED_SCORE, TieBreak.NORMALISED_SCORE, TieBreak.NONE),
                ranking.stream().map(RankedEntry::tieBreakWithNext).toList());
        assertEquals(List.of(1, 2, 3, 4), ranking.stream().map(RankedEntry::rank).toList());
    }

    @Test
    void aJurorWhoGivesEveryEntryTheSameTotalContributesZero() {
        // juror 1: 8 4 -> mean 6, σ 2, z +1 -1;  juror 2: 5 5 -> σ = 0, z 0 0
        // mean z: e1 = (1 + 0) / 2 = 0.5, e2 = (-1 + 0) / 2 = -0.5
        List<Scorecard> cards = List.of(card(1, 1, 8), card(2, 1, 4), card(1, 2, 5), card(2, 2, 5));

        assertEquals(0.0, overall.jurorStatistics(cards).get(2L).sigma(), 0.0);
        List<RankedEntry> ranking = overall.rank(cards);
        assertEquals(0.5, ranking.get(0).meanZ(), EPS);
        assertEquals(-0.5, ranking.get(1).meanZ(), EPS);
    }

    @Test
    void aRecusedScoreIsLeftOutOfTheJurorsMeanAndSigmaAndOutOfTheEntry() {
        // juror 1 recused from e4 (the 10 on that scorecard must be ignored): 8 6 4 -> mean 6, σ² = 8/3, σ = 1.632993
        //   (had the 10 counted: 8 6 4 10 -> mean 7, σ = √5)
        // juror 2: 5 7 3 9 -> mean 6, deviations -1 1 -3 3, σ² = 20/4 = 5, z(e4) = 3/√5 = 1.341641
        List<Scorecard> cards = List.of(
                card(1, 1, 8), card(2, 1, 6), card(3, 1, 4),
                new Scorecard(4, 1, true, Map.of("overall", 10), Map.of()),
                card(1, 2, 5), card(2, 2, 7), card(3, 2, 3), card(4, 2, 9));

        JurorStatistics juror1 = overall.jurorStatistics(cards).get(1L);
        assertEquals(3, juror1.count());
        assertEquals(6.0, juror1.mean(), EPS);
        assertEquals(Math.sqrt(8.0 / 3), juror1.sigma(), EPS);

        RankedEntry e4 = entry(overall.rank(cards), 4);
        assertEquals(1, e4.jurorCount());
        assertEquals(3 / Math.sqrt(5), e4.meanZ(), EPS);
        assertEquals(9.0, e4.rawMedian(), EPS);
        assertThrows(IllegalArgumentException.class, () -> overall.weightedTotal(Scorecard.recusal(4, 1)));
    }

    @Test
    void anEntryEveryJurorRecusedFromIsNotRanked() {
        List<Scorecard> cards = List.of(card(1, 1, 8), card(2, 1, 4), Scorecard.recusal(3, 1));

        assertEquals(List.of(1L, 2L), ids(overall.rank(cards)));
    }

    @Test
    void withFiveJurorsTheTrimmedMeanDropsTheHighestAndLowestZ() {
        // each juror scores e1 and e2; with two entries a juror's z is +1/-1 (or 0 0 when σ = 0)
        // e1 z: +1 (9 vs 5), +1 (7 vs 5), +1 (6 vs 4), -1 (4 vs 6), 0 (5 vs 5)
        //   plain mean   = (1 + 1 + 1 - 1 + 0) / 5 = 0.4
        //   trimmed mean = drop one +1 and the -1 -> (1 + 1 + 0) / 3 = 0.666667
        List<Scorecard> cards = List.of(
                card(1, 1, 9), card(2, 1, 5),
                card(1, 2, 7), card(2, 2, 5),
                card(1, 3, 6), card(2, 3, 4),
                card(1, 4, 4), card(2, 4, 6),
                card(1, 5, 5), card(2, 5, 5));

        RankedEntry plain = entry(overall.rank(cards, false, List.of()), 1);
        RankedEntry trimmed = entry(overall.rank(cards, true, List.of()), 1);
        assertEquals(0.4, plain.meanZ(), EPS);
        assertFalse(plain.trimmed());
        assertEquals(2.0 / 3, trimmed.meanZ(), EPS);
        assertTrue(trimmed.trimmed());
        assertEquals(5, trimmed.jurorCount());
    }

    @Test
    void withFewerThanFiveJurorsTheTrimmedMeanChangesNothing() {
        List<Scorecard> cards = threeJurorsFourEntries();

        assertEquals(overall.rank(cards), overall.rank(cards, true, List.of()));
    }

    @Test
    void whenNormalisedScoresTieTheHigherRawMedianDecides() {
        // juror 1: e1 8, e2 4 -> z e1 +1, e2 -1;  juror 2: e1 2, e2 8 -> z e1 -1, e2 +1
        // mean z 0 for both (N = 5.5 each); medians: e1 (8 + 2) / 2 = 5, e2 (4 + 8) / 2 = 6 -> e2 first
        List<RankedEntry> ranking = overall.rank(List.of(card(1, 1, 8), card(2, 1, 4), card(1, 2, 2), card(2, 2, 8)));

        assertEquals(List.of(2L, 1L), ids(ranking));
        assertEquals(ranking.get(0).normalisedScore(), ranking.get(1).normalisedScore(), 0.0);
        assertEquals(5.5, ranking.get(0).normalisedScore(), 0.0);
        assertEquals(6.0, ranking.get(0).rawMedian(), EPS);
        assertEquals(5.0, ranking.get(1).rawMedian(), EPS);
        assertEquals(TieBreak.RAW_MEDIAN, ranking.get(0).tieBreakWithNext());
    }

    @Test
    void whenMediansAlsoTieTheEntryWithMoreTopScoresGoesFirst() {
        // juror 1: e2 10, e1 6 -> z e2 +1, e1 -1;  juror 2: e2 4, e1 8 -> z e2 -1, e1 +1;  juror 3: 6 and 6 -> 0 0
        // mean z 0 for both; medians: e2 {4, 6, 10} -> 6, e1 {6, 6, 8} -> 6; top scores (≥ 9): e2 one, e1 none
        List<RankedEntry> ranking = overall.rank(List.of(
                card(2, 1, 10), card(1, 1, 6),
                card(2, 2, 4), card(1, 2, 8),
                card(2, 3, 6), card(1, 3, 6)));

        assertEquals(List.of(2L, 1L), ids(ranking));
        assertEquals(ranking.get(0).rawMedian(), ranking.get(1).rawMedian(), 0.0);
        assertEquals(1, ranking.get(0).topScores());
        assertEquals(0, ranking.get(1).topScores());
        assertEquals(TieBreak.TOP_SCORES, ranking.get(0).tieBreakWithNext());
    }

    @Test
    void whenEverythingElseTiesTheChairsRecordedDecisionDecides() {
        // juror 1: e1 8, e2 4; juror 2: e1 4, e2 8 -> mean z 0, median 6, no top scores for both
        List<Scorecard> cards = List.of(card(1, 1, 8), card(2, 1, 4), card(1, 2, 4), card(2, 2, 8));

        List<RankedEntry> ranking = overall.rank(cards, false, List.of(2L, 1L));

        assertEquals(List.of(2L, 1L), ids(ranking));
        assertEquals(TieBreak.CHAIR_DECISION, ranking.get(0).tieBreakWithNext());
        assertEquals(TieBreak.NONE, ranking.get(1).tieBreakWithNext());
        // naming only e2 is enough: a named entry goes before an unnamed one
        assertEquals(List.of(2L, 1L), ids(overall.rank(cards, false, List.of(2L))));
        assertThrows(IllegalArgumentException.class, () -> overall.rank(cards, false, List.of(2L, 2L)));
    }

    @Test
    void withoutAChairDecisionTheLowerEntryIdGoesFirst() {
        List<RankedEntry> ranking = overall.rank(List.of(card(2, 1, 4), card(1, 1, 8), card(2, 2, 8), card(1, 2, 4)));

        assertEquals(List.of(1L, 2L), ids(ranking));
        assertEquals(TieBreak.ENTRY_ID, ranking.get(0).tieBreakWithNext());
        assertFalse(TieBreak.ENTRY_ID.explanation().isBlank());
    }

    @Test
    void extremeScoresWithoutACommentAreRefused() {
        assertTrue(ScoreAggregator.commentRequired(1));
        assertTrue(ScoreAggregator.commentRequired(2));
        assertFalse(ScoreAggregator.commentRequired(3));
        assertFalse(ScoreAggregator.commentRequired(8));
        assertTrue(ScoreAggregator.commentRequired(9));
        assertTrue(ScoreAggregator.commentRequired(10));

        Scorecard silentTen = Scorecard.of(1, 7, Map.of("overall", 10), Map.of());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> overall.validate(silentTen));
        assertTrue(refused.getMessage().contains("comment is required"), refused.getMessage());
        assertTrue(refused.getMessage().contains("juror 7"), refused.getMessage());
        Scorecard blankTwo = Scorecard.of(1, 7, Map.of("overall", 2), Map.of("overall", "  "));
        assertThrows(IllegalArgumentException.class, () -> overall.validate(blankTwo));
        assertThrows(IllegalArgumentException.class, () -> overall.rank(List.of(silentTen)));
        overall.validate(Scorecard.of(1, 7, Map.of("overall", 10), Map.of("overall", "Saves every clerk an hour a day")));
        overall.validate(Scorecard.of(1, 7, Map.of("overall", 5), Map.of()));
    }

    @Test
    void scoresOutsideOneToTenAndIncompleteScorecardsAreRefused() {
        IllegalArgumentException eleven = assertThrows(IllegalArgumentException.class,
                () -> overall.validate(Scorecard.of(1, 1, Map.of("overall", 11), Map.of("overall", "wow"))));
        assertTrue(eleven.getMessage().contains("between 1 and 10, got 11"), eleven.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> overall.validate(Scorecard.of(1, 1, Map.of("overall", 0), Map.of("overall", "no"))));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregator.commentRequired(0));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregator.commentRequired(11));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> awards.validate(Scorecard.of(1, 1, Map.of("impact", 5), Map.of())));
        assertTrue(missing.getMessage().contains("must score exactly the criteria"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> overall.rank(List.of(card(1, 1, 5), card(1, 1, 6))));
    }

    @Test
    void normalisedScoresStayWithinOneToTenAndTheMostExtremeEntryHitsTheBound() {
        List<RankedEntry> ranking = awards.rank(firstRound(42), true, List.of());

        assertTrue(ranking.stream().allMatch(e -> e.normalisedScore() >= 1.0 && e.normalisedScore() <= 10.0));
        double top = ranking.get(0).normalisedScore();
        double bottom = ranking.get(ranking.size() - 1).normalisedScore();
        assertTrue(top == 10.0 || bottom == 1.0, "the entry with the largest |mean z| lands on 10 or 1");

        // every juror gives every entry the same total -> every z is 0 -> every entry gets 5.5
        List<RankedEntry> flat = overall.rank(List.of(card(1, 1, 6), card(2, 1, 6), card(1, 2, 3), card(2, 2, 3)));
        assertTrue(flat.stream().allMatch(e -> e.normalisedScore() == 5.5));
    }

    @Test
    void theRankingIsTheSameWhateverTheOrderOfTheScorecards() {
        List<Scorecard> cards = new ArrayList<>(firstRound(7));
        List<RankedEntry> expected = awards.rank(cards, true, List.of());

        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(cards, new Random(seed));
            assertEquals(expected, awards.rank(cards, true, List.of()));
        }
    }

    @Test
    void finalistsAreTheTopNOfTheRanking() {
        List<RankedEntry> ranking = overall.rank(threeJurorsFourEntries());

        assertEquals(List.of(2L, 1L), ids(ScoreAggregator.finalists(ranking, 2)));
        assertEquals(4, ScoreAggregator.finalists(ranking, 10).size());
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregator.finalists(ranking, 0));
    }

    @Test
    void fortyEntriesEightJurorsThreeEachGiveTwelveFinalistsThenFourWinners() {
        List<List<RankedEntry>> run1 = awardsScenario();
        List<List<RankedEntry>> run2 = awardsScenario();
        assertEquals(run1, run2, "the same scores give the same results, run after run");

        List<RankedEntry> firstRound = run1.get(0);
        List<RankedEntry> twelve = run1.get(1);
        List<RankedEntry> secondRound = run1.get(2);
        List<RankedEntry> four = run1.get(3);

        assertEquals(40, firstRound.size());
        assertTrue(firstRound.stream().allMatch(e -> e.jurorCount() == 3 && !e.trimmed()));
        assertWellOrdered(firstRound);
        assertEquals(12, twelve.size());
        assertEquals(firstRound.subList(0, 12), twelve);

        assertEquals(12, secondRound.size());
        assertTrue(secondRound.stream().allMatch(e -> e.jurorCount() == 5 && e.trimmed()));
        assertEquals(Set.copyOf(ids(twelve)), Set.copyOf(ids(secondRound)));
        assertWellOrdered(secondRound);
        assertEquals(4, four.size());
        assertEquals(secondRound.subList(0, 4), four);
        assertTrue(Set.copyOf(ids(twelve)).containsAll(ids(four)));
    }

    // --- scenario -------------------------------------------------------------------------------------------------

    /** Round 1 over 40 entries, top 12, round 2 (5 jurors each, trimmed mean) over the 12, top 4. */
    private List<List<RankedEntry>> awardsScenario() {
        List<RankedEntry> firstRound = awards.rank(firstRound(2026), false, List.of());
        List<RankedEntry> twelve = ScoreAggregator.finalists(firstRound, 12);
        List<RankedEntry> secondRound = awards.rank(secondRound(ids(twelve), 2027), true, List.of());
        return List.of(firstRound, twelve, secondRound, ScoreAggregator.finalists(secondRound, 4));
    }

    /** 40 entries (ids 1..40), 8 jurors (ids 101..108); entry i is scored by jurors i, i+1 and i+3 (mod 8). */
    private static List<Scorecard> firstRound(long seed) {
        Random random = new Random(seed);
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int offset : new int[] {0, 1, 3}) {
                cards.add(randomAwardCard(i + 1, 101 + (i + offset) % 8, random));
            }
        }
        return cards;
    }

    /** The finalists, each scored by five of the eight jurors (offsets 0, 1, 2, 4, 6 mod 8). */
    private static List<Scorecard> secondRound(List<Long> entryIds, long seed) {
        Random random = new Random(seed);
        List<Scorecard> cards = new ArrayList<>();
        for (int k = 0; k < entryIds.size(); k++) {
            for (int offset : new int[] {0, 1, 2, 4, 6}) {
                cards.add(randomAwardCard(entryIds.get(k), 101 + (k + offset) % 8, random));
            }
        }
        return cards;
    }

    private static Scorecard randomAwardCard(long entryId, long jurorId, Random random) {
        int[] scores = new int[AWARD_CRITERIA.size()];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = 1 + random.nextInt(10);
        }
        return awardCard(entryId, jurorId, scores);
    }

    /** Ranks 1..n in order, normalised scores in 1..10 and non-increasing, and each recorded tie-break consistent. */
    private static void assertWellOrdered(List<RankedEntry> ranking) {
        for (int i = 0; i < ranking.size(); i++) {
            RankedEntry entry = ranking.get(i);
            assertEquals(i + 1, entry.rank());
            assertTrue(entry.normalisedScore() >= 1.0 && entry.normalisedScore() <= 10.0);
            if (i + 1 == ranking.size()) {
                assertEquals(TieBreak.NONE, entry.tieBreakWithNext());
                continue;
            }
            RankedEntry next = ranking.get(i + 1);
            assertTrue(entry.normalisedScore() >= next.normalisedScore(), "ordered by normalised score at rank " + (i + 1));
            assertEquals(entry.tieBreakWithNext() == TieBreak.NORMALISED_SCORE, entry.meanZ() > next.meanZ(),
                    "the recorded rule matches the figures at rank " + (i + 1));
        }
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private static List<Scorecard> threeJurorsFourEntries() {
        return List.of(
                card(1, 1, 8), card(2, 1, 6), card(3, 1, 4), card(4, 1, 2),
                card(1, 2, 7), card(2, 2, 7), card(3, 2, 5), card(4, 2, 5),
                card(1, 3, 6), card(2, 3, 8), card(3, 3, 4), card(4, 3, 6));
    }

    /** A one-criterion scorecard; extreme scores get the comment they need. */
    private static Scorecard card(long entryId, long jurorId, int score) {
        Map<String, String> comments = ScoreAggregator.commentRequired(score) ? Map.of("overall", "reason given") : Map.of();
        return Scorecard.of(entryId, jurorId, Map.of("overall", score), comments);
    }

    /** An awards scorecard: impact, innovation, scalability, citizen focus; extreme scores get the comment they need. */
    private static Scorecard awardCard(long entryId, long jurorId, int... scores) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (int c = 0; c < scores.length; c++) {
            String code = AWARD_CRITERIA.get(c).code();
            byCode.put(code, scores[c]);
            if (ScoreAggregator.commentRequired(scores[c])) {
                comments.put(code, "reason given");
            }
        }
        return Scorecard.of(entryId, jurorId, byCode, comments);
    }

    private static List<Long> ids(List<RankedEntry> ranking) {
        return ranking.stream().map(RankedEntry::entryId).collect(Collectors.toList());
    }

    private static RankedEntry entry(List<RankedEntry> ranking, long entryId) {
        return ranking.stream().filter(e -> e.entryId() == entryId).findFirst().orElseThrow();
    }
}
