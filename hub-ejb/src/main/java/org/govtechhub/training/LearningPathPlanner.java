package org.govtechhub.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a civil servant's personal learning path: which courses to take, in which order, to close the
 * gaps between current and target skill levels within a budget of hours. Plain Java, no container needed.
 *
 * <p>The choice is greedy but sound: every round, each course that would still raise an open gap is
 * priced together with the prerequisites it still needs (its <em>bundle</em>), and the bundle with the
 * most levels of gap closed per hour that fits in the remaining hours is appended to the path. Ties go
 * to the bundle with fewer hours, then to the lower course id, so the same input always gives the same
 * plan, whatever the iteration order of the collections passed in.
 */
public final class LearningPathPlanner {

    /** The lowest skill level: the skill is not held at all. */
    public static final int MIN_LEVEL = 0;
    /** The highest skill level. */
    public static final int MAX_LEVEL = 4;

    private static final Comparator<Bundle> BY_BENEFIT_PER_HOUR = LearningPathPlanner::byBenefitPerHour;
    /** Best first: highest benefit per hour (a free bundle counts as infinitely good), then fewer hours, then lower course id. */
    private static final Comparator<Bundle> PREFERENCE = BY_BENEFIT_PER_HOUR
            .thenComparingLong(Bundle::hours)
            .thenComparingLong(bundle -> bundle.main().courseId());

    private LearningPathPlanner() {
    }

    /**
     * A course that could be taken.
     *
     * @param courseId      identifies the course; unique within one call to {@link #plan}
     * @param title         the course title, for display
     * @param hours         the study time, zero or more
     * @param raises        skillId -&gt; the level (1..4) a learner reaches in that skill by completing the course
     * @param prerequisites ids of the courses that must be completed (or planned earlier) before this one
     * @throws NullPointerException     if any argument, key, value or element is null
     * @throws IllegalArgumentException if hours are negative or a level lies outside 0..4
     */
    public record CourseOption(long courseId, String title, int hours, Map<Long, Integer> raises, Set<Long> prerequisites) {

        /** Validates and keeps unmodifiable, sorted copies of the collections. */
        public CourseOption {
            Objects.requireNonNull(title, "title of course " + courseId + " must not be null");
            if (hours < 0) {
                throw new IllegalArgumentException("hours of course " + courseId + " must not be negative, got " + hours);
            }
            raises = validLevels(raises, "raises of course " + courseId);
            prerequisites = sortedIds(prerequisites, "prerequisites of course " + courseId);
        }
    }

    /**
     * One step of the path.
     *
     * @param course the course to take
     * @param closes skillId -&gt; level reached by this course (capped at the target), only for skills where that
     *               is a real gain toward the target; empty when the course is in the path only as a
     *               prerequisite of a later step
     */
    public record Step(CourseOption course, Map<Long, Integer> closes) {

        /** Keeps an unmodifiable copy of {@code closes}, ordered by skillId. */
        public Step {
            Objects.requireNonNull(course, "course must not be null");
            closes = sortedCopy(closes, "closes");
        }

        /**
         * Whether this course closes no gap itself and is in the path only to unlock a later step.
         *
         * @return true when {@code closes} is empty
         */
        public boolean prerequisiteOnly() {
            return closes.isEmpty();
        }
    }

    /**
     * A learning path.
     *
     * @param steps         the courses in the order they should be taken, prerequisites first
     * @param totalHours    the sum of the hours of all steps
     * @param remainingGaps skillId -&gt; levels still missing (target - reached) for gaps the path does not
     *                      fully close, ordered by skillId; empty when every gap is closed
     */
    public record Plan(List<Step> steps, int totalHours, Map<Long, Integer> remainingGaps) {

        /** Keeps unmodifiable copies of the collections. */
        public Plan {
            steps = List.copyOf(Objects.requireNonNull(steps, "steps must not be null"));
            remainingGaps = sortedCopy(remainingGaps, "remainingGaps");
        }
    }

