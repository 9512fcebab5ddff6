package org.govtechhub.cohort;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.Clock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/** Programmes, cohorts, departments and their staff through the real services; unique names so tests never meet. */
@Stateless
public class CohortFixture {

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ChallengeService challenges;

    @EJB
    private OrganisationService organisations;

    @EJB
    private PersonService people;

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Organisation department(String name) {
        return organisations.save(new Organisation(unique(name), OrganisationKind.DEPARTMENT));
    }

    public Person staff(Organisation department, String name) {
        return people.createWithoutPassword(new Person(name, "staff-" + UUID.randomUUID() + "@example.org", department,
                EnumSet.of(Role.DEPARTMENT)));
    }

    /** A cohort whose call for challenges and applications run from {@code callStart} for the given days. */
    public Cohort cohort(LocalDate callStart, int callDays, int applicationDays) {
        Programme programme = programmes.saveProgramme(new Programme(unique("Startup in Residence"), ProgrammeKind.STARTUP_IN_RESIDENCE, null));
        Cohort cohort = new Cohort(programme, "2027", 5, "Europe/Amsterdam");
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, callStart, callStart.plusDays(callDays), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, callStart.plusDays(1), callStart.plusDays(applicationDays), null));
        cohort.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, callStart.plusDays(applicationDays + 10), callStart.plusDays(applicationDays + 190), 1));
        return programmes.saveCohort(cohort);
    }

    public Cohort saveCohort(Cohort cohort) {
        return programmes.saveCohort(cohort);
    }

    /** A cohort open now: the call and the applications run around today. */
    public Cohort openCohort() {
        return cohort(Clock.now().toLocalDate().minusDays(3), 10, 30);
    }

    /** A complete draft with a SMART goal, by this member of staff. */
    public Challenge draft(Cohort cohort, Person staff, String title) {
        Challenge challenge = challenges.draft(cohort.getId(), title, staff.getEmail());
        challenge.setProblem("Residents wait eight weeks for a simple permit.");
        challenge.setGoalMetric("days from application to decision");
        challenge.setGoalTarget(new BigDecimal("20"));
        challenge.setGoalUnit("days");
        challenge.setGoalDeadline(Clock.now().toLocalDate().plusMonths(8));
        challenge.setBudget(new BigDecimal("25000"));
        return challenges.update(challenge, staff.getEmail());
    }

    /** Drafted, submitted, approved and published. */
    public Challenge published(Cohort cohort, Person staff, String title) {
        Challenge challenge = draft(cohort, staff, title);
        challenges.submit(challenge.getId(), staff.getEmail());
        challenges.approve(challenge.getId(), null);
        return challenges.publish(challenge.getId());
    }
}
