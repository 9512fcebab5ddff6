package org.govtechhub.marketplace;

import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationStatus;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.cohort.Programme;
import org.govtechhub.cohort.ProgrammeKind;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The marketplace's rules that live in its entities: the accreditation checklist and its expiry, proof by a pilot, the request pipeline, one review. */
class MarketplaceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private final Organisation amsterdam = new Organisation("City of Amsterdam", OrganisationKind.DEPARTMENT);
    private final Organisation sfmta = new Organisation("SFMTA", OrganisationKind.DEPARTMENT);
    private final Organisation startup = new Organisation("OpenPermit Labs", OrganisationKind.STARTUP);

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private Solution submitted(String name) {
        Solution solution = new Solution(startup);
        solution.setName(name);
        solution.setDescription("Online permits with status tracking.");
        solution.setCategory(SolutionCategory.CLOUD_SOFTWARE);
        solution.setPriceModel(PriceModel.PER_USER_MONTH);
        solution.setPriceAmount(new BigDecimal("12.50"));
        solution.setCurrency(" eur ");
        solution.submit();
        return solution;
    }

    private static Map<AccreditationCriterion, String> allRequired() {
        Map<AccreditationCriterion, String> ticked = new EnumMap<>(AccreditationCriterion.class);
        for (AccreditationCriterion c : AccreditationCriterion.values()) {
            if (c.isRequired()) {
                ticked.put(c, "checked " + c);
            }
        }
        return ticked;
    }

    private Outcome pilotOutcome(Organisation department, LocalDate endsOn, InnovationStage stage) {
        Cohort cohort = new Cohort(new Programme("Startup in Residence", ProgrammeKind.STARTUP_IN_RESIDENCE, null), "2027", 10, "Europe/Amsterdam");
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 31), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null));
        Challenge challenge = new Challenge(cohort, amsterdam, "Faster building permits");
        challenge.setProblem("Residents wait eight weeks.");
        challenge.setGoalMetric("days to decision");
        challenge.setGoalTarget(new BigDecimal("20"));
        challenge.setGoalUnit("days");
        challenge.setGoalDeadline(LocalDate.of(2026, 12, 31));
        challenge.submit(LocalDateTime.of(2026, 1, 10, 10, 0));
        challenge.approve(null);
        challenge.publish(LocalDateTime.of(2026, 1, 10, 10, 0));
        Application application = new Application(challenge, startup, new Person("Sara", "sara@example.org", startup, EnumSet.of(Role.STARTUP)));
        for (ApplicationStatus next : List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED,
                ApplicationStatus.PITCHED, ApplicationStatus.ACCEPTED)) {
            application.moveTo(next, LocalDateTime.of(2026, 2, 10, 10, 0));
        }
        Outcome outcome = new Outcome(application);
        outcome.setPilotDepartment(department);
        outcome.setPilotStartsOn(LocalDate.of(2026, 6, 1));
        outcome.setPilotEndsOn(endsOn);
        outcome.moveTo(stage);
        return outcome;
    }

    @Test
    void aDraftNeedsItsFactsAndACurrencyCodeBeforeItIsSubmitted() {
        Solution draft = new Solution(startup);
        assertEquals("marketplace.solution.nameRequired", key(draft::submit));
        draft.setName("Permit tracker");
        draft.setDescription("Tracks permits.");
        draft.setCategory(SolutionCategory.CLOUD_SOFTWARE);
        draft.setPriceModel(PriceModel.FIXED);
        assertEquals("marketplace.solution.priceRequired", key(draft::submit));
        draft.setPriceAmount(new BigDecimal("-1"));
        assertEquals("marketplace.solution.priceRequired", key(draft::submit));
        draft.setPriceAmount(new BigDecimal("1000"));
        draft.setCurrency("euro");
        assertEquals("marketplace.solution.currencyInvalid", key(draft::submit));
        draft.setCurrency("rub");
        draft.submit();
        assertEquals("RUB", draft.getCurrency());
        assertEquals(SolutionStatus.SUBMITTED, draft.getStatus());
        assertEquals("marketplace.solution.notDraft", key(draft::submit), "submitted once");
        assertEquals("marketplace.solution.notAStartup", key(() -> new Solution(amsterdam)));
    }

    @Test
    void anAccreditationNeedsEveryRequiredCriterionTickedWithANoteAndAnExpiryAfterToday() {
        Solution solution = submitted("Fleet planner");
        Map<AccreditationCriterion, String> ticked = allRequired();
        ticked.remove(AccreditationCriterion.EXIT_PLAN);
        assertEquals("marketplace.accreditation.criterionMissing", key(() -> solution.accredit(ticked, TODAY.plusYears(1), TODAY, "m", NOW)));
        ticked.put(AccreditationCriterion.EXIT_PLAN, " ");
        assertEquals("marketplace.accreditation.noteRequired", key(() -> solution.accredit(ticked, TODAY.plusYears(1), TODAY, "m", NOW)));
        ticked.put(AccreditationCriterion.EXIT_PLAN, "export in open formats");
        assertEquals("marketplace.accreditation.expiryInPast", key(() -> solution.accredit(ticked, TODAY, TODAY, "m", NOW)));
        assertEquals(SolutionStatus.SUBMITTED, solution.getStatus(), "a refused accreditation changes nothing");

        ticked.put(AccreditationCriterion.REFERENCE_CUSTOMER, "Wellington, since 2026");
        solution.accredit(ticked, TODAY.plusYears(1), TODAY, "manager@example.org", NOW);
        assertEquals(SolutionStatus.PUBLISHED, solution.getStatus(), "accrediting publishes a submitted solution");
        assertEquals(6, solution.getChecks().size(), "the five required criteria and the optional one ticked");
        assertEquals(Evidence.ACCREDITED, solution.evidence(TODAY));
        assertTrue(solution.isListed(TODAY.plusYears(1)), "listed on the expiry date itself");
    }

    @Test
    void anExpiredAccreditationTakesTheSolutionOutOfTheListUntilItIsRenewed() {
        Solution solution = submitted("Resident pulse");
        solution.accredit(allRequired(), TODAY.plusDays(30), TODAY, "m", NOW);
        LocalDate later = TODAY.plusDays(31);
        assertFalse(solution.isListed(later));
        assertTrue(solution.isAccreditationExpired(later));
        BusinessException refused = assertThrows(BusinessException.class, () -> solution.checkRequestable(later));
        assertEquals("marketplace.request.accreditationExpired", refused.getMessageKey());
        assertEquals(TODAY.plusDays(30), refused.getParameters()[1], "the message names the expiry date");
        assertEquals("marketplace.request.accreditationExpired",
                key(() -> new SolutionRequest(solution, amsterdam, "jan@example.org", "Feedback", 10, BigDecimal.TEN, later, NOW)));

        solution.accredit(allRequired(), later.plusYears(1), later, "m", later.atStartOfDay());
        assertTrue(solution.isListed(later), "re-accreditation renews it");
        assertEquals(later, solution.getAccreditedOn());
    }

    @Test
    void aSolutionIsProvenOnlyByACompletedPilotOfItsOwnStartup() {
        Solution solution = submitted("Permit tracker");
        assertEquals("marketplace.solution.noEvidence", key(() -> solution.publish(TODAY, NOW)), "no evidence, no listing");
        assertEquals("marketplace.solution.pilotNotCompleted",
                key(() -> solution.proveBy(pilotOutcome(amsterdam, TODAY.plusDays(5), InnovationStage.PILOT), TODAY)), "the pilot is still running");
        assertEquals("marketplace.solution.pilotNotCompleted",
                key(() -> solution.proveBy(pilotOutcome(amsterdam, TODAY.minusDays(5), InnovationStage.MVP), TODAY)), "not at the pilot stage");
        assertEquals("marketplace.solution.pilotNotCompleted",
                key(() -> solution.proveBy(pilotOutcome(null, TODAY.minusDays(5), InnovationStage.PILOT), TODAY)), "no department");
        Solution another = new Solution(new Organisation("Another startup", OrganisationKind.STARTUP));
        assertEquals("error.notFound", key(() -> another.proveBy(pilotOutcome(amsterdam, TODAY.minusDays(5), InnovationStage.PILOT), TODAY)));

        solution.proveBy(pilotOutcome(amsterdam, TODAY.minusDays(5), InnovationStage.PILOT), TODAY);
        solution.publish(TODAY, NOW);
        assertEquals(Evidence.PROVEN, solution.evidence(TODAY.plusYears(5)), "a pilot does not expire");
        assertTrue(solution.isListed(TODAY.plusYears(5)));
    }

    @Test
    void aRequestMovesStepByStepAndEachStepSaysWhoMayTakeIt() {
        Solution solution = submitted("Permit tracker");
        solution.proveBy(pilotOutcome(amsterdam, TODAY.minusDays(5), InnovationStage.PILOT), TODAY);
        assertEquals("error.notFound", key(() -> new SolutionRequest(solution, sfmta, "d@example.org", "Permits", 5, BigDecimal.ONE, TODAY, NOW)),
                "not published yet");
        solution.publish(TODAY, NOW);
        assertEquals("marketplace.request.notADepartment",
                key(() -> new SolutionRequest(solution, startup, "d@example.org", "Permits", 5, BigDecimal.ONE, TODAY, NOW)));
        assertEquals("marketplace.request.usersInvalid",
                key(() -> new SolutionRequest(solution, sfmta, "d@example.org", "Permits", 0, BigDecimal.ONE, TODAY, NOW)));
        assertEquals("marketplace.request.purposeRequired",
                key(() -> new SolutionRequest(solution, sfmta, "d@example.org", " ", 5, BigDecimal.ONE, TODAY, NOW)));
        SolutionRequest request = new SolutionRequest(solution, sfmta, "D@example.org", "Street works permits", 40, new BigDecimal("6000"), TODAY, NOW);
        assertEquals(RequestStatus.NEW, request.getStatus());
        assertEquals("d@example.org", request.getRequestedBy());

        assertEquals("marketplace.request.stepNotAllowed", key(() -> request.moveTo(RequestStatus.LIVE, RequestActor.STARTUP, null, "s", NOW)), "no skipping");
        request.moveTo(RequestStatus.QUALIFIED, RequestActor.MANAGER, null, "m", NOW);
        assertEquals("marketplace.request.notYourStep", key(() -> request.moveTo(RequestStatus.PROPOSAL, RequestActor.MANAGER, null, "m", NOW)),
                "the proposal is the startup's");
        request.moveTo(RequestStatus.PROPOSAL, RequestActor.STARTUP, null, "s", NOW);
        request.moveTo(RequestStatus.CONTRACTED, RequestActor.MANAGER, null, "m", NOW);
        assertFalse(request.isAdoptionElsewhere(), "contracted, not live yet");
        assertEquals("marketplace.request.notYourStep", key(() -> request.moveTo(RequestStatus.LIVE, RequestActor.MANAGER, null, "m", NOW)));
        request.moveTo(RequestStatus.LIVE, RequestActor.STARTUP, null, "s", NOW);
        assertTrue(request.isAdoptionElsewhere(), "live at SFMTA, piloted in Amsterdam");
        assertEquals("marketplace.request.stepNotAllowed", key(() -> request.moveTo(RequestStatus.DECLINED, RequestActor.MANAGER, "late", "m", NOW)),
                "a live request is done");
    }

    @Test
    void aDeclineNeedsItsReason() {
        Solution solution = submitted("Fleet planner");
        solution.accredit(allRequired(), TODAY.plusYears(1), TODAY, "m", NOW);
        SolutionRequest request = new SolutionRequest(solution, amsterdam, "jan@example.org", "Vans", 120, BigDecimal.TEN, TODAY, NOW);
        assertEquals("marketplace.request.reasonRequired", key(() -> request.moveTo(RequestStatus.DECLINED, RequestActor.STARTUP, " ", "s", NOW)));
        request.moveTo(RequestStatus.DECLINED, RequestActor.STARTUP, " Fleet too small for us ", "s", NOW);
        assertEquals("Fleet too small for us", request.getDeclineReason());
        assertFalse(request.getStatus().isOpen());
    }

    @Test
    void aDepartmentReviewsOnlyWhatItRunsAndOnlyOnce() {
        Solution solution = submitted("Fleet planner");
        solution.accredit(allRequired(), TODAY.plusYears(1), TODAY, "m", NOW);
        SolutionRequest request = new SolutionRequest(solution, amsterdam, "jan@example.org", "Vans", 120, BigDecimal.TEN, TODAY, NOW);
        assertEquals("marketplace.review.notLive", key(() -> request.review(5, "Great", "jan@example.org", false)));
        for (RequestStatus step : List.of(RequestStatus.QUALIFIED, RequestStatus.PROPOSAL, RequestStatus.CONTRACTED, RequestStatus.LIVE)) {
            request.moveTo(step, RequestActor.STARTUP, null, "s", NOW);
        }
        assertFalse(request.isAdoptionElsewhere(), "an accredited solution has no pilot to adopt from");
        assertEquals("marketplace.review.starsInvalid", key(() -> request.review(6, "Great", "jan@example.org", false)));
        assertEquals("marketplace.review.textRequired", key(() -> request.review(4, "", "jan@example.org", false)));
        SolutionReview review = request.review(4, " Saves 15% of kilometres ", "jan@example.org", false);
        assertEquals(4, review.getStars());
        assertEquals("Saves 15% of kilometres", review.getText());
        assertEquals("marketplace.review.already", key(() -> request.review(5, "Again", "jan@example.org", true)));
        assertNull(solution.getOutcome());
    }
}