    /**
     * Plans the learning path of one learner.
     *
     * @param currentLevels      skillId -&gt; the level held now (0..4); a missing skill counts as level 0
     * @param targetLevels       skillId -&gt; the level wanted (0..4); skills without a target have no gap
     * @param courses            the courses on offer, each id at most once
     * @param completedCourseIds courses already completed: never proposed again, and satisfied as prerequisites
     * @param hoursAvailable     the study budget; when negative, nothing fits
     * @return the path, its total hours and the gaps it leaves open
     * @throws NullPointerException     if an argument, or a key, value or element inside one, is null
     * @throws IllegalArgumentException if a level lies outside 0..4 or a course id occurs twice
     */
    public static Plan plan(Map<Long, Integer> currentLevels, Map<Long, Integer> targetLevels,
                            Collection<CourseOption> courses, Set<Long> completedCourseIds, int hoursAvailable) {
        Map<Long, Integer> current = validLevels(currentLevels, "currentLevels");
        Map<Long, Integer> targets = validLevels(targetLevels, "targetLevels");
        SortedMap<Long, CourseOption> catalogue = indexById(courses);
        Set<Long> completed = sortedIds(completedCourseIds, "completedCourseIds");
        return new PathBuilder(current, targets, catalogue, completed, hoursAvailable).build();
    }

    private static SortedMap<Long, CourseOption> indexById(Collection<CourseOption> courses) {
        Objects.requireNonNull(courses, "courses must not be null");
        SortedMap<Long, CourseOption> byId = new TreeMap<>();
        for (CourseOption course : courses) {
            Objects.requireNonNull(course, "courses must not contain null");
            if (byId.putIfAbsent(course.courseId(), course) != null) {
                throw new IllegalArgumentException("course " + course.courseId() + " occurs more than once in courses");
            }
        }
        return byId;
    }

    private static Map<Long, Integer> validLevels(Map<Long, Integer> levels, String name) {
        Map<Long, Integer> copy = sortedCopy(levels, name);
        copy.forEach((skillId, level) -> {
            if (level < MIN_LEVEL || level > MAX_LEVEL) {
                throw new IllegalArgumentException(name + ": level of skill " + skillId + " must be within "
                        + MIN_LEVEL + ".." + MAX_LEVEL + ", got " + level);
            }
        });
        return copy;
    }

