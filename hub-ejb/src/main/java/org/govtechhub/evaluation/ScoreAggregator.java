package org.govtechhub.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The jury arithmetic of one round, for a fixed set of weighted {@link Criterion criteria}. Plain Java.
 *
 * <h2>Formulas</h2>
 * <ol>
 *   <li><b>Weighted total</b> of a scorecard: {@code T = Σ w_c × s_c / Σ w_c}, a double in 1..10. Internally the
 *       integer {@code P = Σ w_c × s_c} ("points") is kept so that ties and σ = 0 are detected exactly.</li>
 *   <li><b>Juror z-score</b>: for juror j, over the {@code n} entries j scored without recusal,
 *       {@code z = (T − mean_j) / σ_j} with the population standard deviation
 *       {@code σ_j = sqrt(Σ (T − mean_j)² / n)}; computed exactly as
 *       {@code z = (n·P − ΣP) / sqrt(n·ΣP² − (ΣP)²)}. A juror with σ = 0 (including a juror with a single entry)
 *       gives every entry z = 0.</li>
 *   <li><b>Entry mean z</b> {@code m}: the mean of the z of the jurors who scored the entry without recusal.
 *       With the trimmed option and at least {@value #TRIM_THRESHOLD} such jurors, the single highest and the
 *       single lowest z are dropped first. {@code m} is rounded to 9 decimals so that entries with the same
 *       z-scores tie exactly whatever the summation order.</li>
 *   <li><b>Normalised score</b>: with {@code M = max |m|} over the ranked entries,
 *       {@code N = 5.5 + 4.5 × m / M}, or 5.5 for every entry when {@code M = 0}. Since {@code |m| ≤ M},
 *       N lies in 1..10 (the best-or-worst extreme entry lands exactly on 10 or 1), and N is strictly increasing
 *       in m.</li>
 *   <li><b>Ranking</b>, tie-break chain ({@link TieBreak}): higher m (equivalently N), then higher median of
 *       the jurors' weighted totals, then more weighted totals ≥ {@value #TOP_SCORE}, then the chair's recorded
 *       order (an entry the chair named goes before one not named), then ascending entry id.</li>
 * </ol>
 * Recused scorecards are excluded from everything: the juror's mean and σ and the entry's averages, median and
 * top-score count. An entry whose every scorecard is recused has no score and is left out of the ranking.
 */
public final class ScoreAggregator {

    /** The lowest score a juror may give. */
    public static final int MIN_SCORE = 1;
    /** The highest score a juror may give. */
    public static final int MAX_SCORE = 10;
    /** What a round's weights must sum to. */
    public static final int TOTAL_WEIGHT = 100;
    /** The number of jurors from which the trimmed mean drops the highest and the lowest z. */
    public static final int TRIM_THRESHOLD = 5;
    /** A weighted total at least this high is a top score. */
    public static final double TOP_SCORE = 9.0;
    /** The middle of the 1..10 scale, the normalised score of an average entry. */
    public static final double SCALE_MIDDLE = 5.5;
    /** Half the width of the 1..10 scale. */
    public static final double SCALE_HALF_WIDTH = 4.5;

    private static final double ROUNDING = 1e9;

    private final List<Criterion> criteria;
    private final int totalWeight;

    /**
     * An aggregator for a round's criteria.
     *
     * @throws IllegalArgumentException if there are no criteria, a code repeats, or the weights do not sum to 100
     */
    public ScoreAggregator(List<Criterion> criteria) {
        this.criteria = List.copyOf(criteria);
        this.totalWeight = validateWeights(this.criteria);
    }

    /** The round's criteria, in the order given. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * Whether a score needs a comment: the extremes 1–2 and 9–10 do.
     *
     * @throws IllegalArgumentException if the score is outside 1..10
     */
    public static boolean commentRequired(int score) {
        requireInRange("score", score);
        return score <= 2 || score >= 9;
    }

    /**
     * Checks a scorecard against the criteria: exactly one score per criterion, each in 1..10, and a non-blank
     * comment for every score of 1, 2, 9 or 10. A recused scorecard is always valid (its scores are ignored).
     *
     * @throws IllegalArgumentException naming the juror, the entry and the criterion at fault
     */
    public void validate(Scorecard card) {
        if (card.recused()) {
            return;
        }
        requireExactlyTheCriteria(card);
        for (Criterion criterion : criteria) {
            int score = card.scores().get(criterion.code());
            requireInRange(where(card, criterion), score);
            if (commentRequired(score) && isBlank(card.comments().get(criterion.code()))) {
                throw new IllegalArgumentException("A comment is required for a score of " + score
                        + " (scores of 1-2 and 9-10 need one): " + where(card, criterion));
            }
        }
    }

    /**
     * The weighted total {@code Σ w_c × s_c / Σ w_c} of a valid, non-recused scorecard, in 1..10.
     *
     * @throws IllegalArgumentException if the scorecard is invalid or recused
     */
    public double weightedTotal(Scorecard card) {
        return (double) points(card) / totalWeight;
    }

    /**
     * Each juror's mean and population σ of weighted totals over the entries they scored, recusals excluded,
     * keyed and ordered by juror id. A juror who recused from everything is absent.
     *
     * @throws IllegalArgumentException if a scorecard is invalid or a juror scored an entry twice
     */
    public Map<Long, JurorStatistics> jurorStatistics(Collection<Scorecard> scorecards) {
        Map<Long, JurorStatistics> statistics = new TreeMap<>();
        jurorSums(counted(scorecards)).forEach((juror, sums) -> statistics.put(juror, sums.statistics(juror, totalWeight)));
        return statistics;
    }

    /** {@link #rank(Collection, boolean, List)} without trimming and without a chair decision. */
    public List<RankedEntry> rank(Collection<Scorecard> scorecards) {
        return rank(scorecards, false, List.of());
    }

    /**
     * Ranks every entry that has at least one non-recused scorecard, best first, following the formulas and the
     * tie-break chain described on this class. The result is the same whatever the order of the scorecards.
     *
     * @param scorecards  all scorecards of the round
     * @param trimmedMean whether entries with at least {@value #TRIM_THRESHOLD} jurors drop their highest and lowest z
     * @param chairOrder  the order the chair decided for entries still tied after the top-score count (best first);
     *                    may be empty, must not repeat an id
     * @throws IllegalArgumentException if a scorecard is invalid, a juror scored an entry twice, or the chair order repeats an id
     */
    public List<RankedEntry> rank(Collection<Scorecard> scorecards, boolean trimmedMean, List<Long> chairOrder) {
        Map<Long, Integer> chairRank = chairRanks(chairOrder);
        List<Standing> standings = standings(counted(scorecards), trimmedMean);
        Comparator<Standing> order = (a, b) -> compare(a, b, chairRank);
        standings.sort(order);
        return placed(standings, normalisingDivisor(standings), chairRank);
    }

    /**
     * The finalists proposed from a ranking: its first {@code n} entries by rank (all of them if there are fewer).
     *
     * @throws IllegalArgumentException if {@code n} is not positive
     */
    public static List<RankedEntry> finalists(List<RankedEntry> ranking, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("The number of finalists must be positive, got " + n);
        }
        return ranking.stream().sorted(Comparator.comparingInt(RankedEntry::rank)).limit(n).toList();
    }

    // --- validation -------------------------------------------------------------------------------------------

    private static int validateWeights(List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("A round needs at least one criterion");
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw new IllegalArgumentException("Criterion '" + criterion.code() + "' appears twice");
            }
            sum += criterion.weight();
        }
        if (sum != TOTAL_WEIGHT) {
            throw new IllegalArgumentException("The criteria weights must sum to " + TOTAL_WEIGHT + ", got " + sum);
        }
        return sum;
    }

    private void requireExactlyTheCriteria(Scorecard card) {
        Set<String> expected = new LinkedHashSet<>();
        criteria.forEach(criterion -> expected.add(criterion.code()));
        if (!card.scores().keySet().equals(expected)) {
            throw new IllegalArgumentException("The scorecard of juror " + card.jurorId() + " for entry " + card.entryId()
                    + " must score exactly the criteria " + expected + ", got " + new TreeMap<>(card.scores()).keySet());
        }
    }

    private static void requireInRange(String what, int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("Scores must be between " + MIN_SCORE + " and " + MAX_SCORE
                    + ", got " + score + " (" + what + ")");
        }
    }

    private static String where(Scorecard card, Criterion criterion) {
        return "juror " + card.jurorId() + ", entry " + card.entryId() + ", criterion '" + criterion.code() + "'";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Map<Long, Integer> chairRanks(List<Long> chairOrder) {
        Map<Long, Integer> ranks = new HashMap<>();
        for (Long entryId : chairOrder) {
            if (ranks.putIfAbsent(entryId, ranks.size()) != null) {
                throw new IllegalArgumentException("The chair's order names entry " + entryId + " twice");
            }
        }
        return ranks;
    }

    // --- totals and z-scores ----------------------------------------------------------------------------------

    /** {@code Σ w_c × s_c} of a valid, non-recused scorecard. */
    private long points(Scorecard card) {
        validate(card);
        if (card.recused()) {
            throw new IllegalArgumentException("Juror " + card.jurorId() + " recused from entry " + card.entryId()
                    + ": the scorecard has no total");
        }
        long points = 0;
        for (Criterion criterion : criteria) {
            points += (long) criterion.weight() * card.scores().get(criterion.code());
        }
        return points;
    }

    /** The non-recused scorecards as points, after validating all and refusing duplicates. */
    private List<Scored> counted(Collection<Scorecard> scorecards) {
        Set<List<Long>> seen = new HashSet<>();
        List<Scored> counted = new ArrayList<>();
        for (Scorecard card : scorecards) {
            if (!seen.add(List.of(card.entryId(), card.jurorId()))) {
                throw new IllegalArgumentException("Juror " + card.jurorId() + " has two scorecards for entry " + card.entryId());
            }
            if (!card.recused()) {
                counted.add(new Scored(card.entryId(), card.jurorId(), points(card)));
            }
        }
        return counted;
    }

    private static Map<Long, Sums> jurorSums(List<Scored> counted) {
        Map<Long, Sums> sums = new HashMap<>();
        for (Scored scored : counted) {
            sums.merge(scored.jurorId(), Sums.of(scored.points()), Sums::plus);
        }
        return sums;
    }

    // --- standings --------------------------------------------------------------------------------------------

    private List<Standing> standings(List<Scored> counted, boolean trimmedMean) {
        Map<Long, Sums> jurors = jurorSums(counted);
        Map<Long, List<Scored>> byEntry = new TreeMap<>();
        counted.forEach(scored -> byEntry.computeIfAbsent(scored.entryId(), id -> new ArrayList<>()).add(scored));
        List<Standing> standings = new ArrayList<>();
        byEntry.forEach((entryId, scores) -> standings.add(standing(entryId, scores, jurors, trimmedMean)));
        return standings;
    }

    private Standing standing(long entryId, List<Scored> scores, Map<Long, Sums> jurors, boolean trimmedMean) {
        List<Double> zs = scores.stream().map(s -> jurors.get(s.jurorId()).z(s.points())).sorted().toList();
        boolean trim = trimmedMean && zs.size() >= TRIM_THRESHOLD;
        double meanZ = rounded(mean(trim ? zs.subList(1, zs.size() - 1) : zs));
        long[] points = scores.stream().mapToLong(Scored::points).sorted().toArray();
        long doubleMedianPoints = points[(points.length - 1) / 2] + points[points.length / 2];
        int topScores = (int) scores.stream().filter(s -> s.points() >= TOP_SCORE * totalWeight).count();
        return new Standing(entryId, meanZ, doubleMedianPoints, topScores, scores.size(), trim);
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.size();
    }

    private static double rounded(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }

    // --- ranking ----------------------------------------------------------------------------------------------

    private static int compare(Standing a, Standing b, Map<Long, Integer> chairRank) {
        for (TieBreak rule : TieBreak.values()) {
            int result = compare(rule, a, b, chairRank);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    /** Negative when {@code a} goes first under this rule alone. */
    private static int compare(TieBreak rule, Standing a, Standing b, Map<Long, Integer> chairRank) {
        return switch (rule) {
            case NORMALISED_SCORE -> Double.compare(b.meanZ(), a.meanZ());
            case RAW_MEDIAN -> Long.compare(b.doubleMedianPoints(), a.doubleMedianPoints());
            case TOP_SCORES -> Integer.compare(b.topScores(), a.topScores());
            case CHAIR_DECISION -> Integer.compare(chairRank.getOrDefault(a.entryId(), Integer.MAX_VALUE),
                    chairRank.getOrDefault(b.entryId(), Integer.MAX_VALUE));
            case ENTRY_ID -> Long.compare(a.entryId(), b.entryId());
            case NONE -> 0;
        };
    }

    private static TieBreak decidingRule(Standing a, Standing b, Map<Long, Integer> chairRank) {
        for (TieBreak rule : TieBreak.values()) {
            if (compare(rule, a, b, chairRank) != 0) {
                return rule;
            }
        }
        return TieBreak.NONE;
    }

    /** {@code M = max |m|}; 0 when every entry's mean z is 0. */
    private static double normalisingDivisor(List<Standing> standings) {
        return standings.stream().mapToDouble(s -> Math.abs(s.meanZ())).max().orElse(0);
    }

    private List<RankedEntry> placed(List<Standing> sorted, double divisor, Map<Long, Integer> chairRank) {
        List<RankedEntry> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Standing standing = sorted.get(i);
            TieBreak tieBreak = i + 1 < sorted.size() ? decidingRule(standing, sorted.get(i + 1), chairRank) : TieBreak.NONE;
            double normalised = divisor == 0 ? SCALE_MIDDLE : SCALE_MIDDLE + SCALE_HALF_WIDTH * standing.meanZ() / divisor;
            ranking.add(new RankedEntry(i + 1, standing.entryId(), normalised, standing.meanZ(),
                    standing.doubleMedianPoints() / (2.0 * totalWeight), standing.topScores(), standing.jurorCount(),
                    standing.trimmed(), tieBreak));
        }
        return List.copyOf(ranking);
    }

    // --- small value types ------------------------------------------------------------------------------------

    /** A non-recused scorecard reduced to its points {@code Σ w_c × s_c}. */
    private record Scored(long entryId, long jurorId, long points) {
    }

    /** A juror's count, sum and sum of squares of points: enough for an exact mean, σ and z. */
    private record Sums(long n, long sum, long sumOfSquares) {

        static Sums of(long points) {
            return new Sums(1, points, points * points);
        }

        Sums plus(Sums other) {
            return new Sums(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
        }

        /** {@code n·ΣP² − (ΣP)² = n² σ² W²}, exact; 0 exactly when the juror gave every entry the same total. */
        long spread() {
            return n * sumOfSquares - sum * sum;
        }

        /** {@code (n·P − ΣP) / sqrt(n·ΣP² − (ΣP)²)}, which equals {@code (T − mean) / σ}; 0 when σ = 0. */
        double z(long points) {
            long spread = spread();
            return spread == 0 ? 0 : (n * points - sum) / Math.sqrt(spread);
        }

        JurorStatistics statistics(long jurorId, int totalWeight) {
            double mean = (double) sum / n / totalWeight;
            double sigma = Math.sqrt(spread()) / n / totalWeight;
            return new JurorStatistics(jurorId, (int) n, mean, sigma);
        }
    }

    /** An entry's figures before it has a place. */
    private record Standing(long entryId, double meanZ, long doubleMedianPoints, int topScores, int jurorCount,
                            boolean trimmed) {
    }
}
