package org.govtechhub.cohort;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.AuditService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Startups apply, eligibility is checked, the funnel moves, capacity holds. On the real database. */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ApplicationIT.class, CohortFixture.class).build();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private ApplicationService applications;

    @Inject
    private AuditService audit;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private Challenge challenge(Cohort cohort) {
        Person staff = fixture.staff(fixture.department("Government of Telangana"), "Ravi Kumar");
        return fixture.published(cohort, staff, CohortFixture.unique("Land records"));
    }

    @Test
    void submissionChecksTheCohortsRulesAtOnceAndExplainsEachRule() {
        Challenge challenge = challenge(fixture.telangana(10));
        Application young = fixture.submitted(challenge, fixture.founder("CivicSense", 6, "govtech"));
        Application old = fixture.submitted(challenge, fixture.founder("OldCo", 8, "govtech"));
        Application biotech = fixture.submitted(challenge, fixture.founder("GeneLab", 8, "Biotech"));

        assertEquals(ApplicationStatus.ELIGIBLE, young.getStatus());
        assertEquals(ApplicationStatus.INELIGIBLE, old.getStatus());
        assertEquals(ApplicationStatus.ELIGIBLE, biotech.getStatus(), "10 years for biotech");
        EligibilityResult explained = applications.eligibility(old);
        assertEquals(4, explained.checks().size(), "legal form, age, turnover, MVP");
        EligibilityResult.RuleCheck age = explained.checks().stream().filter(c -> c.rule().equals("age")).findFirst().orElseThrow();
        assertFalse(age.passed());
        assertEquals("cohort.eligibility.age.fail", age.messageKey());
    }

    @Test
    void aManagerOverridesAnOutcomeOnlyWithAReasonAndTheAuditLogKeepsIt() {
        Challenge challenge = challenge(fixture.telangana(10));
        Application old = fixture.submitted(challenge, fixture.founder("OldCo", 8, "govtech"));

        assertEquals("cohort.eligibility.overrideReasonRequired", key(() -> applications.overrideEligibility(old.getId(), true, " ", "manager@govtech-hub.demo")));
        Application overridden = applications.overrideEligibility(old.getId(), true, "Re-registered after a merger; the team is 3 years old.",
                "manager@govtech-hub.demo");

        assertEquals(ApplicationStatus.ELIGIBLE, overridden.getStatus());
        EligibilityResult result = applications.eligibility(overridden);
        assertTrue(result.eligible());
        assertFalse(result.checksPassed(), "the failed rule stays visible");
        assertTrue(audit.historyOf("Application", old.getId()).stream().anyMatch(e -> e.getDetails() != null
                && e.getDetails().contains("Re-registered after a merger")), "the override and its reason are audited");
    }

    @Test
    void everyFunnelStepIsCheckedAndAnInvalidOneIsRefused() {
        Challenge challenge = challenge(fixture.telangana(10));
        Application application = fixture.submitted(challenge, fixture.founder("CivicSense", 3, "govtech"));

        assertEquals("cohort.application.transition", key(() -> applications.move(application.getId(), ApplicationStatus.ACCEPTED)));
        assertEquals("cohort.application.transition", key(() -> applications.move(application.getId(), ApplicationStatus.PITCHED)));
        applications.move(application.getId(), ApplicationStatus.SHORTLISTED);
        assertEquals("cohort.application.transition", key(() -> applications.move(application.getId(), ApplicationStatus.ELIGIBLE)));
        applications.move(application.getId(), ApplicationStatus.PITCHED);
        applications.move(application.getId(), ApplicationStatus.WAITLISTED);
        Application accepted = applications.move(application.getId(), ApplicationStatus.ACCEPTED);
        assertEquals(ApplicationStatus.ACCEPTED, accepted.getStatus());
        assertEquals("cohort.application.transition", key(() -> applications.move(application.getId(), ApplicationStatus.REJECTED)));
    }

    @Test
    void twoManagersAcceptingTheLastPlaceAtTheSameMomentOneWinsAndTheOtherIsToldWhy() throws Exception {
        Cohort cohort = fixture.telangana(1);
        List<Application> pitched = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Application application = fixture.submitted(challenge(cohort), fixture.founder("Startup " + i, 3, "govtech"));
            applications.move(application.getId(), ApplicationStatus.SHORTLISTED);
            pitched.add(applications.move(application.getId(), ApplicationStatus.PITCHED));
        }
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Application>> results = new ArrayList<>();
        for (Application application : pitched) {
            results.add(executor.submit(() -> {
                start.await();
                return applications.move(application.getId(), ApplicationStatus.ACCEPTED);
            }));
        }
        start.countDown();
        int accepted = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<Application> result : results) {
            try {
                result.get(60, TimeUnit.SECONDS);
                accepted++;
            } catch (ExecutionException e) {
                refusals.add(((BusinessException) e.getCause()).getMessageKey());
            }
        }
        assertEquals(1, accepted);
        assertEquals(List.of("cohort.application.cohortFull"), refusals);
    }

    @Test
    void aChallengeTakesNoMoreTeamsThanItsLimit() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort);
        List<Application> pitched = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Application application = fixture.submitted(challenge, fixture.founder("Team " + i, 3, "govtech"));
            applications.move(application.getId(), ApplicationStatus.SHORTLISTED);
            pitched.add(applications.move(application.getId(), ApplicationStatus.PITCHED));
        }
        applications.move(pitched.get(0).getId(), ApplicationStatus.ACCEPTED);
        assertEquals("cohort.application.challengeFull", key(() -> applications.move(pitched.get(1).getId(), ApplicationStatus.ACCEPTED)));
    }

    @Test
    void threeTeamsTakeAChallengeInThePreAcceleratorAndOneGoesOnToTheAccelerator() {
        Cohort civtech = fixture.telangana(10);
        CohortPhase accelerator = civtech.getPhases().get(civtech.getPhases().size() - 1);
        civtech.removePhase(civtech.getPhases().size() - 1);
        civtech.addPhase(new CohortPhase(PhaseKind.PRE_ACCELERATOR, accelerator.getStartsOn().minusDays(14), accelerator.getStartsOn().minusDays(1), 3));
        civtech.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, accelerator.getStartsOn(), accelerator.getEndsOn(), 1));
        Challenge challenge = challenge(fixture.saveCohort(civtech));
        List<Application> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(fixture.accepted(challenge, fixture.founder("Rail team " + i, 3, "mobility")));
        }
        Application fourth = fixture.submitted(challenge, fixture.founder("Rail team 3", 3, "mobility"));
        applications.move(fourth.getId(), ApplicationStatus.SHORTLISTED);
        applications.move(fourth.getId(), ApplicationStatus.PITCHED);
        assertEquals("cohort.application.challengeFull", key(() -> applications.move(fourth.getId(), ApplicationStatus.ACCEPTED)),
                "three teams in the pre-accelerator");

        assertTrue(applications.advanceToAccelerator(accepted.get(1).getId()).isAdvanced());
        assertEquals("cohort.application.acceleratorFull", key(() -> applications.advanceToAccelerator(accepted.get(0).getId())),
                "one team in the accelerator");
        assertFalse(applications.get(accepted.get(0).getId()).isAdvanced(), "the refused one stays in the pre-accelerator only");
        assertEquals("cohort.application.alreadyAdvanced", key(() -> applications.advanceToAccelerator(accepted.get(1).getId())));
        assertEquals("cohort.application.advanceNotAccepted", key(() -> applications.advanceToAccelerator(fourth.getId())));

        Application elsewhere = fixture.accepted(challenge(fixture.telangana(10)), fixture.founder("Single phase", 3, "govtech"));
        assertEquals("cohort.application.noPreAccelerator", key(() -> applications.advanceToAccelerator(elsewhere.getId())));
    }

    @Test
    void applicationsAreSubmittedOnlyDuringTheApplicationPhaseAndOncePerChallenge() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort);
        Person founder = fixture.founder("CivicSense", 3, "govtech");
        Application draft = applications.draft(challenge.getId(), founder.getEmail());
        assertEquals("cohort.application.duplicate", key(() -> applications.draft(challenge.getId(), founder.getEmail())));
        draft.setProposal("A pilot.");
        applications.update(draft, founder.getEmail());

        cohort = fixture.saveCohort(closeApplications(applications.applicationFor(draft.getId(), founder.getEmail(), false).getChallenge().getCohort()));
        BusinessException late = assertThrows(BusinessException.class, () -> applications.submit(draft.getId(), founder.getEmail()));
        assertEquals("cohort.phase.closed", late.getMessageKey());
        assertEquals(PhaseKind.APPLICATIONS, late.getParameters()[0]);
    }

    private static Cohort closeApplications(Cohort cohort) {
        CohortPhase applications = cohort.phase(PhaseKind.APPLICATIONS).orElseThrow();
        applications.setEndsOn(Clock.now().toLocalDate().minusDays(2));
        return cohort;
    }

    @Test
    void documentsMustBePdfsOfAtMostTenMegabytes() {
        Challenge challenge = challenge(fixture.telangana(10));
        Person founder = fixture.founder("CivicSense", 3, "govtech");
        Application draft = applications.draft(challenge.getId(), founder.getEmail());

        assertEquals("cohort.document.notPdf", key(() -> applications.attach(draft.getId(), founder.getEmail(), "deck.pdf", "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals("cohort.document.empty", key(() -> applications.attach(draft.getId(), founder.getEmail(), "deck.pdf", new byte[0])));
        byte[] big = new byte[ApplicationDocument.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("cohort.document.tooLarge", key(() -> applications.attach(draft.getId(), founder.getEmail(), "deck.pdf", big)));
        ApplicationDocument deck = applications.attach(draft.getId(), founder.getEmail(), "C:\\decks\\pitch deck.pdf", PDF);
        assertEquals("pitch deck.pdf", deck.getFileName());
    }

    @Test
    void aStartupNeverSeesAnotherStartupsApplicationOrDocumentAlsoByGuessingIds() {
        Challenge challenge = challenge(fixture.telangana(10));
        Person sara = fixture.founder("OpenPermit", 3, "govtech");
        Person tom = fixture.founder("GreenRoute", 3, "mobility");
        Application saras = applications.draft(challenge.getId(), sara.getEmail());
        ApplicationDocument deck = applications.attach(saras.getId(), sara.getEmail(), "deck.pdf", PDF);

        assertEquals("error.notFound", key(() -> applications.applicationFor(saras.getId(), tom.getEmail(), false)));
        assertEquals("error.notFound", key(() -> applications.documentFor(deck.getId(), tom.getEmail(), false)));
        assertEquals("error.notFound", key(() -> applications.submit(saras.getId(), tom.getEmail())));
        assertEquals("error.notFound", key(() -> applications.withdraw(saras.getId(), tom.getEmail())));
        assertTrue(applications.mine(tom.getEmail()).isEmpty());
        assertEquals(deck, applications.documentFor(deck.getId(), "manager@govtech-hub.demo", true));
    }
}
