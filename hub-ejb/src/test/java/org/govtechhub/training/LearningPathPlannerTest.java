package org.govtechhub.training;

import org.govtechhub.training.LearningPathPlanner.CourseOption;
import org.govtechhub.training.LearningPathPlanner.Plan;
import org.govtechhub.training.LearningPathPlanner.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningPathPlannerTest {

    private static final long JAVA = 1;
    private static final long SQL = 2;
    private static final long SECURITY = 3;
    private static final long DATA = 4;
    private static final long LINUX = 5;

    private static final int PLENTY = 1_000;

    @Test
    void whenEveryTargetIsAlreadyMetThePlanIsEmpty() {
        // JAVA 3 >= 3, SQL 2 >= 1, LINUX has no target at all -> no gap
        CourseOption java = course(10, 8, Map.of(JAVA, 4));

        Plan plan = LearningPathPlanner.plan(Map.of(JAVA, 3, SQL, 2, LINUX, 0), Map.of(JAVA, 3, SQL, 1),
                List.of(java), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(), 0, Map.of()), plan);
    }

    @Test
    void ofTwoCoursesClosingTheSameGapTheCheaperOneIsChosen() {
        // JAVA 1 -> 3: both close 2 levels; 2/20 = 0.10 per hour < 2/12 = 0.17 per hour
        CourseOption longCourse = course(10, 20, Map.of(JAVA, 3));
        CourseOption shortCourse = course(11, 12, Map.of(JAVA, 3));

        Plan plan = LearningPathPlanner.plan(Map.of(JAVA, 1), Map.of(JAVA, 3),
                List.of(longCourse, shortCourse), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(new Step(shortCourse, Map.of(JAVA, 3))), 12, Map.of()), plan);
    }

    @Test
    void theBestBenefitPerHourBeatsABiggerCourseThatClosesMore() {
        // round 1: bootcamp (2+2)/40 = 0.10, javaBasics 2/8 = 0.25, sqlBasics 2/10 = 0.20 -> javaBasics
        // round 2: bootcamp only SQL left 2/40 = 0.05, sqlBasics 2/10 = 0.20 -> sqlBasics; 8 + 10 = 18 hours
        CourseOption bootcamp = course(1, 40, Map.of(JAVA, 2, SQL, 2));
        CourseOption javaBasics = course(2, 8, Map.of(JAVA, 2));
        CourseOption sqlBasics = course(3, 10, Map.of(SQL, 2));

        Plan plan = LearningPathPlanner.plan(Map.of(), Map.of(JAVA, 2, SQL, 2),
                List.of(bootcamp, javaBasics, sqlBasics), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(new Step(javaBasics, Map.of(JAVA, 2)), new Step(sqlBasics, Map.of(SQL, 2))),
                18, Map.of()), plan);
    }

    @Test
    void equalBenefitPerHourIsSettledByFewerHoursBeforeLowerCourseId() {
        // javaCourse 2/10 = 0.2 and sqlCourse 1/5 = 0.2 tie; 5 hours < 10 hours wins although 41 > 40
        CourseOption javaCourse = course(40, 10, Map.of(JAVA, 2));
        CourseOption sqlCourse = course(41, 5, Map.of(SQL, 1));
        // a second pair ties on benefit per hour and on hours (1/5 each), so the lower id 50 goes first
        CourseOption securityCourse = course(51, 5, Map.of(SECURITY, 1));
        CourseOption dataCourse = course(50, 5, Map.of(DATA, 1));

        Plan plan = LearningPathPlanner.plan(Map.of(), Map.of(JAVA, 2, SQL, 1, SECURITY, 1, DATA, 1),
                List.of(javaCourse, sqlCourse, securityCourse, dataCourse), Set.of(), PLENTY);

        // round 1: ratios all 0.2 -> fewest hours (5) -> lowest id among 41, 50, 51 -> 41
        // round 2: 50 and 51 tie on 5 hours -> 50; round 3: 51; round 4: javaCourse; 5 + 5 + 5 + 10 = 25
        assertEquals(List.of(41L, 50L, 51L, 40L), courseIds(plan));
        assertEquals(25, plan.totalHours());
    }

    @Test
    void aPrerequisiteIsPlacedFirstAndMarkedPrerequisiteOnlyWhenItClosesNothing() {
        // hardening needs linuxIntro, which raises LINUX (no target): bundle 6 + 10 = 16 hours, SECURITY 1 -> 3
        CourseOption linuxIntro = course(50, 6, Map.of(LINUX, 2));
        CourseOption hardening = course(51, 10, Map.of(SECURITY, 3), 50L);

        Plan plan = LearningPathPlanner.plan(Map.of(SECURITY, 1), Map.of(SECURITY, 3),
                List.of(hardening, linuxIntro), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(new Step(linuxIntro, Map.of()), new Step(hardening, Map.of(SECURITY, 3))),
                16, Map.of()), plan);
        assertTrue(plan.steps().get(0).prerequisiteOnly());
        assertFalse(plan.steps().get(1).prerequisiteOnly());
    }

    @Test
    void aPrerequisiteThatClosesAGapItselfRecordsWhatItCloses() {
        // dataBasics alone: 1/10 = 0.10; bundle [dataBasics, threatModelling]: (1 + 3)/(10 + 2) = 0.33 -> bundle
        CourseOption dataBasics = course(60, 10, Map.of(DATA, 1));
        CourseOption threatModelling = course(61, 2, Map.of(SECURITY, 3), 60L);

        Plan plan = LearningPathPlanner.plan(Map.of(), Map.of(SECURITY, 3, DATA, 1),
                List.of(dataBasics, threatModelling), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(new Step(dataBasics, Map.of(DATA, 1)),
                new Step(threatModelling, Map.of(SECURITY, 3))), 12, Map.of()), plan);
    }

    @Test
    void aBundleCountsEachLevelOnceWhenPrerequisiteAndCourseRaiseTheSameSkill() {
        // bundle [foundations, advanced]: foundations DATA +1, SECURITY +1; advanced SECURITY 1 -> 3 = +2
        //   -> 4 levels / 12 hours = 0.33 (counting advanced as +3 would give 5/12 = 0.42)
        // combined: 2 levels / 5 hours = 0.40 -> chosen first
        // round 2: foundations closes nothing more; bundle [foundations, advanced] = 2/12 -> taken
        CourseOption foundations = course(70, 10, Map.of(DATA, 1, SECURITY, 1));
        CourseOption advanced = course(71, 2, Map.of(SECURITY, 3), 70L);
        CourseOption combined = course(72, 5, Map.of(DATA, 1, SECURITY, 1));

        Plan plan = LearningPathPlanner.plan(Map.of(), Map.of(SECURITY, 3, DATA, 1),
                List.of(foundations, advanced, combined), Set.of(), PLENTY);

        // 5 + 10 + 2 = 17 hours
        assertEquals(new Plan(List.of(new Step(combined, Map.of(DATA, 1, SECURITY, 1)),
                new Step(foundations, Map.of()),
                new Step(advanced, Map.of(SECURITY, 3))), 17, Map.of()), plan);
    }

    @Test
    void completedCoursesAreSkippedAndSatisfyPrerequisites() {
        // intro (completed) would still gain SECURITY 1 -> 2 but is never proposed again;
        // hardening needs only intro: 2/10 = 0.20; pipelines needs 99 (completed, no longer offered): 2/8 = 0.25
        CourseOption intro = course(50, 6, Map.of(SECURITY, 2));
        CourseOption hardening = course(51, 10, Map.of(SECURITY, 3), 50L);
        CourseOption pipelines = course(52, 8, Map.of(DATA, 2), 99L);

        Plan plan = LearningPathPlanner.plan(Map.of(SECURITY, 1), Map.of(SECURITY, 3, DATA, 2),
                List.of(intro, hardening, pipelines), Set.of(50L, 99L), PLENTY);

        // 8 + 10 = 18 hours
        assertEquals(new Plan(List.of(new Step(pipelines, Map.of(DATA, 2)), new Step(hardening, Map.of(SECURITY, 3))),
                18, Map.of()), plan);
    }

    @Test
    void theHourBudgetIsRespectedAndTheRemainingGapsAreReported() {
        // budget 20: java 2/8 = 0.25 (12 left), sql 2/10 = 0.20 (2 left), security 12 > 2 does not fit,
        // everything (6/30 = 0.20) never fits; SECURITY stays 4 - 2 = 2 levels short
        CourseOption java = course(1, 8, Map.of(JAVA, 3));
        CourseOption sql = course(2, 10, Map.of(SQL, 2));
        CourseOption security = course(3, 12, Map.of(SECURITY, 4));
        CourseOption everything = course(4, 30, Map.of(JAVA, 3, SQL, 2, SECURITY, 4));

        Plan plan = LearningPathPlanner.plan(Map.of(JAVA, 1, SECURITY, 2), Map.of(JAVA, 3, SQL, 2, SECURITY, 4),
                List.of(java, sql, security, everything), Set.of(), 20);

        assertEquals(new Plan(List.of(new Step(java, Map.of(JAVA, 3)), new Step(sql, Map.of(SQL, 2))),
                18, Map.of(SECURITY, 2)), plan);
    }

    @Test
    void freeCoursesFitAZeroBudgetButNothingFitsANegativeOne() {
        // free courses count as infinitely good: 1 and 2 tie (0 hours each) -> lower id 1 first;
        // paid (1 hour) does not fit in 0 hours, so JAVA stays 2 - 1 = 1 level short
        CourseOption freeJava = course(1, 0, Map.of(JAVA, 1));
        CourseOption freeSql = course(2, 0, Map.of(SQL, 2));
        CourseOption paid = course(3, 1, Map.of(JAVA, 2));
        List<CourseOption> courses = List.of(paid, freeSql, freeJava);
        Map<Long, Integer> targets = Map.of(JAVA, 2, SQL, 2);

        Plan zeroBudget = LearningPathPlanner.plan(Map.of(), targets, courses, Set.of(), 0);
        Plan negativeBudget = LearningPathPlanner.plan(Map.of(), targets, courses, Set.of(), -1);

        assertEquals(new Plan(List.of(new Step(freeJava, Map.of(JAVA, 1)), new Step(freeSql, Map.of(SQL, 2))),
                0, Map.of(JAVA, 1)), zeroBudget);
        assertEquals(new Plan(List.of(), 0, Map.of(JAVA, 2, SQL, 2)), negativeBudget);
    }

    @Test
    void aCourseRaisingASkillOnlyUpToOrBelowTheCurrentLevelIsNotProposed() {
        // JAVA is 3: tooBasic (-> 2) and sameLevel (-> 3) gain nothing however cheap; advanced 3 -> 4
        CourseOption tooBasic = course(1, 2, Map.of(JAVA, 2));
        CourseOption sameLevel = course(2, 1, Map.of(JAVA, 3));
        CourseOption advanced = course(3, 20, Map.of(JAVA, 4));
        List<CourseOption> courses = List.of(tooBasic, sameLevel, advanced);

        Plan enoughTime = LearningPathPlanner.plan(Map.of(JAVA, 3), Map.of(JAVA, 4), courses, Set.of(), PLENTY);
        Plan tooLittleTime = LearningPathPlanner.plan(Map.of(JAVA, 3), Map.of(JAVA, 4), courses, Set.of(), 10);

        assertEquals(new Plan(List.of(new Step(advanced, Map.of(JAVA, 4))), 20, Map.of()), enoughTime);
        assertEquals(new Plan(List.of(), 0, Map.of(JAVA, 1)), tooLittleTime);
    }

    @Test
    void raisesBeyondTheTargetCountOnlyUpToTheTarget() {
        // JAVA 1 -> target 2: expert counts min(4, 2) - 1 = 1 level / 12 = 0.08 (not 3/12 = 0.25);
        // basics 1 level / 5 = 0.20 -> basics
        CourseOption expert = course(1, 12, Map.of(JAVA, 4));
        CourseOption basics = course(2, 5, Map.of(JAVA, 2));

        Plan both = LearningPathPlanner.plan(Map.of(JAVA, 1), Map.of(JAVA, 2),
                List.of(expert, basics), Set.of(), PLENTY);
        Plan expertOnly = LearningPathPlanner.plan(Map.of(JAVA, 1), Map.of(JAVA, 2),
                List.of(expert), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(new Step(basics, Map.of(JAVA, 2))), 5, Map.of()), both);
        // the closes map is capped at the target as well: 2, not 4
        assertEquals(new Plan(List.of(new Step(expert, Map.of(JAVA, 2))), 12, Map.of()), expertOnly);
    }

    @Test
    void cyclicOrMissingPrerequisitesExcludeTheCourse() {
        // 1 and 2 need each other, 3 needs itself, 4 needs 404 (not offered, not completed),
        // 5 needs 1 (part of a cycle): only fallback (30 hours, JAVA 0 -> 2) can be taken; 3 - 2 = 1 left
        CourseOption first = course(1, 1, Map.of(JAVA, 3), 2L);
        CourseOption second = course(2, 1, Map.of(JAVA, 3), 1L);
        CourseOption selfish = course(3, 1, Map.of(JAVA, 3), 3L);
        CourseOption orphan = course(4, 1, Map.of(JAVA, 3), 404L);
        CourseOption downstream = course(5, 1, Map.of(JAVA, 3), 1L);
        CourseOption fallback = course(6, 30, Map.of(JAVA, 2));

        Plan plan = LearningPathPlanner.plan(Map.of(), Map.of(JAVA, 3),
                List.of(first, second, selfish, orphan, downstream, fallback), Set.of(), PLENTY);

        assertEquals(new Plan(List.of(new Step(fallback, Map.of(JAVA, 2))), 30, Map.of(JAVA, 1)), plan);
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderItArrivesIn() {
        List<CourseOption> courses = List.of(
                course(7, 5, Map.of(JAVA, 1)),
                course(3, 5, Map.of(SQL, 1)),
                course(9, 5, Map.of(SECURITY, 1)),
                course(4, 2, Map.of(LINUX, 1)),
                course(8, 3, Map.of(SECURITY, 3), 4L),
                course(5, 20, Map.of(JAVA, 2, SQL, 2)),
                course(6, 0, Map.of(DATA, 1)));
        Map<Long, Integer> current = Map.of(JAVA, 0, SQL, 0, SECURITY, 0);
        Map<Long, Integer> targets = Map.of(JAVA, 2, SQL, 2, SECURITY, 3, DATA, 1);

        Plan reference = LearningPathPlanner.plan(current, targets, courses, Set.of(), 20);

        assertEquals(reference, LearningPathPlanner.plan(current, targets, courses, Set.of(), 20));
        Random random = new Random(42);
        for (int attempt = 0; attempt < 20; attempt++) {
            assertEquals(reference, LearningPathPlanner.plan(shuffled(current, random), shuffled(targets, random),
                    shuffled(courses, random), Set.of(), 20));
        }
        // round 1: free 6; round 2: bundle [4, 8] 3/(2+3) = 0.6 -> 15 hours left
        // round 3: 7, 3 (1/5 = 0.2 each) and 5 ((2+2)/20 = 0.2) tie -> 5 hours beats 20 -> id 3 beats 7 -> 10 left
        // round 4: 7 (0.2); 5 would need 20 hours -> 5 left; round 5: nothing fits
        // 0 + 2 + 3 + 5 + 5 = 15 hours; JAVA 2 - 1 = 1 and SQL 2 - 1 = 1 remain
        assertEquals(List.of(6L, 4L, 8L, 3L, 7L), courseIds(reference));
        assertEquals(15, reference.totalHours());
        assertEquals(Map.of(JAVA, 1, SQL, 1), reference.remainingGaps());
    }

    @Test
    void theResultCannotBeModified() {
        CourseOption java = course(1, 8, Map.of(JAVA, 3));
        Plan plan = LearningPathPlanner.plan(Map.of(), Map.of(JAVA, 3, SQL, 1), List.of(java), Set.of(), PLENTY);

        assertThrows(UnsupportedOperationException.class, () -> plan.steps().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.remainingGaps().put(JAVA, 1));
        assertThrows(UnsupportedOperationException.class, () -> plan.steps().get(0).closes().clear());
    }

    @Test
    void nullArgumentsAreRejectedNamingWhatIsMissing() {
        List<CourseOption> none = List.of();

        assertNullRejected("currentLevels", () -> LearningPathPlanner.plan(null, Map.of(), none, Set.of(), 1));
        assertNullRejected("targetLevels", () -> LearningPathPlanner.plan(Map.of(), null, none, Set.of(), 1));
        assertNullRejected("courses", () -> LearningPathPlanner.plan(Map.of(), Map.of(), null, Set.of(), 1));
        assertNullRejected("completedCourseIds", () -> LearningPathPlanner.plan(Map.of(), Map.of(), none, null, 1));
        Map<Long, Integer> nullLevel = new HashMap<>();
        nullLevel.put(JAVA, null);
        assertNullRejected("currentLevels", () -> LearningPathPlanner.plan(nullLevel, Map.of(), none, Set.of(), 1));
        assertNullRejected("raises", () -> new CourseOption(1, "t", 1, null, Set.of()));
    }

    @Test
    void levelsOutsideZeroToFourNegativeHoursAndDuplicateCoursesAreRejected() {
        List<CourseOption> none = List.of();
        CourseOption java = course(1, 8, Map.of(JAVA, 3));

        assertThrows(IllegalArgumentException.class,
                () -> LearningPathPlanner.plan(Map.of(JAVA, 5), Map.of(), none, Set.of(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> LearningPathPlanner.plan(Map.of(), Map.of(JAVA, -1), none, Set.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> course(2, 8, Map.of(JAVA, 5)));
        assertThrows(IllegalArgumentException.class, () -> course(3, -1, Map.of(JAVA, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> LearningPathPlanner.plan(Map.of(), Map.of(), List.of(java, java), Set.of(), 1));
    }

    private static CourseOption course(long id, int hours, Map<Long, Integer> raises, Long... prerequisites) {
        return new CourseOption(id, "Course " + id, hours, raises, Set.of(prerequisites));
    }

    private static List<Long> courseIds(Plan plan) {
        return plan.steps().stream().map(step -> step.course().courseId()).toList();
    }

    private static void assertNullRejected(String expectedInMessage, Runnable call) {
        NullPointerException thrown = assertThrows(NullPointerException.class, call::run);
        assertTrue(thrown.getMessage() != null && thrown.getMessage().contains(expectedInMessage),
                "message should name " + expectedInMessage + ": " + thrown.getMessage());
    }

    private static <T> List<T> shuffled(Collection<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Map<Long, Integer> shuffled(Map<Long, Integer> levels, Random random) {
        Map<Long, Integer> copy = new LinkedHashMap<>();
        shuffled(levels.keySet(), random).forEach(skillId -> copy.put(skillId, levels.get(skillId)));
        return random.nextBoolean() ? copy : new HashMap<>(copy);
    }
}
