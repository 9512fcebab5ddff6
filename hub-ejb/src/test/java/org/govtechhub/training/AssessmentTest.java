package org.govtechhub.training;

import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssessmentTest {

    private static final LocalDateTime TAKEN_AT = LocalDateTime.of(2026, 12, 1, 10, 30);

    private final Person learner = new Person("Siti Rahma", "siti.rahma@example.go.id", null, EnumSet.of(Role.CIVIL_SERVANT));
    private final Skill data = withId(new Skill("DATA", SkillCategory.DIGITAL, "Data literacy", "Грамотность в данных", 1), 101);
    private final Skill design = withId(new Skill("DESIGN", SkillCategory.CORE, "User-centred design", "Дизайн для пользователя", 2), 102);

    @Test
    void ratingEveryStatementMostlyOrFullyGivesTheTopLevel() {
        Assessment assessment = Assessment.take(learner, List.of(data), answers(data, 3, 4, 3, 3), TAKEN_AT);

        assertEquals(4, assessment.levelOf(data));
    }

    @Test
    void aLowRatingCapsTheLevelEvenWhenHigherStatementsAreRatedFully() {
        // 4, 3 agree; level 3 rated 2 stops the climb; the 4 at level 4 does not count
        Assessment assessment = Assessment.take(learner, List.of(data), answers(data, 4, 3, 2, 4), TAKEN_AT);

        assertEquals(2, assessment.levelOf(data));
    }

    @Test
    void eachSkillIsScoredOnItsOwnAnswersAndDisagreeingWithTheFirstStatementMeansLevelZero() {
        Map<String, Integer> answers = answers(data, 2, 4, 4, 4);
        answers.putAll(answers(design, 3, 3, 3, 1));

        Assessment assessment = Assessment.take(learner, List.of(data, design), answers, TAKEN_AT);

        assertEquals(Map.of(101L, 0, 102L, 3), assessment.levelsBySkillId());
        assertSame(learner, assessment.getPerson());
        assertEquals(TAKEN_AT, assessment.getTakenAt());
    }

    @Test
    void theAnswersToTheFrameworkAreKeptToShowProgressAndStrayAnswersAreIgnored() {
        Map<String, Integer> answers = answers(data, 1, 2, 3, 4);
        answers.put("RETIRED.1", 4);

        Assessment assessment = Assessment.take(learner, List.of(data), answers, TAKEN_AT);

        assertEquals(Map.of("DATA.1", 1, "DATA.2", 2, "DATA.3", 3, "DATA.4", 4), assessment.getAnswers());
        assertEquals(0, assessment.levelOf(design), "a skill left out of the framework has no level");
    }

    @Test
    void anUnansweredStatementIsRefusedNamingTheSkillAndTheLevel() {
        Map<String, Integer> answers = answers(data, 4, 4, 4, 4);
        answers.putAll(answers(design, 3, 3, 3, 3));
        answers.remove("DESIGN.3");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> Assessment.take(learner, List.of(data, design), answers, TAKEN_AT));

        assertEquals("training.assessment.unanswered", refused.getMessageKey());
        assertArrayEquals(new Object[] {"User-centred design", 3}, refused.getParameters());
    }

    @Test
    void anAnswerOutsideOneToFourIsRefusedWithTheAllowedRange() {
        for (int outOfRange : new int[] {0, 5, -1}) {
            Map<String, Integer> answers = answers(data, 3, 3, outOfRange, 3);

            BusinessException refused = assertThrows(BusinessException.class,
                    () -> Assessment.take(learner, List.of(data), answers, TAKEN_AT), "answer " + outOfRange);

            assertEquals("training.assessment.answerOutOfRange", refused.getMessageKey());
            assertArrayEquals(new Object[] {1, 4}, refused.getParameters());
        }
    }

    private static Map<String, Integer> answers(Skill skill, int level1, int level2, int level3, int level4) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put(skill.statementKey(1), level1);
        answers.put(skill.statementKey(2), level2);
        answers.put(skill.statementKey(3), level3);
        answers.put(skill.statementKey(4), level4);
        return answers;
    }

    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
