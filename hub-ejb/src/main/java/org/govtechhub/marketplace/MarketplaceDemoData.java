package org.govtechhub.marketplace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.ApplicationStatus;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.EligibilityRules;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.cohort.LegalForm;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.OutcomeService;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.cohort.Programme;
import org.govtechhub.cohort.ProgrammeKind;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.cohort.StartupProfile;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.StartupData;
import org.govtechhub.training.Course;
import org.govtechhub.training.CourseFormat;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.Track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The marketplace's demo, after the UK Digital Marketplace's lots: OpenPermit Labs' permit tracker, proven by its pilot
 * with San Francisco's transport agency (the founder's Startup in Residence application, accepted, with its outcome),
 * live in Amsterdam (the demo department) and reviewed there; GreenRoute's fleet planner, accredited for a year, which
 * the demo department has at the proposal step; CivicSense's analytics, whose accreditation expired ten days ago. The "Selling to government"
 * track's three courses, which GreenRoute's founder has completed. Loaded with the demo data, once.
 */
@Startup
@Singleton
@DependsOn({"CohortDemoData", "TrainingDemoData"})
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class MarketplaceDemoData {

    static final String PROVEN = "OpenPermit Tracker";
    static final String ACCREDITED = "GreenRoute Fleet Planner";
    static final String EXPIRED = "CivicSense Resident Pulse";
    private static final String DOMAIN = DemoData.DEMO_DOMAIN;

    @EJB
    private SolutionService solutions;

    @EJB
    private RequestService requests;

    @EJB
    private CourseService courses;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private ApplicationService applications;

    @EJB
    private ChallengeService challenges;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private OutcomeService outcomes;

    @EJB
    private OrganisationService organisations;

    @EJB
    private PersonService people;

    @EJB
    private StartupData startup;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @PostConstruct
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || people.findByEmail("founder" + DOMAIN).isEmpty() || people.findByEmail("t.becker" + DOMAIN).isEmpty()
                || courses.tracks().stream().anyMatch(t -> t.getName().equals(SellingService.TRACK))) {
            return;
        }
        LocalDate today = Clock.now().toLocalDate();
        sellingToGovernment(today);

        Outcome pilot = sanFranciscoPilot(today);
        Solution proven = draft("founder", PROVEN,
                "Residents file a building permit online and follow their file step by step; officers see every file's stage and "
                        + "deadline. / Жители подают заявление на разрешение на строительство онлайн и видят каждый шаг; сотрудники — "
                        + "стадию и срок каждого дела.",
                SolutionCategory.CLOUD_SOFTWARE, PriceModel.PER_USER_MONTH, "12.50", "EUR", "Netherlands", "ISO 27001, NEN 7510", true);
        proven = solutions.saveDraft(proven, pilot == null ? null : pilot.getId(), "founder" + DOMAIN);
        solutions.submit(proven.getId(), "founder" + DOMAIN);
        if (pilot != null) {
            solutions.publish(proven.getId());
        } else {
            solutions.accredit(proven.getId(), checklist(), today.plusYears(1), "manager" + DOMAIN);
        }

        Solution accredited = draft("t.becker", ACCREDITED,
                "Plans the daily routes of a city's service vehicles, cutting kilometres and emissions. / Планирует ежедневные "
                        + "маршруты городского служебного транспорта, сокращая пробег и выбросы.",
                SolutionCategory.CLOUD_SOFTWARE, PriceModel.PER_UNIT_YEAR, "240", "EUR", "Germany", "ISO 27001, Cyber Essentials Plus", false);
        accredited = solutions.saveDraft(accredited, null, "t.becker" + DOMAIN);
        solutions.submit(accredited.getId(), "t.becker" + DOMAIN);
        solutions.accredit(accredited.getId(), checklist(), today.plusYears(1), "manager" + DOMAIN);

        Solution expired = draft("l.petrova", EXPIRED,
                "Analyses residents' feedback on city services by topic and district. / Анализирует отзывы жителей о городских "
                        + "услугах по темам и районам.",
                SolutionCategory.DIGITAL_OUTCOMES, PriceModel.FIXED, "18000", "EUR", "Russia", "ISO 27001", true);
        expired.setFz152Compliant(true);
        expired = solutions.saveDraft(expired, null, "l.petrova" + DOMAIN);
        solutions.submit(expired.getId(), "l.petrova" + DOMAIN);
        // accredited a year ago for a year less ten days: the accreditation has run out
        em.find(Solution.class, expired.getId()).accredit(checklist(), today.minusDays(10), today.minusYears(1), "manager" + DOMAIN, Clock.now());

        SolutionRequest proposal = requests.request(accredited.getId(), "department" + DOMAIN,
                "Route planning for 120 service vans of the mobility department. / Маршруты для 120 служебных машин.", 120,
                new BigDecimal("30000"));
        requests.move(proposal.getId(), RequestStatus.QUALIFIED, null, "manager" + DOMAIN, true);
        requests.move(proposal.getId(), RequestStatus.PROPOSAL, null, "t.becker" + DOMAIN, false);

        SolutionRequest live = requests.request(proven.getId(), "department" + DOMAIN,
                "Permits for terraces and events in the city centre. / Разрешения на летние террасы и мероприятия в центре.", 40,
                new BigDecimal("6000"));
        for (RequestStatus step : new RequestStatus[] {RequestStatus.QUALIFIED, RequestStatus.PROPOSAL, RequestStatus.CONTRACTED, RequestStatus.LIVE}) {
            requests.move(live.getId(), step, null, "founder" + DOMAIN, false);
        }
        requests.review(proven.getId(), "department" + DOMAIN, 5,
                "Applicants now see where their permit is; calls to our desk fell by half. / Заявители видят, где их разрешение; "
                        + "звонков стало вдвое меньше.");
    }

    /** The track and its three courses, online, no approval, a session each in three weeks; GreenRoute's founder has completed them. */
    private void sellingToGovernment(LocalDate today) {
        Track track = courses.saveTrack(new Track(SellingService.TRACK,
                "For startup founders: how public bodies buy, price for them and meet their security rules. / Для основателей "
                        + "стартапов: как покупает государство, как назначать цену и выполнять требования безопасности."));
        String[][] titles = {
            {"Public procurement procedures", "Процедуры государственных закупок",
                "Open and restricted procedures, frameworks such as G-Cloud, 44-FZ and 223-FZ, how to read a tender."},
            {"Pricing for government", "Ценообразование для государства",
                "Price models, the buyer's budget cycle, value for money and how to justify a price."},
            {"Security requirements for public-sector software", "Требования безопасности к ПО для госсектора",
                "ISO 27001, Cyber Essentials, personal data under GDPR and 152-FZ, hosting and audits."},
        };
        int week = 3;
        for (String[] t : titles) {
            Course course = new Course(track, t[0], CourseFormat.ONLINE, 4);
            course.setApprovalRequired(false);
            course.setDescription(t[0] + " / " + t[1] + ". " + t[2]);
            course = courses.saveCourse(course, Map.of(), Set.of());
            LocalDate start = today.plusWeeks(week++);
            CourseSession session = courses.saveSession(new CourseSession(course, start, start, "Online (video call)", 30,
                    today.plusDays(14), today.plusDays(14)));
            Enrolment enrolment = enrolments.enrol("t.becker" + DOMAIN, session.getId());
            enrolments.recordResults(enrolment.getId(), 100, Boolean.TRUE);
            enrolments.complete(enrolment.getId());
        }
    }

    /**
     * OpenPermit's residency with San Francisco's transport agency, after the US Startup in Residence programme (its own
     * demo programme and cohort, so the other demo cohorts' figures stay as they are): the agency's street-works permit
     * challenge, OpenPermit's application accepted, and its outcome, a pilot with the agency that ended a month ago.
     */
    private Outcome sanFranciscoPilot(LocalDate today) {
        String founder = "founder" + DOMAIN;
        String staff = "d.whitfield" + DOMAIN;
        var sfmta = organisations.active(OrganisationKind.DEPARTMENT).stream()
                .filter(o -> o.getName().equals("San Francisco Municipal Transportation Agency")).findFirst();
        if (sfmta.isEmpty() || people.findByEmail(staff).isEmpty() || !applications.mine(founder).isEmpty()) {
            return null;
        }
        Programme programme = new Programme("Startup in Residence San Francisco", ProgrammeKind.STARTUP_IN_RESIDENCE, sfmta.get());
        programme.setDescription("US Startup in Residence (from 2014, 30+ cities): 16-week residencies with city departments; "
                + "80% of the startups won a government contract.");
        programme = programmes.saveProgramme(programme);
        Cohort cohort = new Cohort(programme, "San Francisco 2026", 6, "America/Los_Angeles");
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, today.minusDays(20), today.plusDays(10), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, today.minusDays(5), today.plusDays(40), null));
        cohort.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, today.plusDays(60), today.plusDays(172), 1));
        cohort.setEligibility(new EligibilityRules(true, null, Map.of(), null, true));
        cohort = programmes.saveCohort(cohort);
        Challenge challenge = challenges.draft(cohort.getId(), "Permits for street works", staff);
        challenge.setProblem("Contractors wait weeks for a street-works permit and phone the desk to learn where it is.");
        challenge.setGoalMetric("days from application to permit");
        challenge.setGoalTarget(new BigDecimal("10"));
        challenge.setGoalUnit("days");
        challenge.setGoalDeadline(today.plusMonths(6));
        challenge.setBudget(new BigDecimal("40000"));
        challenges.update(challenge, staff);
        challenges.submit(challenge.getId(), staff);
        challenges.approve(challenge.getId(), null);
        challenges.publish(challenge.getId());

        StartupProfile profile = applications.myProfile(founder);
        profile.setLegalForm(LegalForm.PRIVATE_COMPANY);
        profile.setRegisteredOn(today.minusYears(3));
        profile.setSector("Digital public services");
        profile.setHasMvp(true);
        profile.reportTurnover(today.getYear() - 1, new BigDecimal("420000"));
        applications.saveProfile(profile, founder);
        Application application = applications.draft(challenge.getId(), founder);
        application.setProposal("An online permit file with status tracking, piloted on street-works permits first.");
        applications.update(application, founder);
        applications.submit(application.getId(), founder);
        for (ApplicationStatus step : new ApplicationStatus[] {ApplicationStatus.SHORTLISTED, ApplicationStatus.PITCHED, ApplicationStatus.ACCEPTED}) {
            applications.move(application.getId(), step);
        }
        Outcome outcome = outcomes.outcomeOf(application.getId());
        outcome.setPilotDepartment(sfmta.get());
        outcome.setPilotStartsOn(today.minusDays(150));
        outcome.setPilotEndsOn(today.minusDays(30));
        outcome.setEvaluationCriteria("Days from application to permit; calls to the permit desk.");
        outcome.setPilotResult("Permits in 9 days instead of 27 on 300 street-works files; calls to the desk down by half.");
        outcome.setContinuedCooperation(true);
        return outcomes.record(outcome, InnovationStage.PILOT);
    }

    private Solution draft(String login, String name, String description, SolutionCategory category, PriceModel model, String amount,
                           String currency, String country, String certifications, boolean personalData) {
        Solution solution = solutions.blank(login + DOMAIN);
        solution.setName(name);
        solution.setDescription(description);
        solution.setCategory(category);
        solution.setPriceModel(model);
        solution.setPriceAmount(new BigDecimal(amount));
        solution.setCurrency(currency);
        solution.setHostingCountry(country);
        solution.setCertifications(certifications);
        solution.setPersonalData(personalData);
        solution.setGdprCompliant(true);
        return solution;
    }

    private static Map<AccreditationCriterion, String> checklist() {
        Map<AccreditationCriterion, String> ticked = new EnumMap<>(AccreditationCriterion.class);
        ticked.put(AccreditationCriterion.SECURITY_CERTIFICATION, "ISO 27001 certificate checked, valid for two more years.");
        ticked.put(AccreditationCriterion.DATA_PROTECTION, "Data processing agreement and records of processing reviewed.");
        ticked.put(AccreditationCriterion.ACCESSIBILITY, "WCAG 2.1 AA audit report of this year.");
        ticked.put(AccreditationCriterion.SERVICE_LEVEL, "99.5% availability, support on working days 8-18.");
        ticked.put(AccreditationCriterion.EXIT_PLAN, "Data export in open formats at the end of the contract.");
        return ticked;
    }
}
