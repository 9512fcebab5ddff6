package org.govtechhub.cohort;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.ScoreAggregator;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.Clock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Programmes, cohorts, departments and their staff, startups and their applications, pitch jurors and their
 * scoresheets, through the real services; unique names so tests never meet. Each method is one transaction, so the
 * batch methods ({@link #submittedAll}, {@link #moveAll}, {@link #score}) make many service calls in one.
 */
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
        return cohort(programme, "2027", callStart, callDays, applicationDays);
    }

    /** Another cohort of the programme, open now like {@link #openCohort()}. */
    public Cohort openCohort(Programme programme, String name) {
        return cohort(programme, name, Clock.now().toLocalDate().minusDays(3), 10, 30);
    }

    private Cohort cohort(Programme programme, String name, LocalDate callStart, int callDays, int applicationDays) {
        Cohort cohort = new Cohort(programme, name, 5, "Europe/Amsterdam");
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, callStart, callStart.plusDays(callDays), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, callStart.plusDays(1), callStart.plusDays(applicationDays), null));
        cohort.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, callStart.plusDays(applicationDays + 10), callStart.plusDays(applicationDays + 190), 1));
        return programmes.saveCohort(cohort);
    }

    @EJB
    private ApplicationService applications;

    /** A startup with a founder and a complete profile: a private company of the given age, with an MVP and turnover under 1M. */
    public Person founder(String startupName, int ageYears, String sector) {
        return founder(startupName, ageYears, sector, null);
    }

    /** The same, with a password to sign in with over HTTP (null: cannot sign in). */
    public Person founder(String startupName, int ageYears, String sector, String password) {
        Organisation startup = organisations.save(new Organisation(unique(startupName), OrganisationKind.STARTUP));
        Person person = new Person("Founder of " + startupName, "founder-" + UUID.randomUUID() + "@example.org", startup, EnumSet.of(Role.STARTUP));
        Person founder = password == null ? people.createWithoutPassword(person) : people.create(person, password.toCharArray());
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

    /** The founder's application, submitted, then shortlisted, pitched and accepted (one team per challenge in these cohorts). */
    public Application accepted(Challenge challenge, Person founder) {
        Application application = submitted(challenge, founder);
        applications.move(application.getId(), ApplicationStatus.SHORTLISTED);
        applications.move(application.getId(), ApplicationStatus.PITCHED);
        return applications.move(application.getId(), ApplicationStatus.ACCEPTED);
    }

    /** Someone of an organisation with these roles (none: a person without any role), who cannot sign in. */
    public Person member(Organisation organisation, String name, Role... roles) {
        EnumSet<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return people.createWithoutPassword(new Person(name, "member-" + UUID.randomUUID() + "@example.org", organisation, set));
    }

    /** A program manager of no organisation. */
    public Person manager(String name) {
        return member(null, name, Role.PROGRAM_MANAGER);
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

    // --- startups with declared facts, in bulk --------------------------------------------------------------------

    /**
     * What a startup declares in its profile: legal form, age in whole years (registered that many years and a day
     * ago), sector, last year's turnover (null: none reported) and whether it has an MVP.
     */
    public record Startup(String name, LegalForm legalForm, int ageYears, String sector, BigDecimal turnover, boolean hasMvp) {

        /** A private company with an MVP and a turnover of 900,000, like {@link #founder(String, int, String)}'s. */
        public static Startup eligible(String name, int ageYears, String sector) {
            return new Startup(name, LegalForm.PRIVATE_COMPANY, ageYears, sector, new BigDecimal("900000"), true);
        }
    }

    /** A founder whose startup's profile declares exactly these facts. */
    public Person founder(Startup startup) {
        Organisation organisation = organisations.save(new Organisation(unique(startup.name()), OrganisationKind.STARTUP));
        Person founder = people.createWithoutPassword(new Person("Founder of " + startup.name(), "founder-" + UUID.randomUUID() + "@example.org",
                organisation, EnumSet.of(Role.STARTUP)));
        StartupProfile profile = applications.myProfile(founder.getEmail());
        profile.setLegalForm(startup.legalForm());
        profile.setRegisteredOn(Clock.now().toLocalDate().minusYears(startup.ageYears()).minusDays(1));
        profile.setSector(startup.sector());
        profile.setHasMvp(startup.hasMvp());
        if (startup.turnover() != null) {
            profile.reportTurnover(Clock.now().getYear() - 1, startup.turnover());
        }
        applications.saveProfile(profile, founder.getEmail());
        return founder;
    }

    /**
     * Startup i's founder applies to challenge i and submits (the rules are checked at once), all in this one
     * transaction: many applications in little time. Returns the applications in the order given.
     */
    public List<Application> submittedAll(List<Challenge> challenges, List<Startup> startups) {
        if (challenges.size() != startups.size()) {
            throw new IllegalArgumentException(challenges.size() + " challenges for " + startups.size() + " startups");
        }
        List<Application> submitted = new ArrayList<>();
        for (int i = 0; i < startups.size(); i++) {
            submitted.add(submitted(challenges.get(i), founder(startups.get(i))));
        }
        return submitted;
    }

    /** The founder's application with a proposal and a PDF document, submitted. */
    public Application submittedWithDocument(Challenge challenge, Person founder, String fileName, byte[] pdf) {
        Application application = applications.draft(challenge.getId(), founder.getEmail());
        application.setProposal("A pilot in six weeks, measured against the challenge's goal; the deck is attached.");
        applications.update(application, founder.getEmail());
        applications.attach(application.getId(), founder.getEmail(), fileName, pdf);
        return applications.submit(application.getId(), founder.getEmail());
    }

    /** The manager moves each application one funnel step, one after the other, in this one transaction. */
    public List<Application> moveAll(List<Long> applicationIds, ApplicationStatus next) {
        return applicationIds.stream().map(id -> applications.move(id, next)).toList();
    }

    // --- cohorts and challenges for pitch day and demo day --------------------------------------------------------

    /** Drafted with its own limit of teams in the cohort's first team phase, then submitted, approved and published. */
    public Challenge published(Cohort cohort, Person staff, String title, int teams) {
        Challenge challenge = draft(cohort, staff, title);
        challenge.limitTeams(cohort.phase(PhaseKind.PRE_ACCELERATOR).isPresent() ? PhaseKind.PRE_ACCELERATOR : PhaseKind.ACCELERATOR, teams);
        challenges.update(challenge, staff.getEmail());
        challenges.submit(challenge.getId(), staff.getEmail());
        challenges.approve(challenge.getId(), null);
        return challenges.publish(challenge.getId());
    }

    /** The cohort (read again) with a one-day demo day on this date, which must not be before its accelerator starts. */
    public Cohort withDemoDay(Cohort cohort, LocalDate day) {
        Cohort current = programmes.cohort(cohort.getId());
        current.addPhase(new CohortPhase(PhaseKind.DEMO_DAY, day, day, null));
        return programmes.saveCohort(current);
    }

    // --- the pitch jury -------------------------------------------------------------------------------------------

    /** A person with the juror role, of this organisation (null: of none), who cannot sign in. */
    public Person juror(String name, Organisation organisation) {
        return member(organisation, name, Role.JUROR);
    }

    @EJB
    private JuryService jury;

    /** A comment for each score that needs one (1–2 and 9–10), none for the others. */
    public static Map<String, String> commentsFor(Map<String, Integer> scores) {
        Map<String, String> comments = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            if (ScoreAggregator.commentRequired(score)) {
                comments.put(code, (score >= 9 ? "Outstanding " : "Weak ") + code + ": " + score);
            }
        });
        return comments;
    }

    /**
     * The juror submits every sheet they have open (in every jury they sit on, recused ones left out), with the scores
     * given for its subject (the application id) and a comment where one is needed; sheets the function gives null for
     * are left alone.
     * All in this one transaction. Returns the sheets submitted.
     */
    public List<Scoresheet> score(Person juror, Function<Long, Map<String, Integer>> scoresOfSubject) {
        List<Scoresheet> submitted = new ArrayList<>();
        for (Scoresheet sheet : jury.openSheetsOf(juror.getEmail())) {
            if (sheet.getStatus() == SheetStatus.RECUSED) {
                continue;
            }
            Map<String, Integer> scores = scoresOfSubject.apply(sheet.getSubjectId());
            if (scores != null) {
                submitted.add(jury.submit(sheet.getId(), juror.getEmail(), scores, commentsFor(scores)));
            }
        }
        return submitted;
    }
}
