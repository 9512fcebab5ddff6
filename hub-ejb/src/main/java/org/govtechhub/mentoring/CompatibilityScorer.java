package org.govtechhub.mentoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compatibility of a mentor with a startup's needs, 0..100: a weighted sum of criteria whose
 * weights the program manager sets for a matching round. Each criterion gives 0..1:
 * expertise (share of the wanted areas the mentor's expertise and skills cover), sector, language, and government
 * (the mentor works for a department; when the round prefers the startup's customer department, only a
 * mentor from that department counts here). Plain Java.
 */
public final class CompatibilityScorer {

    private CompatibilityScorer() {
    }

    /** Criterion -> points (out of 100 in total), in a fixed order, for the explanation. */
    public static Map<String, Integer> breakdown(MentorProfile mentor, StartupNeeds needs, Weights weights) {
        double[] match = {
            needs.wantedExpertise().isEmpty() ? 0 : (double) needs.wantedExpertise().overlap(mentor.expertiseAndSkills()) / needs.wantedExpertise().size(),
            mentor.sectors().contains(needs.getSector()) ? 1 : 0,
            mentor.languages().contains(needs.getLanguage()) ? 1 : 0,
            governmentMatch(mentor, needs, weights.preferCustomerDepartment())
        };
        int[] weight = {weights.expertise(), weights.sector(), weights.language(), weights.government()};
        String[] name = {"expertise", "sector", "language", "government"};
        int total = weights.total();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (int i = 0; i < name.length; i++) {
            points.put(name[i], total == 0 ? 0 : (int) Math.round(100.0 * weight[i] * match[i] / total));
        }
        return points;
    }

    private static double governmentMatch(MentorProfile mentor, StartupNeeds needs, boolean preferCustomerDepartment) {
        if (preferCustomerDepartment && needs.getCustomerDepartment() != null) {
            return needs.isFromCustomerDepartment(mentor) ? 1 : 0;
        }
        return mentor.getPerson().getOrganisation() != null && mentor.getPerson().getOrganisation().isDepartment() ? 1 : 0;
    }

    public static int score(Map<String, Integer> breakdown) {
        return Math.min(100, breakdown.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The weight of each criterion, 0..10, and whether "government" means the startup's own customer department. */
    public record Weights(int expertise, int sector, int language, int government, boolean preferCustomerDepartment) {
        public int total() {
            return expertise + sector + language + government;
        }
    }
}
