package org.govtechhub.award;

import java.util.List;
import java.util.Map;

/**
 * The jury assignment proposed for a round: who scores which entry and why (shared expertise), each juror's load,
 * the entries that could not get R jurors and why, and whether the solver's optimality certificate holds.
 *
 * @param pairs      every (entry, juror) pair, by entry
 * @param loads      entries per juror, in the jury's order
 * @param shortfalls entries with fewer jurors than wanted
 * @param maxLoad    the per-juror limit the plan needed: the smallest that serves every entry (load balancing)
 * @param optimal    whether the optimality certificate holds (most pairs, then highest total affinity)
 */
public record AssignmentPlan(List<Pair> pairs, Map<JuryMember, Integer> loads, List<Shortfall> shortfalls, int maxLoad, boolean optimal) {

    /** A juror for an entry, with the affinity score 0..100 and the expertise both share. */
    public record Pair(AwardEntry entry, JuryMember juror, int affinity, String shared) {
    }

    /** An entry that gets {@code got} jurors of the {@code wanted}; {@code eligibleJurors} had no conflict with it. */
    public record Shortfall(AwardEntry entry, int wanted, int got, int eligibleJurors) {
    }

    public long totalAffinity() {
        return pairs.stream().mapToLong(Pair::affinity).sum();
    }
}
