package org.govtechhub.training;

import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Self-assessments on the seeded framework: levels, history, privacy, and the path they give. */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(AssessmentIT.class, TrainingFixture.class).build();
    }

    @Inject
    private TrainingFixture fixture;

    @Inject
    private AssessmentService assessments;

    @Inject
    private SkillService skills;

    @Inject
    private TrainingProfileService profiles;

    @Inject
    private LearningPathService paths;

    /** Level 2 in every skill: "fully" for levels 1-2, "partly" above. */
    private Map<String, Integer> levelTwoEverywhere() {
        Map<String, Integer> answers = new HashMap<>();
        for (Skill skill : skills.framework()) {
            for (int level = 1; level <= Skill.MAX_LEVEL; level++) {
                answers.put(skill.statementKey(level), level <= 2 ? 4 : 2);
            }
        }
        return answers;
    }

    @Test
    void answersGiveALevelPerSkillAndEarlierAssessmentsAreKept() {
        Person learner = fixture.civilServant("Fiona MacLeod");
        Map<String, Integer> answers = levelTwoEverywhere();
        assessments.take(learner.getEmail(), answers);
        answers.put("data_management.3", 3);
        answers.put("data_management.4", 1);

        assessments.take(learner.getEmail(), answers);

        List<Assessment> history = assessments.history(learner.getEmail());
        Skill data = skills.framework().stream().filter(s -> s.getCode().equals("data_management")).findFirst().orElseThrow();
        assertEquals(2, history.size());
        assertEquals(3, history.get(0).levelOf(data), "latest first");
        assertEquals(2, history.get(1).levelOf(data));
    }

    @Test
    void nobodySeesSomeoneElsesAssessments() {
        Person fiona = fixture.civilServant("Fiona MacLeod");
        Person aroha = fixture.civilServant("Aroha Ngata");
        assessments.take(fiona.getEmail(), levelTwoEverywhere());

        assertTrue(assessments.history(aroha.getEmail()).isEmpty());
        assertEquals(1, assessments.history(fiona.getEmail()).size());
    }

    @Test
    void thePathClosesTheGapsToThePositionFamilysTargetsWithinTheYearlyHours() {
        Person learner = fixture.civilServant("Ewan Stewart");
        TrainingProfile profile = profiles.profileOf(learner.getId());
        profile.setPositionFamily(skills.positionFamilies().stream().filter(f -> f.getCode().equals("it_specialist")).findFirst().orElseThrow());
        profile.setYearlyHoursQuota(60);
        profiles.save(profile);
        Course course = fixture.course("IT development bootcamp", 20, false);
        Skill development = skills.framework().stream().filter(s -> s.getCode().equals("it_development")).findFirst().orElseThrow();
        fixture.raise(course, development, 4);
        assessments.take(learner.getEmail(), levelTwoEverywhere());

        LearningPath path = paths.pathFor(learner.getEmail());

        assertEquals(60, path.yearlyQuota());
        assertTrue(path.plannedHours() <= 60, "within the quota: " + path.plannedHours());
        assertTrue(path.steps().stream().anyMatch(s -> s.course().getTitle().equals("IT development bootcamp")
                && s.closes().get(development) == 4), "the bootcamp closes the it_development gap 2 -> 4");
    }
}
