package org.govtechhub.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scenario tests' own, independent computation of a jury's ranking from the weighted totals the jurors gave,
 * written from the rule in words rather than from the code it checks: per juror the mean and the population σ of
 * their totals; z = (total − mean) / σ (0 if σ = 0); per entry the mean of its jurors' z; normalised =
 * 5.5 + 4.5 · m / max|m|. Ordered by mean z, then the median of the raw totals, then the number of totals ≥ 9,
 * then the entry id.
 */
public final class HandRanking {

    private HandRanking() {
    }

    /** One juror's weighted total (1..10) for one entry. */
    public record Total(long entryId, long jurorId, double total) {
    }

    /** An entry's figures as computed here. */
    public record Expected(long entryId, double meanZ, double normalised, double rawMean, double rawMedian, int jurors, int topScores) {
    }

    public static List<Expected> of(List<Total> totals) {
        Map<Long, double[]> jurorStats = new HashMap<>();
        totals.stream().collect(Collectors.groupingBy(Total::jurorId)).forEach((juror, own) -> {
            double mean = own.stream().mapToDouble(Total::total).average().orElseThrow();
            double variance = own.stream().mapToDouble(t -> (t.total() - mean) * (t.total() - mean)).sum() / own.size();
            jurorStats.put(juror, new double[] {mean, Math.sqrt(variance)});
        });
        List<Expected> expected = new ArrayList<>();
        totals.stream().collect(Collectors.groupingBy(Total::entryId)).forEach((entryId, own) -> {
            double meanZ = own.stream().mapToDouble(t -> {
                double[] stats = jurorStats.get(t.jurorId());
                return stats[1] == 0 ? 0 : (t.total() - stats[0]) / stats[1];
            }).average().orElseThrow();
            double[] raw = own.stream().mapToDouble(Total::total).sorted().toArray();
            double median = (raw[(raw.length - 1) / 2] + raw[raw.length / 2]) / 2;
            int top = (int) Arrays.stream(raw).filter(t -> t >= 9.0).count();
            expected.add(new Expected(entryId, meanZ, 0, Arrays.stream(raw).average().orElseThrow(), median, raw.length, top));
        });
        double max = expected.stream().mapToDouble(x -> Math.abs(x.meanZ())).max().orElseThrow();
        return expected.stream()
                .map(x -> new Expected(x.entryId(), x.meanZ(), max == 0 ? 5.5 : 5.5 + 4.5 * x.meanZ() / max, x.rawMean(), x.rawMedian(),
                        x.jurors(), x.topScores()))
                .sorted(HandRanking::byRank).toList();
    }

    private static int byRank(Expected a, Expected b) {
        if (Math.abs(a.meanZ() - b.meanZ()) > 1e-9) {
            return Double.compare(b.meanZ(), a.meanZ());
        }
        if (a.rawMedian() != b.rawMedian()) {
            return Double.compare(b.rawMedian(), a.rawMedian());
        }
        if (a.topScores() != b.topScores()) {
            return Integer.compare(b.topScores(), a.topScores());
        }
        return Long.compare(a.entryId(), b.entryId());
    }
}
