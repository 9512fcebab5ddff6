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

    @EJB
    private ApplicationService applications;

    /** A startup with a founder and a complete profile: a private company of the given age, with an MVP and turnover under 1M. */
    public Person founder(String startupName, int ageYears, String sector) {
        Organisation startup = organisations.save(new Organisation(unique(startupName), OrganisationKind.STARTUP));
        Person founder = people.createWithoutPassword(new Person("Founder of " + startupName, "founder-" + UUID.randomUUID() + "@example.org",
                startup, EnumSet.of(Role.STARTUP)));
        StartupProfile profile = applications.myProfile(founder.getEmail());
        profile.setLegalForm(LegalForm.PRIVATE_COMPANY);
        profile.setRegisteredOn(Clock.now().toLocalDate().minusYears(ageYears).minusDays(1));
        profile.setSector(sector);
        profile.setHasMvp(true);
        profile.reportTurnover(Clock.now().getYear() - 1, new BigDecimal("900000"));
        applications.saveProfile(profile, founder.getEmail());
        return founder;
    }

    /** An open cohort with Telangana's eligibility rules and the given capacity. */
    public Cohort telangana(int capacity) {
        Cohort cohort = openCohort();
        cohort.setCapacity(capacity);
        cohort.setEligibility(EligibilityRules.telangana());
        return programmes.saveCohort(cohort);
    }

    /** The founder's application with a proposal, submitted. */
    public Application submitted(Challenge challenge, Person founder) {
        Application application = applications.draft(challenge.getId(), founder.getEmail());
        application.setProposal("A pilot in six weeks, measured against the challenge's goal.");
        applications.update(application, founder.getEmail());
        return applications.submit(application.getId(), founder.getEmail());
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
