package org.govtechhub.marketplace;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.OutcomeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.Clock;
import org.govtechhub.training.Course;
import org.govtechhub.training.CourseFormat;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marketplace's data as founders, managers and departments make it, through the real services: a startup's pilot
 * outcome (an accepted application of a fresh cohort and its recorded outcome), drafts, an accreditation that has run
 * out, and the selling-to-government track with a session open for each of its courses. Each method is one transaction.
 */
@Stateless
public class MarketplaceFixture {

    @EJB
    private CohortFixture cohorts;

    @EJB
    private OutcomeService outcomes;

    @EJB
    private SolutionService solutions;

    @EJB
    private CourseService courses;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** The founder's accepted application to a challenge of this department, with its pilot there ending {@code endsInDays} from today. */
    public Outcome pilot(Person founder, Organisation department, int endsInDays) {
        Cohort cohort = cohorts.openCohort();
        Person staff = cohorts.staff(department, "Challenge owner");
        Challenge challenge = cohorts.published(cohort, staff, CohortFixture.unique("Faster building permits"));
        Application application = cohorts.accepted(challenge, founder);
        Outcome outcome = outcomes.outcomeOf(application.getId());
        LocalDate today = Clock.now().toLocalDate();
        outcome.setPilotDepartment(department);
        outcome.setPilotStartsOn(today.minusDays(120));
        outcome.setPilotEndsOn(today.plusDays(endsInDays));
        outcome.setPilotResult("Decisions in 19 days instead of 56 on 300 simple permits.");
        return outcomes.record(outcome, InnovationStage.PILOT);
    }

    /** A complete draft of the founder's startup, proven by this outcome (null: none). */
    public Solution draft(Person founder, String name, SolutionCategory category, PriceModel model, Long outcomeId) {
        Solution solution = solutions.blank(founder.getEmail());
        solution.setName(CohortFixture.unique(name));
        solution.setDescription("Residents follow their permit online.");
        solution.setCategory(category);
        solution.setPriceModel(model);
        solution.setPriceAmount(new BigDecimal("12.50"));
        solution.setCurrency("EUR");
        solution.setHostingCountry("Netherlands");
        solution.setCertifications("ISO 27001");
        solution.setGdprCompliant(true);
        return solutions.saveDraft(solution, outcomeId, founder.getEmail());
    }

    /** Submitted and accredited for a year. */
    public Solution accredited(Person founder, String name, SolutionCategory category, PriceModel model) {
        Solution solution = draft(founder, name, category, model, null);
        solutions.submit(solution.getId(), founder.getEmail());
        return solutions.accredit(solution.getId(), checklist(), Clock.now().toLocalDate().plusYears(1), "manager@example.org");
    }

    /** The accreditation is moved back in time: given a year and a month ago, it ran out yesterday. */
    public Solution expire(Long solutionId) {
        LocalDate today = Clock.now().toLocalDate();
        Solution solution = em.find(Solution.class, solutionId);
        solution.accredit(checklist(), today.minusDays(1), today.minusMonths(13), "manager@example.org", Clock.now());
        return solution;
    }

    public static Map<AccreditationCriterion, String> checklist() {
        Map<AccreditationCriterion, String> ticked = new EnumMap<>(AccreditationCriterion.class);
        for (AccreditationCriterion criterion : AccreditationCriterion.values()) {
            if (criterion.isRequired()) {
                ticked.put(criterion, "Checked: " + criterion);
            }
        }
        return ticked;
    }

    /** The selling-to-government track (the demo's, or a new one with one course) and a fresh open session for each of its courses. */
    public List<CourseSession> sellingSessions() {
        Track track = courses.tracks().stream().filter(t -> t.getName().equals(SellingService.TRACK)).findFirst()
                .orElseGet(() -> courses.saveTrack(new Track(SellingService.TRACK, "For founders.")));
        if (courses.all().stream().noneMatch(c -> c.getTrack().equals(track))) {
            course(track, "Public procurement procedures");
        }
        return courses.all().stream().filter(c -> c.getTrack().equals(track)).map(this::openSession).toList();
    }

    /** A session of a course of another track, open now. */
    public CourseSession otherTrackSession() {
        Track other = courses.saveTrack(new Track(CohortFixture.unique("Design thinking"), "For civil servants."));
        return openSession(course(other, "Design thinking sprint"));
    }

    private Course course(Track track, String title) {
        Course course = new Course(track, CohortFixture.unique(title), CourseFormat.ONLINE, 4);
        course.setApprovalRequired(false);
        return courses.saveCourse(course, Map.of(), Set.of());
    }

    private CourseSession openSession(Course course) {
        LocalDate today = Clock.now().toLocalDate();
        return courses.saveSession(new CourseSession(course, today.plusDays(20), today.plusDays(20), "Online", 1000, today.plusDays(10), today.plusDays(10)));
    }
}
