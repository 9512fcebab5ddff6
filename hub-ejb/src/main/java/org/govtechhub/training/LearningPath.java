package org.govtechhub.training;

import java.util.List;
import java.util.Map;

/**
 * A person's learning path as the pages show it: the planned courses in order, each with the gaps
 * it closes (skill -> level reached), the hours used and left this year, and the gaps that remain.
 */
public record LearningPath(List<Step> steps, int plannedHours, int hoursCompletedThisYear, int yearlyQuota,
                           Map<Skill, Integer> remainingGaps, boolean assessed, boolean hasPositionFamily) {

    public record Step(Course course, Map<Skill, Integer> closes) {
        public boolean isPrerequisiteOnly() {
            return closes.isEmpty();
        }
    }

    public int hoursLeft() {
        return Math.max(0, yearlyQuota - hoursCompletedThisYear);
    }
}
