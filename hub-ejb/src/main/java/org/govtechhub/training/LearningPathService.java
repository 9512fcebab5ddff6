package org.govtechhub.training;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.shared.Clock;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes a person's path from their latest self-assessment, their position family and this year's hours. */
@Stateless
@RolesAllowed({Roles.CIVIL_SERVANT, Roles.SYSTEM})
public class LearningPathService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private AssessmentService assessments;

    @EJB
    private TrainingProfileService profiles;

    @EJB
    private SkillService skills;

    @EJB
    private CourseService courses;

    public LearningPath pathFor(String email) {
        caller.requireSelf(email);
        Optional<TrainingProfile> profile = profiles.findByEmail(email);
        int quota = profile.map(p -> p.quota(TrainingProfileService.defaultYearlyHours()))
                .orElse(TrainingProfileService.defaultYearlyHours());
        int hoursDone = hoursCompletedThisYear(email);
        PositionFamily family = profile.map(TrainingProfile::getPositionFamily).orElse(null);
        var latest = assessments.latest(email);
        if (family == null || latest.isEmpty()) {
            return new LearningPath(List.of(), 0, hoursDone, quota, Map.of(), latest.isPresent(), family != null);
        }
        List<Course> catalogue = courses.all();
        Map<Long, Course> courseById = catalogue.stream().collect(Collectors.toMap(Course::getId, Function.identity()));
        Map<Long, Skill> skillById = skills.framework().stream().collect(Collectors.toMap(Skill::getId, Function.identity()));
        LearningPathPlanner.Plan plan = LearningPathPlanner.plan(latest.get().levelsBySkillId(), family.targetsBySkillId(),
                catalogue.stream().map(Course::asOption).toList(), new HashSet<>(completedCourseIds(email)),
                Math.max(0, quota - hoursDone));
        List<LearningPath.Step> steps = plan.steps().stream()
                .map(s -> new LearningPath.Step(courseById.get(s.course().courseId()), bySkill(s.closes(), skillById)))
                .toList();
        return new LearningPath(steps, plan.totalHours(), hoursDone, quota, bySkill(plan.remainingGaps(), skillById), true, true);
    }

    @PermitAll
    public List<Long> completedCourseIds(String email) {
        return em.createNamedQuery("Enrolment.completedCourseIds", Long.class).setParameter("email", email).getResultList();
    }

    public int hoursCompletedThisYear(String email) {
        LocalDateTime start = Clock.now().withDayOfYear(1).toLocalDate().atStartOfDay();
        Number hours = em.createNamedQuery("Enrolment.completedHours", Number.class).setParameter("email", email)
                .setParameter("from", start).setParameter("to", start.plusYears(1)).getSingleResult();
        return hours == null ? 0 : hours.intValue();
    }

    private static Map<Skill, Integer> bySkill(Map<Long, Integer> bySkillId, Map<Long, Skill> skillById) {
        Map<Skill, Integer> result = new LinkedHashMap<>();
        bySkillId.forEach((id, level) -> result.put(skillById.get(id), level));
        return result;
    }
}
