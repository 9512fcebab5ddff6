package org.govtechhub.mentoring;

import jakarta.inject.Inject;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program manager runs, adjusts and publishes a matching; mentors answer. On the real database. */
@ExtendWith(ArquillianExtension.class)
class MatchingIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(MatchingIT.class, MentoringFixture.class).build();
    }

    @Inject
    private MentoringFixture fixture;

    @Inject
    private MatchingService matching;

    @Inject
    private MentoringService mentoring;

    private MatchingRound newRound() {
        return new MatchingRound("Intake " + UUID.randomUUID());
    }

    private List<MentorMatch> pairsOf(MatchingRound round, Organisation startup) {
        return matching.matchesOf(round).stream().filter(m -> m.getStartup().equals(startup)).toList();
    }

    @Test
    void theEngineProposesTheBestMentorWithTheCriteriaThatMadeItsScoreAndCertifiesOptimality() {
        String expertise = MentoringFixture.uniqueExpertise();
        Person expert = fixture.mentor("Maria Jansen", expertise, 1);
        Organisation startup = fixture.startup("OpenPermit", expertise, 1);

        MatchingRound round = matching.run(matching.createRound(newRound()).getId());

        List<MentorMatch> pairs = pairsOf(round, startup);
        assertEquals(1, pairs.size());
        assertEquals(expert, pairs.get(0).getMentor());
        assertTrue(pairs.get(0).getBreakdown().startsWith("expertise:"), pairs.get(0).getBreakdown());
        assertTrue(matching.round(round.getId()).getOptimal(), "the certificate of optimality holds");
    }

    @Test
    void aRoundThatRequiresTheCustomerDepartmentProposesOnlyItsCivilServants() {
        String expertise = MentoringFixture.uniqueExpertise();
        Organisation department = fixture.department("Transport Scotland");
        Person outsider = fixture.mentor("Best Outsider", expertise, 2);
        Person insider = fixture.mentorOf(department, "Ewan Stewart", "data", 2);
        Organisation startup = fixture.startup("GreenRoute", expertise, 1);
        fixture.customerOf(startup, department);
        MatchingRound round = newRound();
        round.setDepartmentRule(DepartmentRule.REQUIRE);

        MatchingRound ran = matching.run(matching.createRound(round).getId());

        assertEquals(List.of(insider), pairsOf(ran, startup).stream().map(MentorMatch::getMentor).toList());
        assertEquals("mentoring.match.notFromDepartment", assertThrows(BusinessException.class,
                () -> matching.add(ran.getId(), outsider.getId(), startup.getId())).getMessageKey());
    }

    @Test
    void twoManagersAddingPairsForTheSameMentorAtOnceCannotOverfillTheirCapacity() throws Exception {
        Person mentor = fixture.mentor("Lena Petrova", MentoringFixture.uniqueExpertise(), 1);
        List<Organisation> startups = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            startups.add(fixture.startup("Concurrent " + i, "anything", 1));
        }
        MatchingRound round = matching.createRound(newRound());
        var executor = (jakarta.enterprise.concurrent.ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (Organisation startup : startups) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    matching.add(round.getId(), mentor.getId(), startup.getId());
                    return "added";
                } catch (BusinessException refused) {
                    return refused.getMessageKey();
                }
            }));
        }
        start.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }

        assertEquals(1, results.stream().filter("added"::equals).count(), results.toString());
        assertEquals(5, results.stream().filter("mentoring.match.mentorFull"::equals).count(), results.toString());
        assertEquals(1, matching.matchesOf(round).stream().filter(m -> m.getMentor().equals(mentor)).count());
    }

    @Test
    void aDeclaredConflictKeepsThePairOutAndAManualAddIsRefusedWithTheReason() {
        String expertise = MentoringFixture.uniqueExpertise();
        Person investor = fixture.mentor("Tom Investor", expertise, 2);
        Organisation startup = fixture.startup("FloodWatch", expertise, 1);
        mentoring.declare(investor.getId(), startup.getId(), ConflictKind.INVESTOR, "Holds 10% of the shares", "manager@example.org");

        MatchingRound round = matching.run(matching.createRound(newRound()).getId());

        assertTrue(pairsOf(round, startup).stream().noneMatch(m -> m.getMentor().equals(investor)));
        assertEquals("mentoring.match.conflict", assertThrows(BusinessException.class,
                () -> matching.add(round.getId(), investor.getId(), startup.getId())).getMessageKey());
        assertEquals("mentoring.conflict.duplicate", assertThrows(BusinessException.class,
                () -> mentoring.declare(investor.getId(), startup.getId(), ConflictKind.OTHER, "again", "x")).getMessageKey());
    }

    @Test
    void aRemovedPairStaysOutOfTheReRunAndAPinStaysIn() {
        String expertise = MentoringFixture.uniqueExpertise();
        Person first = fixture.mentor("Ewan Stewart", expertise, 1);
        Person second = fixture.mentor("Dana Whitfield", expertise + ", data", 1);
        Organisation startup = fixture.startup("GreenRoute", expertise, 1);
        MatchingRound round = matching.run(matching.createRound(newRound()).getId());
        MentorMatch proposed = pairsOf(round, startup).get(0);

        matching.remove(proposed.getId());
        matching.run(round.getId());
        MentorMatch replacement = pairsOf(round, startup).stream().filter(m -> m.getStatus() == MatchStatus.PROPOSED).findFirst().orElseThrow();
        matching.togglePin(replacement.getId());
        matching.run(round.getId());

        assertTrue(replacement.getMentor().equals(first) || replacement.getMentor().equals(second));
        assertTrue(!replacement.getMentor().equals(proposed.getMentor()), "the removed mentor is not proposed again");
        MentorMatch kept = pairsOf(round, startup).stream().filter(m -> m.getStatus() == MatchStatus.PROPOSED).findFirst().orElseThrow();
        assertEquals(replacement.getId(), kept.getId());
        assertTrue(kept.isPinned());
    }

    @Test
    void aFullMentorCannotBeAddedByHandAndPublishedMatchesAreAnsweredByTheMentor() {
        String expertise = MentoringFixture.uniqueExpertise();
        Person busy = fixture.mentor("Ravi Kumar", expertise, 1);
        Organisation first = fixture.startup("CivicSense", expertise, 1);
        Organisation second = fixture.startup("MediQueue", expertise, 1);
        MatchingRound round = matching.run(matching.createRound(newRound()).getId());
        Organisation served = pairsOf(round, first).stream().anyMatch(m -> m.getMentor().equals(busy)) ? first : second;
        Organisation waiting = served == first ? second : first;

        assertEquals("mentoring.match.mentorFull", assertThrows(BusinessException.class,
                () -> matching.add(round.getId(), busy.getId(), waiting.getId())).getMessageKey());
        fixture.publishOnly(round, first, second);
        MentorMatch published = matching.ofMentor(busy.getEmail()).get(0);
        assertEquals(MatchStatus.PUBLISHED, published.getStatus());
        assertEquals(served, published.getStartup());
        assertEquals("error.notFound", assertThrows(BusinessException.class,
                () -> matching.accept("someone-else@example.org", published.getId())).getMessageKey());
        assertEquals(MatchStatus.ACCEPTED, matching.accept(busy.getEmail(), published.getId()).getStatus());
        assertEquals("mentoring.round.published", assertThrows(BusinessException.class,
                () -> matching.run(round.getId())).getMessageKey());
    }
}
