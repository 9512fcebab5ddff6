package org.govtechhub.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.StartupData;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo tracks, courses and sessions (after Canada's Digital Academy, Denver's Peak Academy and the UK
 * Data Science Accelerator), and the demo learner's profile: a policy officer who reports to the demo
 * program manager. Loaded with the demo data, once.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class TrainingDemoData {

    @EJB
    private StartupData startup;

    /** The first demo track: once it exists the demo courses are loaded (other tracks may exist beside them). */
    static final String FIRST_TRACK = "Digital skills and data";

    @EJB
    private CourseService courses;

    @EJB
    private SkillService skills;

    @EJB
    private TrainingProfileService profiles;

    @EJB
    private PersonService people;

    @PostConstruct
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || courses.tracks().stream().anyMatch(t -> t.getName().equals(FIRST_TRACK)) || people.findByEmail("learner" + DemoData.DEMO_DOMAIN).isEmpty()) {
            return;
        }
        Map<String, Skill> skill = skills.framework().stream().collect(Collectors.toMap(Skill::getCode, Function.identity()));
        Track digital = courses.saveTrack(new Track(FIRST_TRACK, "Data, UX and IT development for public services."));
        Track design = courses.saveTrack(new Track("Design thinking", "User research, prototyping and testing with residents."));
        Track experiments = courses.saveTrack(new Track("Experimentation culture", "Agility, safe-to-fail pilots, learning from failure."));
        Track projects = courses.saveTrack(new Track("Project management and intrapreneurship", "Leading change from inside."));
        courses.saveTrack(new Track("Procurement of innovation", "Challenge-based and pre-commercial procurement."));

        Course dataBasics = course(digital, "Data basics for policy", CourseFormat.ONLINE, 8, false,
                Map.of(skill.get("data_management"), 2, skill.get("digital_literacy"), 2), Set.of());
        course(digital, "Data science accelerator", CourseFormat.BLENDED, 24, true,
                Map.of(skill.get("data_management"), 3, skill.get("it_development"), 2), Set.of(dataBasics));
        Course designSprint = course(design, "Design thinking sprint", CourseFormat.OFFLINE, 16, true,
                Map.of(skill.get("design_thinking"), 3, skill.get("ux"), 2, skill.get("collaboration"), 3), Set.of());
        course(design, "Storytelling for public services", CourseFormat.ONLINE, 4, false,
                Map.of(skill.get("storytelling"), 3), Set.of());
        Course peak = course(experiments, "Peak Academy: process improvement", CourseFormat.BLENDED, 40, false,
                Map.of(skill.get("agility"), 3, skill.get("proactivity"), 3, skill.get("insurgency"), 2), Set.of());
        peak.setPracticeProjectsRequired(2);
        course(projects, "Intrapreneurship lab", CourseFormat.OFFLINE, 12, false,
                Map.of(skill.get("proactivity"), 2, skill.get("curiosity"), 3, skill.get("emotional_intelligence"), 2), Set.of(designSprint));

        LocalDate today = Clock.now().toLocalDate();
        for (Course course : courses.all()) {
            LocalDate start = today.plusDays(21 + course.getHours());
            courses.saveSession(new CourseSession(course, start, start.plusDays(course.getHours() >= 24 ? 4 : 1),
                    course.getFormat() == CourseFormat.ONLINE ? "Online (video call)" : "City Hall, innovation lab",
                    course.getHours() >= 24 ? 12 : 20, today.plusDays(14), today.plusDays(18)));
        }

        TrainingProfile learner = profiles.profileOf(people.findByEmail("learner" + DemoData.DEMO_DOMAIN).orElseThrow().getId());
        learner.setPositionFamily(skills.positionFamilies().stream().filter(f -> f.getCode().equals("policy_officer")).findFirst().orElseThrow());
        people.findByEmail("manager" + DemoData.DEMO_DOMAIN).ifPresent(learner::setLineManager);
        profiles.save(learner);
    }

    private Course course(Track track, String title, CourseFormat format, int hours, boolean approval,
                          Map<Skill, Integer> raises, Set<Course> prerequisites) {
        Course course = new Course(track, title, format, hours);
        course.setApprovalRequired(approval);
        course.setDescription(title + ".");
        return courses.saveCourse(course, raises, prerequisites);
    }

}