    private static Map<Long, Integer> sortedCopy(Map<Long, Integer> map, String name) {
        Objects.requireNonNull(map, name + " must not be null");
        SortedMap<Long, Integer> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, name + " must not contain a null key"),
                Objects.requireNonNull(value, name + " must not contain a null value")));
        return Collections.unmodifiableSortedMap(copy);
    }

    private static Set<Long> sortedIds(Set<Long> ids, String name) {
        Objects.requireNonNull(ids, name + " must not be null");
        SortedSet<Long> copy = new TreeSet<>();
        for (Long id : ids) {
            copy.add(Objects.requireNonNull(id, name + " must not contain null"));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    /** Compares benefit/hours by cross-multiplying, so zero hours need no division and rank above any paid bundle. */
    private static int byBenefitPerHour(Bundle first, Bundle second) {
        return Long.compare(second.benefit() * first.hours(), first.benefit() * second.hours());
    }

    /** A candidate course priced together with the prerequisites it still needs, prerequisites first. */
    private record Bundle(CourseOption main, List<CourseOption> courses, long benefit, long hours) {
    }

    /** The mutable state of one planning run. */
    private static final class PathBuilder {

        private final Map<Long, Integer> targets;
        private final SortedMap<Long, CourseOption> catalogue;
        private final Set<Long> completed;
        private final Map<Long, Integer> reached = new TreeMap<>();
        private final Set<Long> planned = new HashSet<>();
        private final List<Step> steps = new ArrayList<>();
        private final Map<Long, Boolean> satisfiable = new HashMap<>();
        private final Set<Long> visiting = new HashSet<>();
        private long hoursLeft;

        PathBuilder(Map<Long, Integer> current, Map<Long, Integer> targets, SortedMap<Long, CourseOption> catalogue,
                    Set<Long> completed, int hoursAvailable) {
            this.targets = targets;
            this.catalogue = catalogue;
            this.completed = completed;
            this.hoursLeft = hoursAvailable;
            targets.keySet().forEach(skillId -> reached.put(skillId, current.getOrDefault(skillId, MIN_LEVEL)));
        }

        Plan build() {
            while (!remainingGaps().isEmpty()) {
                Optional<Bundle> best = bestFittingBundle();
                if (best.isEmpty()) {
                    break;
                }
                take(best.get());
            }
            return new Plan(steps, totalHours(), remainingGaps());
        }

        private Optional<Bundle> bestFittingBundle() {
            return catalogue.values().stream()
                    .filter(this::isCandidate)
                    .map(this::bundleFor)
                    .filter(bundle -> bundle.hours() <= hoursLeft)
                    .min(PREFERENCE);
        }

        private boolean isCandidate(CourseOption course) {
            long id = course.courseId();
            return !completed.contains(id) && !planned.contains(id) && isSatisfiable(id)
                    && !gains(course, reached).isEmpty();
        }

        /** True when the course is completed, or offered with prerequisites that are all satisfiable and acyclic. */
        private boolean isSatisfiable(long courseId) {
            if (completed.contains(courseId)) {
                return true;
            }
            Boolean known = satisfiable.get(courseId);
            if (known != null) {
                return known;
            }
            CourseOption course = catalogue.get(courseId);
            if (course == null || !visiting.add(courseId)) {
                return false;
            }
            boolean result = course.prerequisites().stream().allMatch(this::isSatisfiable);
            visiting.remove(courseId);
            satisfiable.put(courseId, result);
            return result;
        }

        private Bundle bundleFor(CourseOption main) {
            Map<Long, CourseOption> ordered = new LinkedHashMap<>();
            addWithPrerequisitesFirst(main, ordered);
            Map<Long, Integer> levels = new TreeMap<>(reached);
            long benefit = 0;
            long hours = 0;
            for (CourseOption course : ordered.values()) {
                benefit += advance(course, levels);
                hours += course.hours();
            }
            return new Bundle(main, List.copyOf(ordered.values()), benefit, hours);
        }

        /** Depth-first, prerequisites in ascending id order; only called for satisfiable courses, so it terminates. */
        private void addWithPrerequisitesFirst(CourseOption course, Map<Long, CourseOption> ordered) {
            for (long prerequisiteId : course.prerequisites()) {
                boolean stillNeeded = !completed.contains(prerequisiteId) && !planned.contains(prerequisiteId);
                if (stillNeeded && !ordered.containsKey(prerequisiteId)) {
                    addWithPrerequisitesFirst(catalogue.get(prerequisiteId), ordered);
                }
            }
            ordered.put(course.courseId(), course);
        }

        private void take(Bundle bundle) {
            for (CourseOption course : bundle.courses()) {
                Map<Long, Integer> closes = gains(course, reached);
                reached.putAll(closes);
                steps.add(new Step(course, closes));
                planned.add(course.courseId());
                hoursLeft -= course.hours();
            }
        }

        /** Raises the levels by what the course gains and returns the number of levels of gap it closed. */
        private int advance(CourseOption course, Map<Long, Integer> levels) {
            Map<Long, Integer> gains = gains(course, levels);
            int closed = 0;
            for (Map.Entry<Long, Integer> gain : gains.entrySet()) {
                closed += gain.getValue() - levels.get(gain.getKey());
            }
            levels.putAll(gains);
            return closed;
        }

        /** skillId -&gt; the level the course would reach, capped at the target, for skills where that is a gain. */
        private Map<Long, Integer> gains(CourseOption course, Map<Long, Integer> levels) {
            Map<Long, Integer> gains = new TreeMap<>();
            course.raises().forEach((skillId, raise) -> {
                Integer target = targets.get(skillId);
                if (target != null && Math.min(raise, target) > levels.get(skillId)) {
                    gains.put(skillId, Math.min(raise, target));
                }
            });
            return gains;
        }

        private int totalHours() {
            return steps.stream().mapToInt(step -> step.course().hours()).sum();
        }

        private Map<Long, Integer> remainingGaps() {
            Map<Long, Integer> gaps = new TreeMap<>();
            targets.forEach((skillId, target) -> {
                int missing = target - reached.get(skillId);
                if (missing > 0) {
                    gaps.put(skillId, missing);
                }
            });
            return gaps;
        }
    }
}
