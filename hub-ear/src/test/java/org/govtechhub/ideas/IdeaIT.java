package org.govtechhub.ideas;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeStatus;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.Initiative;
import org.govtechhub.funnel.StageTransition;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.RegistrationService;
import org.govtechhub.identity.SignInResult;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ideas on the real server and database: a citizen registers and may sign in only once the mailed link is opened;
 * ideas are supported once per person, never by their author, and twenty people at once are all counted; moderators
 * hide and merge with the followers told; the responsible department answers, its followers told, and turns ideas
 * into a challenge the funnel shows after the idea; another department's idea is "not found".
 */
@ExtendWith(ArquillianExtension.class)
class IdeaIT {

    private static final String PASSWORD = "a long enough password 2026";

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(IdeaIT.class, IdeaFixture.class, CohortFixture.class).build();
    }

    @Inject
    private IdeaFixture fixture;

    @Inject
    private CohortFixture cohorts;

    @Inject
    private IdeaService ideas;

    @Inject
    private RegistrationService registration;

    @Inject
    private PersonService people;

    @Inject
    private NotificationService notifications;

    @Inject
    private FunnelService funnel;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private Optional<Notification> notification(String email, String key) {
        return notifications.latestFor(email).stream().filter(n -> n.getMessageKey().equals(key)).findFirst();
    }

    private boolean told(String email, String key) {
        return notification(email, key).isPresent();
    }

    @Test
    void aCitizenRegistersAndSignsInOnlyAfterOpeningTheSingleUseLinkFromTheOutbox() {
        String email = "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Person citizen = registration.registerCitizen(" Olga Ivanova ", email.toUpperCase(), PASSWORD.toCharArray(), "ru");
        assertFalse(citizen.isEmailVerified());
        assertEquals("ru", citizen.getPreferredLocale());
        assertEquals("person.emailTaken", key(() -> registration.registerCitizen("Olga again", email, PASSWORD.toCharArray(), "en")));
        assertEquals("password.tooShort", key(() -> registration.registerCitizen("Short", "short-" + email, "short".toCharArray(), "en")));
        assertEquals("identity.register.emailInvalid", key(() -> registration.registerCitizen("Bad", "not an address", PASSWORD.toCharArray(), "en")));

        assertEquals(SignInResult.Outcome.UNVERIFIED, people.signIn(email, PASSWORD.toCharArray(), "192.0.2.31").outcome(), "the right password, not verified yet");
        assertEquals(SignInResult.Outcome.REFUSED, people.signIn(email, "a wrong password 1234".toCharArray(), "192.0.2.31").outcome(),
                "a wrong password tells nothing about the verification");

        Notification mail = notification(email, "notification.identity.verifyEmail").orElseThrow();
        String link = (String) mail.parameterValues()[1];
        assertTrue(link.contains("ideas/verify.xhtml?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);
        assertEquals(43, token.length());
        assertEquals("identity.verification.unknown", key(() -> registration.verify((token.charAt(0) == 'A' ? "B" : "A") + token.substring(1))));
        assertEquals("identity.verification.unknown", key(() -> registration.verify("../etc/passwd")));

        assertTrue(registration.verify(token).isEmailVerified());
        SignInResult signedIn = people.signIn(email, PASSWORD.toCharArray(), "192.0.2.31");
        assertEquals(SignInResult.Outcome.SUCCESS, signedIn.outcome());
        assertEquals(java.util.Set.of(org.govtechhub.identity.Role.CITIZEN), signedIn.roles());
        assertEquals("identity.verification.used", key(() -> registration.verify(token)), "the link works once");
    }

    @Test
    void anIdeaIsSupportedOnceByEachPersonNeverByItsAuthorAndKeepsItsAttachmentsByContent() {
        Person anna = fixture.citizen("Anna");
        Person boris = fixture.citizen("Boris");
        Person fiona = fixture.civilServant("Fiona");
        Person manager = fixture.manager("Moderator");
        byte[] pdf = "%PDF-1.4 scheme".getBytes(StandardCharsets.US_ASCII);
        Idea crossing = ideas.submit(anna.getEmail(), IdeaFixture.unique("A crossing by the school"), "Children cross four lanes.",
                PublicService.ROADS_AND_PARKING, null, "Profsoyuznaya Street", List.of(new IdeaUpload("scheme.pdf", pdf)));
        assertEquals("ideas.attachment.notAllowed", key(() -> ideas.submit(anna.getEmail(), "With a program", "p", PublicService.OTHER,
                District.CENTRAL, null, List.of(new IdeaUpload("setup.exe", "MZ...".getBytes(StandardCharsets.US_ASCII))))));
        assertEquals("ideas.attachment.tooMany", key(() -> ideas.submit(anna.getEmail(), "Four files", "p", PublicService.OTHER,
                District.CENTRAL, null, List.of(new IdeaUpload("1.pdf", pdf), new IdeaUpload("2.pdf", pdf), new IdeaUpload("3.pdf", pdf),
                        new IdeaUpload("4.pdf", pdf)))));
        assertEquals("ideas.notAllowedToSubmit", key(() -> ideas.submit(manager.getEmail(), "t", "p", PublicService.OTHER, District.CENTRAL,
                null, List.of())));
        assertEquals("application/pdf", ideas.attachments(crossing).get(0).getContentType());
        assertEquals("scheme.pdf", ideas.attachment(ideas.attachments(crossing).get(0).getId(), null).getFileName(), "public with its idea");

        ideas.support(crossing.getId(), boris.getEmail());
        assertEquals("ideas.alreadySupported", key(() -> ideas.support(crossing.getId(), boris.getEmail())));
        assertEquals("ideas.ownIdea", key(() -> ideas.support(crossing.getId(), anna.getEmail())));
        assertEquals("ideas.citizensOnly", key(() -> ideas.support(crossing.getId(), manager.getEmail())));
        ideas.support(crossing.getId(), fiona.getEmail());
        assertEquals(2, ideas.get(crossing.getId()).getSupporters());
        assertTrue(ideas.supports(crossing, boris.getEmail()));
        assertFalse(ideas.supports(crossing, anna.getEmail()));
    }

    @Test
    void twentyPeopleSupportingAtOnceAreAllCounted() throws Exception {
        Idea idea = fixture.idea(fixture.citizen("Author"), "More buses on route 400");
        List<Person> supporters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            supporters.add(fixture.citizen("Supporter " + i));
        }
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Idea>> votes = new ArrayList<>();
        for (Person supporter : supporters) {
            votes.add(executor.submit(() -> {
                start.await();
                return ideas.support(idea.getId(), supporter.getEmail());
            }));
        }
        start.countDown();
        for (Future<Idea> vote : votes) {
            vote.get(60, TimeUnit.SECONDS);
        }
        assertEquals(20, ideas.get(idea.getId()).getSupporters());
    }

    @Test
    void aModeratorHidesAnIdeaWithAReasonAndMergesADuplicateWhoseSupportersAreCountedOnce() {
        Person manager = fixture.manager("Moderator");
        Person anna = fixture.citizen("Anna");
        Person boris = fixture.citizen("Boris");
        Person carl = fixture.citizen("Carl");
        Idea original = fixture.idea(anna, "Bike lanes on the Garden Ring");
        Idea duplicate = fixture.idea(boris, "A bike lane on the Garden Ring");
        ideas.support(original.getId(), carl.getEmail());
        ideas.support(duplicate.getId(), carl.getEmail());
        ideas.support(duplicate.getId(), anna.getEmail());

        assertEquals("ideas.moderatorsOnly", key(() -> ideas.merge(duplicate.getId(), original.getId(), anna.getEmail())));
        assertEquals("ideas.mergeIntoItself", key(() -> ideas.merge(duplicate.getId(), duplicate.getId(), manager.getEmail())));
        Idea merged = ideas.merge(duplicate.getId(), original.getId(), manager.getEmail());
        assertEquals(2, merged.getSupporters(), "Carl once, Boris (the duplicate's author) carried over, Anna is the author");
        assertEquals(IdeaStatus.MERGED, ideas.get(duplicate.getId()).getStatus());
        assertTrue(told(boris.getEmail(), "notification.ideas.merged"));
        assertTrue(told(carl.getEmail(), "notification.ideas.merged"));
        assertEquals("ideas.alreadySupported", key(() -> ideas.support(original.getId(), boris.getEmail())));

        Person dan = fixture.citizen("Dan");
        Idea spam = fixture.idea(dan, "Buy my car");
        ideas.support(spam.getId(), carl.getEmail());
        assertEquals("ideas.hideReasonRequired", key(() -> ideas.hide(spam.getId(), manager.getEmail(), " ")));
        ideas.hide(spam.getId(), manager.getEmail(), "Advertising (rule 3)");
        assertEquals("error.notFound", key(() -> ideas.visible(spam.getId(), null)), "hidden from the public");
        assertEquals("error.notFound", key(() -> ideas.visible(spam.getId(), carl.getEmail())));
        assertEquals("Advertising (rule 3)", ideas.visible(spam.getId(), dan.getEmail()).getModerationReason(), "its author reads why");
        assertEquals(List.of("Buy my car", "Advertising (rule 3)"), List.of(notification(dan.getEmail(), "notification.ideas.hidden").orElseThrow()
                .parameterValues()).subList(0, 2).stream().map(p -> p.toString().replaceAll(" [0-9a-f]{8}$", "")).toList());
        assertTrue(told(carl.getEmail(), "notification.ideas.hidden"));
        assertEquals("error.notFound", key(() -> ideas.support(spam.getId(), boris.getEmail())), "a hidden idea is not there to support");
        assertEquals("ideas.notOpenForSupport", key(() -> ideas.support(duplicate.getId(), dan.getEmail())), "a merged one takes no more");

        IdeaComment rude = ideas.comment(original.getId(), carl.getEmail(), "Rude words");
        ideas.hideComment(rude.getId(), manager.getEmail(), "Insults (rule 2)");
        IdeaComment shown = ideas.comments(ideas.get(original.getId())).get(0);
        assertTrue(shown.isHidden());
        assertEquals("Insults (rule 2)", shown.getHiddenReason());
    }

    @Test
    void theDepartmentAnswersTheAuthorAndSupportersAreToldAndAnotherDepartmentsIdeaIsNotFound() {
        Person manager = fixture.manager("Moderator");
        Organisation transport = fixture.department("Department of Transport");
        Organisation health = fixture.department("Department of Health");
        Person officer = fixture.staff(transport, "Transport officer");
        Person doctor = fixture.staff(health, "Health officer");
        Person anna = fixture.citizen("Anna");
        Person boris = fixture.citizen("Boris");
        Idea idea = fixture.idea(anna, "Night buses");
        ideas.support(idea.getId(), boris.getEmail());

        assertEquals("error.notFound", key(() -> ideas.answer(idea.getId(), officer.getEmail(), IdeaAnswer.PLANNED, null)), "not assigned yet");
        ideas.assign(idea.getId(), transport.getId(), manager.getEmail());
        assertTrue(told(officer.getEmail(), "notification.ideas.assigned"));
        assertEquals("error.notFound", key(() -> ideas.answer(idea.getId(), doctor.getEmail(), IdeaAnswer.PLANNED, null)));
        assertEquals(0, ideas.countOfMyDepartment(doctor.getEmail()));
        assertEquals("ideas.declineReasonRequired", key(() -> ideas.answer(idea.getId(), officer.getEmail(), IdeaAnswer.DECLINED, " ")));
        assertEquals("ideas.notADepartment", key(() -> ideas.answer(idea.getId(), anna.getEmail(), IdeaAnswer.DONE, null)));

        ideas.answer(idea.getId(), officer.getEmail(), IdeaAnswer.DECLINED, "The metro runs all night on Saturdays.");
        Notification toAuthor = notification(anna.getEmail(), "notification.ideas.answer.DECLINED").orElseThrow();
        assertEquals(transport.getName(), toAuthor.parameterValues()[1]);
        assertEquals("The metro runs all night on Saturdays.", toAuthor.parameterValues()[2]);
        assertTrue(told(boris.getEmail(), "notification.ideas.answer.DECLINED"));
        assertEquals(IdeaAnswer.DECLINED, ideas.get(idea.getId()).getAnswer());
        assertEquals(IdeaListStatus.DECLINED, ideas.get(idea.getId()).getListStatus());
        assertTrue(ideas.page(new IdeaFilter(IdeaListStatus.DECLINED, PublicService.TRANSPORT, District.CENTRAL, transport.getId()),
                IdeaSort.NEWEST, 0, 20).contains(ideas.get(idea.getId())), "the public list filters by status, service, district, department");
        assertEquals(1, ideas.count(new IdeaFilter(null, null, null, transport.getId())));
        assertEquals(0, ideas.count(new IdeaFilter(IdeaListStatus.PLANNED, null, null, transport.getId())));
    }

    @Test
    void theDepartmentTurnsTwoIdeasIntoAChallengeWhichTheFunnelShowsAfterTheIdeasAndTheFollowersAreToldOfItsPublication() {
        Person manager = fixture.manager("Moderator");
        Organisation transport = fixture.department("Department of Transport");
        Organisation other = fixture.department("Another department");
        Person officer = fixture.staff(transport, "Transport officer");
        Person stranger = fixture.staff(other, "Another officer");
        Person anna = fixture.citizen("Anna");
        Person boris = fixture.citizen("Boris");
        Idea stops = fixture.idea(anna, "Shelters at the bus stops");
        Idea boards = fixture.idea(boris, "Arrival boards at the bus stops");
        ideas.support(stops.getId(), boris.getEmail());
        ideas.assign(stops.getId(), transport.getId(), manager.getEmail());
        ideas.assign(boards.getId(), transport.getId(), manager.getEmail());
        Cohort cohort = cohorts.openCohort();

        assertEquals("error.notFound", key(() -> ideas.toChallenge(List.of(stops.getId()), cohort.getId(), "Better stops", stranger.getEmail())));
        assertEquals("ideas.chooseIdeas", key(() -> ideas.toChallenge(List.of(), cohort.getId(), "Better stops", officer.getEmail())));
        assertEquals("ideas.challengeTitleRequired", key(() -> ideas.toChallenge(List.of(stops.getId()), cohort.getId(), " ", officer.getEmail())));
        Challenge challenge = ideas.toChallenge(List.of(stops.getId(), boards.getId()), cohort.getId(), "Better bus stops", officer.getEmail());
        assertEquals(ChallengeStatus.DRAFT, challenge.getStatus());
        assertEquals(transport, challenge.getDepartment());
        assertTrue(challenge.getProblem().contains("Shelters at the bus stops") && challenge.getProblem().contains("Arrival boards"));
        assertEquals(challenge.getId(), ideas.get(stops.getId()).getChallenge().getId(), "the idea keeps the link");
        assertTrue(told(anna.getEmail(), "notification.ideas.challengeCreated"));
        assertTrue(told(boris.getEmail(), "notification.ideas.challengeCreated"));
        assertEquals("ideas.alreadyInChallenge", key(() -> ideas.toChallenge(List.of(stops.getId()), cohort.getId(), "Again", officer.getEmail())));

        for (Idea idea : List.of(stops, boards)) {
            List<Initiative> initiatives = funnel.withRef("idea:" + idea.getId());
            assertEquals(1, initiatives.size());
            Initiative initiative = funnel.timeline(initiatives.get(0).getId());
            assertEquals(FunnelStage.CHALLENGE, initiative.getStage());
            assertEquals(FunnelStage.IDEA, initiative.getStartStage());
            assertEquals(List.of(FunnelStage.IDEA, FunnelStage.CHALLENGE), initiative.getTransitions().stream().map(StageTransition::getStage).toList());
            assertEquals(transport, initiative.getDepartment(), "the department came with the assignment");
            assertTrue(initiative.getRefs().contains("challenge:" + challenge.getId()));
        }

        fixture.publish(challenge.getId(), officer.getEmail());
        Notification published = notification(anna.getEmail(), "notification.ideas.challengePublished").orElseThrow();
        assertEquals("Better bus stops", published.parameterValues()[1]);
        assertTrue(told(boris.getEmail(), "notification.ideas.challengePublished"), "a supporter follows the idea too");
        assertEquals(ChallengeStatus.PUBLISHED, ideas.visible(stops.getId(), null).getChallenge().getStatus());
        assertNotNull(ideas.visible(boards.getId(), null).getChallenge());
    }
}
