package org.govtechhub.marketplace;

import jakarta.inject.Inject;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.Initiative;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.EnrolmentStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marketplace on the real server and database: a founder lists a solution proven by its startup's completed pilot
 * (another startup cannot reach it or borrow the outcome); a manager accredits one against the checklist, an expired
 * accreditation takes it out of the list and refuses requests naming the date, re-accreditation brings it back; a
 * department's request goes from new to live with the department and the startup told at each step, and the funnel's
 * initiative moves from the pilot on to a contract and an adoption elsewhere; a department reviews a solution once it
 * runs it, once; a founder takes the selling-to-government track without approval and the startup shows as trained.
 */
@ExtendWith(ArquillianExtension.class)
class MarketplaceIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(MarketplaceIT.class, MarketplaceFixture.class, CohortFixture.class).build();
    }

    @Inject
    private MarketplaceFixture fixture;

    @Inject
    private CohortFixture cohorts;

    @Inject
    private SolutionService solutions;

    @Inject
    private RequestService requests;

    @Inject
    private SellingService selling;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private FunnelService funnel;

    @Inject
    private NotificationService notifications;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    /** Whether the solution is on one of the pages of the list with these filters (the database pages it, 100 at a time). */
    private boolean listed(SolutionFilter filter, Solution solution) {
        long count = solutions.count(filter);
        for (int first = 0; first < count; first += 100) {
            if (solutions.search(filter, first, 100).stream().anyMatch(s -> s.getId().equals(solution.getId()))) {
                return true;
            }
        }
        return false;
    }

    private boolean told(Person person, String key) {
        return notifications.latestFor(person.getEmail()).stream().map(Notification::getMessageKey).anyMatch(key::equals);
    }

    @Test
    void aFounderListsASolutionProvenByItsCompletedPilotWhichNoOtherStartupReaches() {
        Person founder = cohorts.founder("OpenPermit Labs", 3, "GovTech");
        Organisation amsterdam = cohorts.department("City of Amsterdam");
        Outcome pilot = fixture.pilot(founder, amsterdam, -1);
        Outcome running = fixture.pilot(founder, cohorts.department("Wellington"), 30);
        assertEquals(List.of(pilot.getId()), solutions.pilots(founder.getEmail()).stream().map(Outcome::getId).toList(),
                "only the completed pilot can prove a solution");

        Solution draft = fixture.draft(founder, "Permit tracker", SolutionCategory.CLOUD_SOFTWARE, PriceModel.PER_USER_MONTH, null);
        Solution stillRunning = solutions.own(founder.getEmail(), draft.getId());
        assertEquals("marketplace.solution.pilotNotCompleted", key(() -> solutions.saveDraft(stillRunning, running.getId(), founder.getEmail())));
        Solution proven = solutions.saveDraft(solutions.own(founder.getEmail(), draft.getId()), pilot.getId(), founder.getEmail());
        assertFalse(listed(SolutionFilter.any(), proven), "a draft is not listed");
        assertEquals("error.notFound", key(() -> solutions.published(proven.getId())));

        Person other = cohorts.founder("GreenRoute Mobility", 2, "Mobility");
        assertEquals("error.notFound", key(() -> solutions.own(other.getEmail(), proven.getId())), "another startup's solution");
        assertEquals("error.notFound", key(() -> solutions.submit(proven.getId(), other.getEmail())));
        Solution theirs = fixture.draft(other, "Fleet planner", SolutionCategory.CLOUD_SOFTWARE, PriceModel.FIXED, null);
        Solution borrowing = solutions.own(other.getEmail(), theirs.getId());
        assertEquals("error.notFound", key(() -> solutions.saveDraft(borrowing, pilot.getId(), other.getEmail())), "another startup's outcome");
        Solution copy = solutions.own(other.getEmail(), theirs.getId());
        copy.setName(proven.getName().toUpperCase());
        assertEquals("marketplace.solution.nameTaken", key(() -> solutions.saveDraft(copy, null, other.getEmail())));

        solutions.submit(proven.getId(), founder.getEmail());
        assertEquals("marketplace.solution.notDraft", key(() -> solutions.saveDraft(solutions.own(founder.getEmail(), proven.getId()), null,
                founder.getEmail())), "submitted: the managers have it");
        Solution published = solutions.publish(proven.getId());
        assertEquals(Evidence.PROVEN, published.evidence(Clock.now().toLocalDate()));
        assertEquals(pilot.getId(), solutions.published(proven.getId()).getOutcome().getId(), "the outcome is linked, not copied");
        assertTrue(listed(new SolutionFilter(SolutionCategory.CLOUD_SOFTWARE, Evidence.PROVEN, PriceModel.PER_USER_MONTH), published));
        assertFalse(listed(new SolutionFilter(null, Evidence.ACCREDITED, null), published));
        assertFalse(listed(new SolutionFilter(SolutionCategory.CLOUD_HOSTING, null, null), published));
        assertFalse(listed(new SolutionFilter(null, null, PriceModel.FIXED), published));
    }

    @Test
    void anExpiredAccreditationTakesTheSolutionOutAndRefusesRequestsUntilItIsRenewed() {
        Person founder = cohorts.founder("CivicSense Analytics", 4, "Analytics");
        Solution draft = fixture.draft(founder, "Resident pulse", SolutionCategory.DIGITAL_OUTCOMES, PriceModel.FIXED, null);
        assertEquals("marketplace.solution.notSubmitted", key(() -> solutions.accredit(draft.getId(), MarketplaceFixture.checklist(),
                Clock.now().toLocalDate().plusYears(1), "manager@example.org")));
        solutions.submit(draft.getId(), founder.getEmail());
        assertEquals("marketplace.solution.noEvidence", key(() -> solutions.publish(draft.getId())));
        Map<AccreditationCriterion, String> missing = MarketplaceFixture.checklist();
        missing.remove(AccreditationCriterion.DATA_PROTECTION);
        assertEquals("marketplace.accreditation.criterionMissing", key(() -> solutions.accredit(draft.getId(), missing,
                Clock.now().toLocalDate().plusYears(1), "manager@example.org")));
        assertEquals("marketplace.accreditation.expiryInPast", key(() -> solutions.accredit(draft.getId(), MarketplaceFixture.checklist(),
                Clock.now().toLocalDate(), "manager@example.org")));
        Solution accredited = solutions.accredit(draft.getId(), MarketplaceFixture.checklist(), Clock.now().toLocalDate().plusYears(1),
                "manager@example.org");
        assertTrue(listed(new SolutionFilter(SolutionCategory.DIGITAL_OUTCOMES, Evidence.ACCREDITED, PriceModel.FIXED), accredited));

        fixture.expire(draft.getId());
        assertFalse(listed(SolutionFilter.any(), accredited), "an expired accreditation takes it out of the list");
        Person staff = cohorts.staff(cohorts.department("Moscow Department of Transport"), "Procurement lead");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> requests.request(draft.getId(), staff.getEmail(), "Feedback analytics", 50, new BigDecimal("10000")));
        assertEquals("marketplace.request.accreditationExpired", refused.getMessageKey());
        assertEquals(Clock.now().toLocalDate().minusDays(1), refused.getParameters()[1], "the message names the day it expired");

        solutions.accredit(draft.getId(), MarketplaceFixture.checklist(), Clock.now().toLocalDate().plusYears(1), "manager@example.org");
        assertTrue(listed(SolutionFilter.any(), accredited), "re-accreditation brings it back");
        assertEquals(RequestStatus.NEW, requests.request(draft.getId(), staff.getEmail(), "Feedback analytics", 50, new BigDecimal("10000")).getStatus());
    }

    @Test
    void aRequestGoesLiveStepByStepWithEveryoneToldAndTheFunnelMovesToContractAndAdoption() {
        Person founder = cohorts.founder("OpenPermit Labs", 3, "GovTech");
        Organisation amsterdam = cohorts.department("City of Amsterdam");
        Outcome pilot = fixture.pilot(founder, amsterdam, -1);
        Solution solution = fixture.draft(founder, "Permit tracker", SolutionCategory.CLOUD_SOFTWARE, PriceModel.PER_USER_MONTH, pilot.getId());
        solutions.submit(solution.getId(), founder.getEmail());
        solutions.publish(solution.getId());

        Person sfmta = cohorts.staff(cohorts.department("San Francisco Municipal Transportation Agency"), "Dana Whitfield");
        assertEquals("marketplace.request.usersInvalid", key(() -> requests.request(solution.getId(), sfmta.getEmail(), "Street works", 0, BigDecimal.TEN)));
        assertEquals("marketplace.request.notADepartment", key(() -> requests.request(solution.getId(), founder.getEmail(), "Ours", 5, BigDecimal.TEN)));
        SolutionRequest request = requests.request(solution.getId(), sfmta.getEmail(), "Permits for street works", 40, new BigDecimal("6000"));
        assertTrue(told(sfmta, "notification.marketplace.requested") && told(founder, "notification.marketplace.requested"));

        Person stranger = cohorts.founder("Another startup", 2, "GovTech");
        assertEquals("error.notFound", key(() -> requests.move(request.getId(), RequestStatus.QUALIFIED, null, stranger.getEmail(), false)));
        assertEquals("error.notFound", key(() -> requests.move(request.getId(), RequestStatus.QUALIFIED, null, sfmta.getEmail(), false)),
                "the department does not work its own request");
        assertEquals(0, requests.countRequests(stranger.getEmail(), false), "nobody else sees it");
        assertEquals(List.of(request.getId()), requests.requests(sfmta.getEmail(), false, 0, 10).stream().map(SolutionRequest::getId).toList());
        assertEquals(List.of(request.getId()), requests.requests(founder.getEmail(), false, 0, 10).stream().map(SolutionRequest::getId).toList());

        assertEquals("marketplace.request.stepNotAllowed", key(() -> requests.move(request.getId(), RequestStatus.CONTRACTED, null, founder.getEmail(), false)));
        requests.move(request.getId(), RequestStatus.QUALIFIED, null, "manager@example.org", true);
        assertTrue(told(sfmta, "notification.marketplace.moved.QUALIFIED") && told(founder, "notification.marketplace.moved.QUALIFIED"));
        assertEquals("marketplace.request.notYourStep", key(() -> requests.move(request.getId(), RequestStatus.PROPOSAL, null, "manager@example.org", true)));
        requests.move(request.getId(), RequestStatus.PROPOSAL, null, founder.getEmail(), false);
        assertTrue(told(sfmta, "notification.marketplace.moved.PROPOSAL"));

        String outcomeRef = "outcome:" + pilot.getId();
        assertEquals(FunnelStage.PILOT, funnel.withRef(outcomeRef).get(0).getStage(), "the pilot's initiative");
        requests.move(request.getId(), RequestStatus.CONTRACTED, null, founder.getEmail(), false);
        Initiative initiative = funnel.withRef("solution-request:" + request.getId()).get(0);
        assertEquals(FunnelStage.CONTRACT, initiative.getStage());
        assertTrue(initiative.getRefs().contains(outcomeRef), "the contract carries the pilot's initiative on");
        assertTrue(told(sfmta, "notification.marketplace.moved.CONTRACTED"));

        requests.move(request.getId(), RequestStatus.LIVE, null, founder.getEmail(), false);
        assertEquals(FunnelStage.ADOPTION, funnel.withRef("solution-request:" + request.getId()).get(0).getStage(),
                "live in a department other than the pilot's: adoption");
        assertTrue(told(sfmta, "notification.marketplace.moved.LIVE") && told(founder, "notification.marketplace.moved.LIVE"));
        assertEquals("marketplace.request.stepNotAllowed", key(() -> requests.move(request.getId(), RequestStatus.DECLINED, "late", founder.getEmail(), false)));
        assertTrue(solutions.usedBy(solutions.published(solution.getId())).contains(sfmta.getOrganisation()));
    }

    @Test
    void aDeclinedRequestNeedsItsReasonAndAnAccreditedContractStartsItsOwnInitiative() {
        Person founder = cohorts.founder("GreenRoute Mobility", 2, "Mobility");
        Solution solution = fixture.accredited(founder, "Fleet planner", SolutionCategory.CLOUD_SOFTWARE, PriceModel.PER_UNIT_YEAR);
        Person staff = cohorts.staff(cohorts.department("Transport Scotland"), "Fleet manager");
        SolutionRequest declined = requests.request(solution.getId(), staff.getEmail(), "Vans", 120, new BigDecimal("30000"));
        assertEquals("marketplace.request.reasonRequired", key(() -> requests.move(declined.getId(), RequestStatus.DECLINED, " ", founder.getEmail(), false)));
        requests.move(declined.getId(), RequestStatus.DECLINED, "Our fleet is too small", "manager@example.org", true);
        assertTrue(told(staff, "notification.marketplace.declined"));

        SolutionRequest request = requests.request(solution.getId(), staff.getEmail(), "Buses", 300, new BigDecimal("90000"));
        for (RequestStatus step : List.of(RequestStatus.QUALIFIED, RequestStatus.PROPOSAL, RequestStatus.CONTRACTED)) {
            requests.move(request.getId(), step, null, founder.getEmail(), false);
        }
        Initiative initiative = funnel.withRef("solution-request:" + request.getId()).get(0);
        assertEquals(FunnelStage.CONTRACT, initiative.getStartStage(), "no pilot to come from: the contract starts the initiative");
        requests.move(request.getId(), RequestStatus.LIVE, null, founder.getEmail(), false);
        assertEquals(FunnelStage.CONTRACT, funnel.withRef("solution-request:" + request.getId()).get(0).getStage(),
                "without a pilot elsewhere going live is not an adoption");
    }

    @Test
    void aDepartmentReviewsOnlyASolutionItRunsAndOnlyOnce() {
        Person founder = cohorts.founder("MediQueue Health", 3, "Health");
        Solution solution = fixture.accredited(founder, "Clinic queues", SolutionCategory.CLOUD_SOFTWARE, PriceModel.PER_TRANSACTION);
        Person staff = cohorts.staff(cohorts.department("Wellington City Council"), "Service designer");
        Person colleague = cohorts.member(staff.getOrganisation(), "Colleague", Role.DEPARTMENT);
        Person elsewhere = cohorts.staff(cohorts.department("Telangana"), "Deputy secretary");
        SolutionRequest request = requests.request(solution.getId(), staff.getEmail(), "Queues at five clinics", 25, new BigDecimal("5000"));
        assertEquals("marketplace.review.notLive", key(() -> requests.review(solution.getId(), staff.getEmail(), 5, "Great")), "not live yet");
        assertFalse(requests.mayReview(solution.getId(), staff.getEmail()));
        for (RequestStatus step : List.of(RequestStatus.QUALIFIED, RequestStatus.PROPOSAL, RequestStatus.CONTRACTED, RequestStatus.LIVE)) {
            requests.move(request.getId(), step, null, founder.getEmail(), false);
        }
        assertTrue(requests.mayReview(solution.getId(), staff.getEmail()));
        assertEquals("marketplace.review.starsInvalid", key(() -> requests.review(solution.getId(), staff.getEmail(), 0, "Great")));
        requests.review(solution.getId(), staff.getEmail(), 4, "Waiting times fell by a third.");
        assertEquals("marketplace.review.already", key(() -> requests.review(solution.getId(), colleague.getEmail(), 5, "Again")),
                "once per department");
        assertEquals("marketplace.review.notLive", key(() -> requests.review(solution.getId(), elsewhere.getEmail(), 1, "Never used it")));
        Rating rating = solutions.rating(solutions.published(solution.getId()));
        assertEquals(1, rating.count());
        assertEquals(4.0, rating.mean(), 0.001);
        assertEquals("Waiting times fell by a third.", solutions.reviews(solutions.published(solution.getId())).get(0).getText());
    }

    @Test
    void aFounderTakesTheSellingTrackWithoutApprovalAndTheStartupIsTrainedOnceEveryCourseIsComplete() {
        Person founder = cohorts.founder("FloodWatch Sensors", 2, "Climate");
        List<CourseSession> sessions = fixture.sellingSessions();
        assertFalse(selling.isTrained(founder.getOrganisation()));
        assertEquals("error.notFound", key(() -> selling.enrol(founder.getEmail(), fixture.otherTrackSession().getId())),
                "only the track's sessions here");
        Person servant = cohorts.member(cohorts.department("City of Amsterdam"), "Civil servant", Role.CIVIL_SERVANT);
        assertEquals("error.notFound", key(() -> selling.enrol(servant.getEmail(), sessions.get(0).getId())), "the track is for founders");

        List<Enrolment> enrolled = sessions.stream().map(s -> selling.enrol(founder.getEmail(), s.getId())).toList();
        assertTrue(enrolled.stream().allMatch(e -> e.getStatus() == EnrolmentStatus.ENROLLED), "no line manager's approval");
        assertEquals("training.enrolment.duplicate", key(() -> selling.enrol(founder.getEmail(), sessions.get(0).getId())));
        assertEquals(sessions.size(), selling.mine(founder.getEmail()).size());
        for (int i = 0; i < enrolled.size(); i++) {
            enrolments.recordResults(enrolled.get(i).getId(), 100, Boolean.TRUE);
            enrolments.complete(enrolled.get(i).getId());
            assertEquals(i == enrolled.size() - 1, selling.isTrained(founder.getOrganisation()), "trained once every course is complete");
        }
        assertEquals(selling.courses().size(), selling.completedBy(founder.getEmail()));
    }
}
